/**
 * The one call from the off-thread checker into the engine: the single line to change when the
 * engine's entry changes. Used by the worker and, where no worker can run (from TypeScript
 * sources), by the checker in the calling thread.
 */
import type { Frame } from '../domain/types.js';
import { checkOneText } from '../engine/index.js';
import type { ParseLimits } from '../parse/limits.js';
import type { NeutralFileResult } from '../report/types.js';

export function checkOne(text: string, display: string, frame: Frame, options: { maxFileBytes: number; limits?: ParseLimits }): NeutralFileResult {
  return checkOneText(text, display, frame, options);
}
