/**
 * What crosses between a worker and the main thread. In: the files' paths (InputRef), never their
 * bytes. Out: the engine's raw outcome per file (src/engine/file.ts), plain data as the file stage
 * made it, or, for a modelplan or decision file, the bytes read (the main thread runs their file
 * stage: their set-level findings need their positions). Nothing is finished off the main thread.
 */
import type { ChunkOutcome } from '../engine/file.js';

/** Only plain data crosses: a work made off the main thread has no positions function to drop. */
export function packOutcomes(outcomes: ChunkOutcome[]): ChunkOutcome[] {
  for (const outcome of outcomes) {
    if ('work' in outcome && outcome.work.locate) throw new Error('a worker never sends a work with positions to resolve');
  }
  return outcomes;
}

export function unpackOutcomes(outcomes: ChunkOutcome[]): ChunkOutcome[] {
  return outcomes;
}
