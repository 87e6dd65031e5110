/** Sorting, the summary and the exit code: pure functions over findings and file results. */
import type { AnyFileResult, Decision, FindingCounts, MessageArgs, NeutralFinding, Summary } from './types.js';
import { DECISIONS } from './types.js';
import { compareText } from '../domain/compare.js';

/**
 * One deterministic order, the same in every language: position, then rule, message id, pointer,
 * and last the args (as JSON): findings are sorted before their text is rendered.
 */
export function compareFindings(a: NeutralFinding, b: NeutralFinding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId) ||
    compareText(a.pointer, b.pointer) ||
    compareArgs(a.args, b.args)
  );
}

function compareArgs(a: MessageArgs, b: MessageArgs): number {
  return a === b ? 0 : compareText(JSON.stringify(a), JSON.stringify(b));
}

/** The one place findings are counted by severity; everything after reads FileResult.counts. */
export function countFindings(findings: readonly NeutralFinding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function summarize(files: readonly AnyFileResult[]): Summary {
  const decisions = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let withErrors = 0;
  const late: string[] = [];
  for (const file of files) {
    errors += file.counts.errors;
    warnings += file.counts.warnings;
    infos += file.counts.infos;
    if (file.counts.errors > 0) withErrors++;
    if (file.naIndienmoment) late.push(file.file);
    else if (file.review) decisions[file.review.decision]++;
  }
  const summary: Summary = { files: files.length, valid: files.length - withErrors, withErrors, errors, warnings, infos, decisions };
  if (late.length > 0) summary.naIndienmoment = late.sort(compareText);
  return summary;
}

export type FailOn = 'error' | 'review' | 'warning';

export interface ExitPolicy {
  failOn: FailOn;
  /** Fail when there are more warnings than this. */
  maxWarnings?: number;
}

/** 0 clean; 1 findings at the failing level; 2 an internal error on some file. */
export function exitCodeFor(files: readonly AnyFileResult[], summary: Summary, policy: ExitPolicy): 0 | 1 | 2 {
  if (files.some((f) => f.findings.some((x) => x.ruleId === 'interne-fout'))) return 2;
  if (summary.errors > 0) return 1;
  if (policy.failOn === 'review' && summary.decisions['aanvullende-beoordeling'] > 0) return 1;
  if (policy.failOn === 'warning' && summary.warnings > 0) return 1;
  if (policy.maxWarnings !== undefined && summary.warnings > policy.maxWarnings) return 1;
  return 0;
}
