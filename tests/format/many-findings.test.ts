/** A file with very many findings: the text report neither overflows nor hides the rest of the batch. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/format/text.js';
import { applyView, DEFAULT_MAX_FINDINGS } from '../../src/report/view.js';
import type { Finding, Report } from '../../src/report/types.js';
import { runInProcess } from '../helpers/cli.js';

const finding = (line: number): Finding =>
  ({ ruleId: 'schema', messageId: 'additional', severity: 'error', file: 'groot.yaml', line, column: 1, endLine: line, endColumn: 2, pointer: '', message: 'x' }) as unknown as Finding;

function reportWith(count: number): Report {
  const findings = Array.from({ length: count }, (_, i) => finding(i + 1));
  return {
    files: [
      { file: 'groot.yaml', kind: null, findings, counts: { errors: count, warnings: 0, infos: 0 } },
      { file: 'klein.yaml', kind: null, findings: [finding(3)], counts: { errors: 1, warnings: 0, infos: 0 } },
    ],
    summary: { files: 2, valid: 0, withErrors: 2, errors: count + 1, warnings: 0, infos: 0, decisions: { standaard: 0, 'aanvullende-beoordeling': 0, ongeldig: 0 } },
  } as unknown as Report;
}

describe('many findings in one file', () => {
  it('150,000 findings without a cap still format (no spread of a large array into a call)', () => {
    const text = formatText(applyView(reportWith(150_000), { quiet: false, maxFindings: Number.POSITIVE_INFINITY }), { lang: 'nl', color: false } as never);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('  fout ')).length).toBe(150_001);
    // The widest position sets the column width: "150000:1" is 8 wide.
    expect(lines[1]).toBe('  1:1       fout         x  schema');
    expect(lines).toContain('klein.yaml');
  });

  it('the view keeps the first findings per file and counts the rest; the counts stay whole', () => {
    const view = applyView(reportWith(1_500), { quiet: false });
    expect(view.files.map((f) => [f.findings.length, f.omittedFindings, f.counts.errors])).toEqual([[DEFAULT_MAX_FINDINGS, 500, 1_500], [1, undefined, 1]]);
    expect(view.files[0]!.findings.at(-1)!.line).toBe(1_000);
    const text = formatText(view, { lang: 'nl', color: false } as never);
    expect(text).toContain('  1000:1  fout         x  schema\n  … en 500 meer (zie --max-findings)\n\nklein.yaml');
    expect(formatText(view, { lang: 'en', color: false } as never)).toContain('  … and 500 more (see --max-findings)\n');
  });

  it('check --max-findings caps each file in text and json; the summary counts everything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-findings-'));
    const file = join(dir, 'veel.yaml');
    writeFileSync(file, 'soort: budgetkader\n' + Array.from({ length: 30 }, (_, i) => `onbekend${i}: ${i}\n`).join(''));
    const json = await runInProcess(['check', '--format', 'json', '--max-findings', '5', file]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    const all = JSON.parse((await runInProcess(['check', '--format', 'json', file])).stdout) as Report;
    const total = all.files[0]!.findings.length;
    expect(total).toBeGreaterThan(30);
    expect(report.files[0]!.findings).toEqual(all.files[0]!.findings.slice(0, 5));
    expect(report.files[0]!.omittedFindings).toBe(total - 5);
    expect(report.summary.errors).toBe(all.summary.errors);
    const text = await runInProcess(['check', '--no-color', '--max-findings', '5', file]);
    expect(text.stdout).toContain(`  … en ${total - 5} meer (zie --max-findings)\n`);
    const bad = await runInProcess(['check', '--max-findings', 'veel', file]);
    expect(bad.code).toBe(2);
  });
});
