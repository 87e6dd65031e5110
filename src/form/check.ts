/**
 * The live check: the form's current document text through the engine's entry for one text with
 * a path (checkOneText), exactly as `modelplan check` checks that file on its own. Nothing is
 * decided here.
 */
import type { Frame } from '../domain/types.js';
import { checkOneText } from '../engine/index.js';
import { exitCodeFor, summarize } from '../report/summarize.js';
import { renderFile } from '../report/render.js';
import type { FileResult, Lang } from '../report/types.js';

export interface TextCheck {
  result: FileResult;
  /** What `modelplan check` would exit with on this text (default policy: fail on errors). */
  exitCode: 0 | 1 | 2;
}

export async function checkText(text: string, display: string, frame: Frame, options: { lang: Lang; maxFileBytes: number }): Promise<TextCheck> {
  const result = renderFile(checkOneText(text, display, frame, options), options.lang);
  return { result, exitCode: exitCodeFor([result], summarize([result]), { failOn: 'error' }) };
}
