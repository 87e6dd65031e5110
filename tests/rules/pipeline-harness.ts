/** Runs raw bytes through decode → parse → kind → schema and returns the findings with positions. */
import { readDocument } from '../../src/validate/document.js';
import { makeFinding } from '../../src/rules/finding.js';
import { compareFindings } from '../../src/report/summarize.js';
import type { Finding, Lang } from '../../src/report/types.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../../src/parse/limits.js';

export function parseFindings(input: string | Uint8Array, lang: Lang = 'nl', limits: Partial<ParseLimits> = {}): Finding[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const outcome = readDocument(bytes, { ...DEFAULT_PARSE_LIMITS, ...limits });
  return outcome.findings
    .map((f) => makeFinding(f, 'test.yaml', lang, f.position ? () => f.position! : outcome.locate))
    .sort(compareFindings);
}

/** ruleId, messageId, line, column: the shape most pipeline assertions need. */
export function brief(findings: Finding[]): [string, string, number, number][] {
  return findings.map((f) => [f.ruleId, f.messageId, f.line, f.column]);
}
