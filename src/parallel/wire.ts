/**
 * What crosses between a worker and the main thread. In: the files' paths (InputRef), never their
 * bytes. Out: finished results without what the main thread restores exactly and cheaply — the
 * file path repeated on every finding and on the facts (sent once, on the result) and the review
 * reasons (decideReview over the findings, as finish made them). Left empty in place, so every
 * object keeps its keys in their order and the report stays byte for byte the same; restored, the
 * findings of a file share one path string and a reason shares its finding's message.
 */
import type { ChunkOutcome } from '../check-file.js';
import type { Lang } from '../report/types.js';
import { decideReview } from '../review/decide.js';

export function packOutcomes(outcomes: ChunkOutcome[]): ChunkOutcome[] {
  for (const outcome of outcomes) {
    if (!('result' in outcome)) continue;
    const { result, facts } = outcome;
    for (const finding of result.findings) finding.file = '';
    if (result.review) result.review = { decision: result.review.decision, reasons: [] };
    if (facts) facts.file = '';
  }
  return outcomes;
}

export function unpackOutcomes(outcomes: ChunkOutcome[], lang: Lang): ChunkOutcome[] {
  for (const outcome of outcomes) {
    if (!('result' in outcome)) continue;
    const { result, facts } = outcome;
    for (const finding of result.findings) finding.file = result.file;
    if (result.review) result.review = decideReview(result.findings, lang);
    if (facts) facts.file = result.file;
  }
  return outcomes;
}
