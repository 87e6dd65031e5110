/** A FileResult for a fixture, its counts taken from its findings as the engine takes them. */
import { countFindings } from '../../src/report/summarize.js';
import type { FileResult } from '../../src/report/types.js';

export function fileResult(result: Omit<FileResult, 'counts'>): FileResult {
  return { ...result, counts: countFindings(result.findings) };
}
