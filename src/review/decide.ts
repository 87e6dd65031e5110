/**
 * The review decision (nota §4.2): an application that cannot be assessed as it is is `ongeldig`;
 * one that deviates from the normative frame or fills in a regional part needs
 * `aanvullende-beoordeling`; everything else follows the frame: `standaard`.
 */
import { t } from '../i18n/ui.js';
import type { Decision, Finding, Lang, Review, ReviewReason } from '../report/types.js';

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

const assumedFrameText = {
  standaard: {
    nl: 'standaard op de SPUK-route betekent: conform het kader van deze tool, een aanname; de seeds beschrijven voor het sociaal domein geen aanvragen, modelplannen of bovengrens (nota §3: "aparte afspraken"; §4.3)',
    en: 'standard on the SPUK route means: conforming to this tool’s frame, an assumption; the seeds describe no applications, modelplannen or upper limit for the social domain (note §3: "separate agreements"; §4.3)',
  },
  'aanvullende-beoordeling': {
    nl: 'het kader op de SPUK-route is een aanname van deze tool; de seeds beschrijven voor het sociaal domein geen aanvragen, modelplannen of bovengrens (nota §3: "aparte afspraken"; §4.3)',
    en: 'the frame on the SPUK route is this tool’s assumption; the seeds describe no applications, modelplannen or upper limit for the social domain (note §3: "separate agreements"; §4.3)',
  },
};

/** The note on an application whose frame is this tool's assumption (the SPUK route, src/domain/route.ts). */
export function assumedFrameNote(decision: Exclude<Decision, 'ongeldig'>, lang: Lang): NonNullable<Review['kader']> {
  return { soort: 'aanname', message: t(assumedFrameText[decision], lang) };
}

/** Findings must already be sorted; reasons keep that order. */
export function decideReview(findings: readonly Finding[], lang: Lang): Review {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { decision: 'ongeldig', reasons: errors.map((f) => reason(f, lang)) };
  const review = findings.filter((f) => f.reviewReason || f.deviation);
  if (review.length > 0) return { decision: 'aanvullende-beoordeling', reasons: review.map((f) => reason(f, lang)) };
  return { decision: 'standaard', reasons: [] };
}
