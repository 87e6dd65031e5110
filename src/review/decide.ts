/**
 * The review decision (nota §4.2): an application that cannot be assessed as it is is `ongeldig`;
 * one that deviates from the normative frame or fills in a regional part needs
 * `aanvullende-beoordeling`; everything else follows the frame: `standaard`.
 */
import { t } from '../i18n/ui.js';
import type { Finding, Lang, Review, ReviewReason } from '../report/types.js';

const declaredText = {
  nl: '{message} (gemelde afwijking, motivering: "{motivering}")',
  en: '{message} (declared deviation, motivation: "{motivering}")',
};

function reason(finding: Finding, lang: Lang): ReviewReason {
  const motivering = finding.args.motivering;
  const message =
    finding.deviation && typeof motivering === 'string'
      ? t(declaredText, lang, { message: finding.message, motivering })
      : finding.message;
  return { ruleId: finding.ruleId, pointer: finding.pointer, line: finding.line, column: finding.column, message };
}

/** Findings must already be sorted; reasons keep that order. */
export function decideReview(findings: readonly Finding[], lang: Lang): Review {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { decision: 'ongeldig', reasons: errors.map((f) => reason(f, lang)) };
  const review = findings.filter((f) => f.reviewReason || f.deviation);
  if (review.length > 0) return { decision: 'aanvullende-beoordeling', reasons: review.map((f) => reason(f, lang)) };
  return { decision: 'standaard', reasons: [] };
}
