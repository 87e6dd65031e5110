/**
 * The review decision (nota §4.2): an application that cannot be assessed as it is is `ongeldig`;
 * one that deviates from the normative frame or fills in a regional part needs
 * `aanvullende-beoordeling`; everything else follows the frame: `standaard`. Decided on the
 * language-neutral findings; the texts of the reasons and of the note on an assumed frame are
 * rendered at the edge (src/report/render.ts, renderReview).
 */
import type { NeutralFinding, NeutralReview, NeutralReviewReason } from '../report/types.js';

function reason(finding: NeutralFinding): NeutralReviewReason {
  const motivering = finding.args.motivering;
  const neutral: NeutralReviewReason = { ruleId: finding.ruleId, pointer: finding.pointer, line: finding.line, column: finding.column, messageId: finding.messageId, args: finding.args };
  if (finding.deviation && typeof motivering === 'string') neutral.motivering = motivering;
  return neutral;
}

/** Findings must already be sorted; reasons keep that order. */
export function decideReview(findings: readonly NeutralFinding[]): NeutralReview {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { decision: 'ongeldig', reasons: errors.map(reason) };
  const review = findings.filter((f) => f.reviewReason || f.deviation);
  if (review.length > 0) return { decision: 'aanvullende-beoordeling', reasons: review.map(reason) };
  return { decision: 'standaard', reasons: [] };
}
