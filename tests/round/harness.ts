/**
 * Round tests: a batch of applications and decision files in a fresh temporary folder, through the
 * real CLI in this process; findings compared exactly, positions by the text they must point at.
 */
import { resolveAanvraag } from '../../src/domain/aanvraag.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import type { Report } from '../../src/report/types.js';
import { summarizeApplication } from '../../src/review/application-summary.js';
import type { Beoordeling, Rol } from '../../src/round/types.js';
import { EXAMPLES, runInProcess } from '../helpers/cli.js';
import { baseAanvraag, frame, positionOf } from '../rules/harness.js';

export { baseAanvraag };

/** An application with two review reasons (regionale-invulling at /regionale_invulling/0 and /1). */
export const regionalAanvraag = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'regionale-invulling-digitale-triage.yaml'), 'utf8')) as Aanvraag;

export const fingerprintOf = (a: Aanvraag): string => summarizeApplication(resolveAanvraag(a, frame)).fingerprint!;
export const totalOf = (a: Aanvraag): number => a.begroting.reduce((s, l) => s + l.bedrag, 0);

/** A valid decision on `aanvraag` (file `bestand`) by the insurer it names for `rol`, approving everything. */
export function decision(aanvraag: Aanvraag, rol: Rol, over: Partial<Beoordeling> = {}, bestand = 'a.yaml'): Beoordeling {
  const v = aanvraag.zorgverzekeraars![rol];
  return {
    soort: 'beoordeling',
    aanvraag: { bestand, fingerprint: fingerprintOf(aanvraag) },
    rol,
    verzekeraar: { naam: v.naam, uzovi: v.uzovi },
    datum: '2026-12-01',
    uitkomst: 'akkoord',
    motivering: 'Past in het kader.',
    reacties: [],
    toegekend: { bedrag: totalOf(aanvraag) },
    ...over,
  };
}

export interface Batch {
  dir: string;
  texts: Record<string, string>;
}

export function writeBatch(files: Record<string, unknown>): Batch {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-round-'));
  const texts: Record<string, string> = {};
  for (const [name, doc] of Object.entries(files)) {
    texts[name] = typeof doc === 'string' ? doc : stringify(doc, { lineWidth: 0 });
    writeFileSync(join(dir, name), texts[name]);
  }
  return { dir, texts };
}

export async function checkIn(dir: string, extra: string[] = []): Promise<Report> {
  const result = await runInProcess(['check', '--format', 'json', ...extra, '.'], { cwd: dir });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

export interface RoundExpected {
  messageId: string;
  severity: 'error' | 'warning' | 'info';
  pointer: string;
  args?: Record<string, string | number>;
  /** Text in the file where the finding must point (first occurrence; `|` marks the column). */
  at?: string;
}

export interface RoundCase {
  name: string;
  files: Record<string, unknown>;
  /** Per file: the rule's findings in order; files not named must have none. */
  expected: Record<string, RoundExpected[]>;
  extra?: string[];
  /** Files written after the batch (a register made first, say). */
  setup?: (batch: Batch) => Promise<void>;
}

export function roundCases(ruleId: string, cases: RoundCase[]): void {
  for (const c of cases) {
    it(c.name, async () => {
      const batch = writeBatch(c.files);
      await c.setup?.(batch);
      for (const jobs of ['1', '2']) {
        const report = await checkIn(batch.dir, [...(c.extra ?? []), '--jobs', jobs]);
        const files = new Set([...report.files.map((f) => f.file), ...Object.keys(c.expected)]);
        for (const name of files) {
          const own = (report.files.find((f) => f.file === name)?.findings ?? []).filter((f) => f.ruleId === ruleId);
          const expected = c.expected[name] ?? [];
          expect(own.map((f) => ({ messageId: f.messageId, severity: f.severity, pointer: f.pointer })), `${name} (jobs ${jobs})`).toEqual(expected.map(({ messageId, severity, pointer }) => ({ messageId, severity, pointer })));
          expected.forEach((e, i) => {
            if (e.args) expect(own[i]!.args, name).toEqual(e.args);
            const position = e.at ? positionOf(batch.texts[name]!, e.at) : { line: 1, column: 1 };
            expect({ line: own[i]!.line, column: own[i]!.column }, `${name}: position of ${e.messageId}`).toEqual(position);
          });
        }
      }
    });
  }
}
