/** The result for a text whose check was stopped (past its budget) or failed in its thread: one finding, decision ongeldig; language-neutral. */
import { neutralFinding } from '../rules/finding.js';
import { countFindings } from '../report/summarize.js';
import { FILE_START, type NeutralFileResult } from '../report/types.js';
import { decideReview } from '../review/decide.js';
import type { TypedFinding } from '../rules/ids.js';
import type { TextCheckAnswer } from './types.js';

export function stoppedResult(display: string, answer: Extract<TextCheckAnswer, { kind: 'timeout' | 'failed' }>): NeutralFileResult {
  const input: TypedFinding<'controle-afgebroken'> =
    answer.kind === 'timeout'
      ? { ruleId: 'controle-afgebroken', messageId: 'timeout', pointer: '', args: { budget: answer.budgetMs } }
      : { ruleId: 'controle-afgebroken', messageId: 'failed', pointer: '', args: { detail: answer.message } };
  const findings = [neutralFinding(input, display, () => FILE_START)];
  return { file: display, kind: null, findings, counts: countFindings(findings), review: decideReview(findings) };
}
