/**
 * The one render step: a file as the engine finished it (language-neutral: message ids and args)
 * becomes the file of a report in one language, its findings' texts, its review reasons and its
 * note on an assumed frame rendered. Called once per run, at the edge of the engine (src/runs/,
 * the language server, the form), never inside it; every other key is kept as it is, in its order.
 */
import { t } from '../i18n/ui.js';
import { findingMessage, renderFinding } from '../rules/finding.js';
import type { Decision, FileResult, Lang, Localized, NeutralFileResult, NeutralReview, NeutralReviewReason, Review, ReviewReason } from './types.js';

/** A declared deviation's reason: its finding's message and the applicant's motivation. */
const declaredText: Localized = {
  nl: '{message} (gemelde afwijking, motivering: "{motivering}")',
  en: '{message} (declared deviation, motivation: "{motivering}")',
};

/** The note on an application whose frame is this tool's assumption (the SPUK route, src/domain/route.ts), by its decision. */
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


export function renderFile(file: NeutralFileResult, lang: Lang): FileResult {
  // The keys in the order finishFile gives them (review right after counts), so the JSON is the
  // same as that of a file rendered as it was made.
  const { file: name, kind, findings, counts, review, ...rest } = file;
  return { file: name, kind, findings: findings.map((f) => renderFinding(f, lang)), counts, ...(review ? { review: renderReview(review, lang) } : {}), ...rest };
}

export function renderFiles(files: readonly NeutralFileResult[], lang: Lang): FileResult[] {
  return files.map((file) => renderFile(file, lang));
}
