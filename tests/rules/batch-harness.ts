/**
 * Table-driven tests for set-level rules over applications: each case writes a batch of
 * documents to a fresh temporary folder, checks it through the real CLI and compares one rule's
 * findings per file exactly. (tests/parallel/parallel.test.ts shows worker threads give the same report,
 * duplicates included; tests/review/why-cases.test.ts runs a batch with --jobs 2.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Report } from '../../src/report/types.js';
import { runInProcess } from '../helpers/cli.js';

export interface BatchExpected {
  messageId: string;
  severity: string;
  pointer: string;
  args?: Record<string, string | number>;
  reviewReason?: boolean;
}

export interface BatchCase {
  name: string;
  files: Record<string, unknown>;
  /** Per file name: the rule's findings in order; files not named must have none. */
  expected: Record<string, BatchExpected[]>;
  /** Per file name: the review decision. */
  decisions?: Record<string, string>;
}

export async function checkBatch(files: Record<string, unknown>, extra: string[] = []): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-batch-'));
  for (const [name, doc] of Object.entries(files)) writeFileSync(join(dir, name), stringify(doc, { lineWidth: 0 }));
  const result = await runInProcess(['check', '--format', 'json', ...extra, '.'], { cwd: dir });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

export function batchCases(ruleId: string, cases: BatchCase[]): void {
  for (const c of cases) {
    it(c.name, async () => {
      const report = await checkBatch(c.files);
      for (const file of report.files) {
        const own = file.findings
          .filter((f) => f.ruleId === ruleId)
          .map((f) => {
            const shown: BatchExpected = { messageId: f.messageId, severity: f.severity, pointer: f.pointer };
            if (c.expected[file.file]?.some((e) => e.args)) shown.args = f.args;
            if (f.reviewReason) shown.reviewReason = true;
            return shown;
          });
        expect(own, file.file).toEqual(c.expected[file.file] ?? []);
        if (c.decisions?.[file.file]) expect(file.review?.decision, file.file).toBe(c.decisions[file.file]);
      }
    });
  }
}
