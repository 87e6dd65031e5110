/** exitCodeFor: 0 clean, 1 at the failing level (errors always; review, warnings and a warning budget when asked), 2 on an internal error. */
import { describe, expect, it } from 'vitest';
import { exitCodeFor, summarize } from '../../src/report/summarize.js';
import type { Decision, FileResult, Severity } from '../../src/report/types.js';
import { fileResult } from '../helpers/file-result.js';

function file(severities: Severity[], decision: Decision, ruleId = 'r'): FileResult {
  return fileResult({
    file: 'a.yaml',
    kind: 'aanvraag',
    findings: severities.map((severity) => ({ ruleId, severity, file: 'a.yaml', pointer: '', messageId: 'm', args: {}, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1 })),
    review: { decision, reasons: [] },
  });
}

describe('exitCodeFor', () => {
  const cases: [name: string, files: FileResult[], policy: Parameters<typeof exitCodeFor>[2], code: 0 | 1 | 2][] = [
    ['clean', [file([], 'standaard')], { failOn: 'error' }, 0],
    ['an error', [file(['error'], 'ongeldig')], { failOn: 'error' }, 1],
    ['a warning, failing on errors', [file(['warning'], 'standaard')], { failOn: 'error' }, 0],
    ['a warning, failing on warnings', [file(['warning'], 'standaard')], { failOn: 'warning' }, 1],
    ['additional review, failing on errors', [file(['info'], 'aanvullende-beoordeling')], { failOn: 'error' }, 0],
    ['additional review, failing on review', [file(['info'], 'aanvullende-beoordeling')], { failOn: 'review' }, 1],
    ['two warnings within a budget of two', [file(['warning', 'warning'], 'standaard')], { failOn: 'error', maxWarnings: 2 }, 0],
    ['two warnings over a budget of one', [file(['warning', 'warning'], 'standaard')], { failOn: 'error', maxWarnings: 1 }, 1],
    ['an internal error wins over everything', [file(['error'], 'ongeldig', 'interne-fout'), file([], 'standaard')], { failOn: 'error' }, 2],
  ];
  it.each(cases)('%s → %#', (_name, files, policy, code) => {
    expect(exitCodeFor(files, summarize(files), policy)).toBe(code);
  });
});

describe('per-file counts', () => {
  it('are set once by the engine, match the findings after the set-level stages, and add up to the summary', async () => {
    const { runCheck } = await import('../../src/runs/check.js');
    const { BUNDLED_MODELPLANNEN_DIR } = await import('../../src/paths.js');
    const { EXAMPLES, ROOT } = await import('../helpers/cli.js');
    const { Readable } = await import('node:stream');
    const { report } = await runCheck(
      { paths: [EXAMPLES], cwd: ROOT, modelplannenDir: BUNDLED_MODELPLANNEN_DIR, lang: 'nl', maxFileBytes: 1_000_000, failOn: 'error', jobs: 1 },
      { stdin: () => Readable.from([]) },
    );
    for (const file of report.files) {
      const bySeverity = (s: Severity) => file.findings.filter((f) => f.severity === s).length;
      expect([file.file, file.counts]).toEqual([file.file, { errors: bySeverity('error'), warnings: bySeverity('warning'), infos: bySeverity('info') }]);
    }
    const total = (key: 'errors' | 'warnings' | 'infos') => report.files.reduce((sum, f) => sum + f.counts[key], 0);
    expect({ errors: total('errors'), warnings: total('warnings'), infos: total('infos') }).toEqual({ errors: 27, warnings: 8, infos: 3 });
    // Issue 25: the BO decision without its register (bo-besluit-register) is the 27th error, on a 10th file.
    expect(report.summary).toMatchObject({ errors: 27, warnings: 8, infos: 3, withErrors: 10 });
  });
});
