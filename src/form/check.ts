/**
 * The live check: the form's current document text through the same stages as `modelplan check`
 * (processInput: read → parse → validate → rules; finish: positions, review, score), as if it
 * came on standard input under the file's name. Nothing is decided here.
 */
import { finish, processInput } from '../check-file.js';
import type { Frame } from '../domain/types.js';
import { exitCodeFor, summarize } from '../report/summarize.js';
import type { FileResult, Lang } from '../report/types.js';

export interface TextCheck {
  result: FileResult;
  /** What `modelplan check` would exit with on this text (default policy: fail on errors). */
  exitCode: 0 | 1 | 2;
}

export async function checkText(text: string, display: string, frame: Frame, options: { lang: Lang; maxFileBytes: number }): Promise<TextCheck> {
  const bytes = new TextEncoder().encode(text);
  async function* once(): AsyncIterable<Uint8Array> {
    yield bytes;
  }
  const work = await processInput({ kind: 'stdin', display }, frame, options, { stdin: () => once() });
  const result = finish(work, frame, options.lang);
  return { result, exitCode: exitCodeFor([result], summarize([result]), { failOn: 'error' }) };
}
