/**
 * Finishing a file, once, after the set stage gave it every finding it will have: findings
 * rendered and sorted, counted, the review decided, the score computed from the final findings.
 */
import { makeFinding } from '../rules/finding.js';
import { compareFindings, countFindings } from '../report/summarize.js';
import { FILE_START, type FileResult, type Lang } from '../report/types.js';
import { assumedFrameNote, decideReview } from '../review/decide.js';
import { scoreFrom } from '../review/score.js';
import { internalError, type FileWork, type RawFileFinding } from './file.js';

export interface FinishOptions {
  lang: Lang;
  /** false: the summary leaves out the fingerprint. */
  fingerprints: boolean;
}

/** `added`: the set stage's findings on this file. The work itself is not changed. */
export function finishFile(work: FileWork, added: readonly RawFileFinding[], options: FinishOptions): FileResult {
  const { lang } = options;
  const raw = added.length === 0 ? work.findings : [...work.findings, ...added];
  let findings;
  try {
    findings = raw.map((input) => makeFinding(input, work.file, lang, () => input.position)).sort(compareFindings);
  } catch (error) {
    findings = [makeFinding(internalError(error), work.file, lang, () => FILE_START)];
  }
  const result: FileResult = { file: work.file, kind: work.kind, findings, counts: countFindings(findings) };
  // A file of unknown kind may well be a broken application: it gets a decision too (ongeldig).
  if (work.kind === 'aanvraag' || work.kind === null) result.review = decideReview(findings, lang);
  if (work.besluit) result.besluit = work.besluit;
  if (work.requestedWhenInvalid !== undefined) result.requestedWhenInvalid = work.requestedWhenInvalid;
  const application = work.application;
  if (application) {
    const { fingerprint: _fingerprint, ...rest } = application.summary;
    // Without the fingerprint, the other keys in their order.
    result.aanvraag = options.fingerprints ? application.summary : rest;
    // An application that cannot be assessed as it is gets no score: it would suggest otherwise.
    if (application.score && result.review?.decision !== 'ongeldig') result.score = scoreFrom(application.score, raw);
    if (application.assumedFrame && result.review && result.review.decision !== 'ongeldig') result.review.kader = assumedFrameNote(result.review.decision, lang);
  }
  return result;
}
