/**
 * Finishing a file, once, after the set stage gave it every finding it will have: findings
 * placed and sorted, counted, the review decided, the score computed from the final findings.
 * Language-neutral: the texts are rendered at the edge (src/report/render.ts).
 */
import { neutralFinding } from '../rules/finding.js';
import { compareFindings, countFindings } from '../report/summarize.js';
import { FILE_START, type NeutralFileResult } from '../report/types.js';
import { decideReview } from '../review/decide.js';
import { scoreFrom } from '../review/score.js';
import { internalError, type FileWork, type RawFileFinding } from './file.js';

export interface FinishOptions {
  /** false: the summary leaves out the fingerprint. */
  fingerprints: boolean;
}

/** `added`: the set stage's findings on this file. The work itself is not changed. */
export function finishFile(work: FileWork, added: readonly RawFileFinding[], options: FinishOptions): NeutralFileResult {
  const raw = added.length === 0 ? work.findings : [...work.findings, ...added];
  let findings;
  try {
    findings = raw.map((input) => neutralFinding(input, work.file, () => input.position)).sort(compareFindings);
  } catch (error) {
    findings = [neutralFinding(internalError(error), work.file, () => FILE_START)];
  }
  const result: NeutralFileResult = { file: work.file, kind: work.kind, findings, counts: countFindings(findings) };
  // A file of unknown kind may well be a broken application: it gets a decision too (ongeldig).
  if (work.kind === 'aanvraag' || work.kind === null) result.review = decideReview(findings);
  if (work.besluit) result.besluit = work.besluit;
  if (work.requestedWhenInvalid !== undefined) result.requestedWhenInvalid = work.requestedWhenInvalid;
  const application = work.application;
  if (application) {
    const { fingerprint: _fingerprint, ...rest } = application.summary;
    // Without the fingerprint, the other keys in their order.
    result.aanvraag = options.fingerprints ? application.summary : rest;
    // An application that cannot be assessed as it is gets no score: it would suggest otherwise.
    if (application.score && result.review?.decision !== 'ongeldig') result.score = scoreFrom(application.score, raw);
    if (application.assumedFrame && result.review && result.review.decision !== 'ongeldig') result.review.kader = { soort: 'aanname' };
  }
  return result;
}
