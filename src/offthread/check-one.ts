/**
 * The one call from the off-thread checker into the engine: the single line to change when the
 * engine's entry changes. Used by the worker and, where no worker can run (from TypeScript
 * sources), by the checker in the calling thread.
 */
import { checkText, type FileOptions } from '../check-file.js';
import type { Frame } from '../domain/types.js';
import type { FileResult } from '../report/types.js';

export function checkOne(text: string, display: string, frame: Frame, options: FileOptions): FileResult {
  return checkText(text, display, frame, options);
}
