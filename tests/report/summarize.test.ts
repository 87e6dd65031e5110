/** exitCodeFor: 0 clean, 1 at the failing level (errors always; review, warnings and a warning budget when asked), 2 on an internal error. */
import { describe, expect, it } from 'vitest';
import { exitCodeFor, summarize } from '../../src/report/summarize.js';
import type { Decision, FileResult, Severity } from '../../src/report/types.js';

function file(severities: Severity[], decision: Decision, ruleId = 'r'): FileResult {
  return {
    file: 'a.yaml',
    kind: 'aanvraag',
    findings: severities.map((severity) => ({ ruleId, severity, file: 'a.yaml', pointer: '', messageId: 'm', args: {}, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1 })),
    review: { decision, reasons: [] },
  };
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
