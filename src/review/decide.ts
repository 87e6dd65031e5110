/**
 * The review decision (nota §4.2): an application that cannot be assessed as it is is `ongeldig`;
 * one that deviates from the normative frame or fills in a regional part needs
 * `aanvullende-beoordeling`; everything else follows the frame: `standaard`. Decided on the
 * language-neutral findings; the texts of the reasons and the note are rendered at the edge
 * (renderReview, called by src/report/render.ts).
 */
import { t } from '../i18n/ui.js';
import { findingMessage } from '../rules/finding.js';
import type { Decision, Lang, Localized, NeutralFinding, NeutralReview, NeutralReviewReason, Review, ReviewReason } from '../report/types.js';

const declaredText: Localized = {
  nl: '{message} (gemelde afwijking, motivering: "{motivering}")',
  en: '{message} (declared deviation, motivation: "{motivering}")',
};

function reason(finding: NeutralFinding): NeutralReviewReason {
  const motivering = finding.args.motivering;
  const neutral: NeutralReviewReason = { ruleId: finding.ruleId, pointer: finding.pointer, line: finding.line, column: finding.column, messageId: finding.messageId, args: finding.args };
  if (finding.deviation && typeof motivering === 'string') neutral.motivering = motivering;
  return neutral;
}

const assumedFrameText: Record<Exclude<Decision, 'ongeldig'>, Localized> = {
  standaard: {
    nl: 'standaard op de SPUK-route betekent: conform het kader van deze tool, een aanname; de seeds beschrijven voor het sociaal domein geen aanvragen, modelplannen of bovengrens (nota §3: "aparte afspraken"; §4.3)',
    en: 'standard on the SPUK route means: conforming to this tool’s frame, an assumption; the seeds describe no applications, modelplannen or upper limit for the social domain (note §3: "separate agreements"; §4.3)',
  },
  'aanvullende-beoordeling': {
    nl: 'het kader op de SPUK-route is een aanname van deze tool; de seeds beschrijven voor het sociaal domein geen aanvragen, modelplannen of bovengrens (nota §3: "aparte afspraken"; §4.3)',
    en: 'the frame on the SPUK route is this tool’s assumption; the seeds describe no applications, modelplannen or upper limit for the social domain (note §3: "separate agreements"; §4.3)',
  },
};

/** Findings must already be sorted; reasons keep that order. */
export function decideReview(findings: readonly NeutralFinding[]): NeutralReview {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { decision: 'ongeldig', reasons: errors.map(reason) };
  const review = findings.filter((f) => f.reviewReason || f.deviation);
  if (review.length > 0) return { decision: 'aanvullende-beoordeling', reasons: review.map(reason) };
  return { decision: 'standaard', reasons: [] };
}

function renderReason(r: NeutralReviewReason, lang: Lang): ReviewReason {
  const text = findingMessage(r.ruleId, r.messageId, r.args, lang);
  const message = r.motivering === undefined ? text : t(declaredText, lang, { message: text, motivering: r.motivering });
  return { ruleId: r.ruleId, pointer: r.pointer, line: r.line, column: r.column, message };
}

/** The review with its texts in one language: each reason its finding's message, the note on an assumed frame. */
export function renderReview(review: NeutralReview, lang: Lang): Review {
  const { reasons, kader, ...rest } = review;
  const rendered: Review = { ...rest, reasons: reasons.map((r) => renderReason(r, lang)) };
  if (kader && review.decision !== 'ongeldig') rendered.kader = { soort: kader.soort, message: t(assumedFrameText[review.decision], lang) };
  return rendered;
}
