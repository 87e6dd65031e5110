/**
 * Finishing a file, once, after the set stage gave it every finding it will have: findings
 * rendered and sorted, counted, the review decided, the score computed from the final findings.
 */
import { makeFinding } from '../report/finding.js';
import { compareFindings, countFindings } from '../report/summarize.js';
import { FILE_START, type FileResult, type Lang } from '../report/types.js';
import { decideReview } from '../review/decide.js';
import { scoreFrom } from '../review/score.js';
import { internalError, type FileWork } from './file.js';

export interface FinishOptions {
  lang: Lang;
  /** false: the summary leaves out the fingerprint. */
  fingerprints: boolean;
}

export function finishFile(work: FileWork, options: FinishOptions): FileResult {
  const { lang } = options;
  let findings;
  try {
    findings = work.findings.map((input) => makeFinding(input, work.file, lang, () => input.position)).sort(compareFindings);
  } catch (error) {
    findings = [makeFinding(internalError(error), work.file, lang, () => FILE_START)];
  }
  const result: FileResult = { file: work.file, kind: work.kind, findings, counts: countFindings(findings) };
  // A file of unknown kind may well be a broken application: it gets a decision too (ongeldig).
  if (work.kind === 'aanvraag' || work.kind === null) result.review = decideReview(findings, lang);
  if (work.requestedWhenInvalid !== undefined) result.requestedWhenInvalid = work.requestedWhenInvalid;
  const application = work.application;
  if (application) {
    const summary = application.summary;
    if (!options.fingerprints) delete summary.fingerprint;
    result.aanvraag = summary;
    // An application that cannot be assessed as it is gets no score: it would suggest otherwise.
    if (application.score && result.review?.decision !== 'ongeldig') result.score = scoreFrom(application.score, work.findings);
  }
  return result;
}
