/** One request, checked: load (or reuse) its frame, then the engine's one entry (check-one.ts). */
import type { Frame } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { loadFrame } from '../frame/load.js';
import { checkOne } from './check-one.js';
import type { TextCheckAnswer, TextCheckRequest } from './types.js';

/** Frames by key, the few most recent (a workspace has one or two frame folders). */
const FRAMES_KEPT = 4;

export function frameCache(): (request: TextCheckRequest) => Promise<Frame> {
  const frames = new Map<string, Promise<Frame>>();
  return (request) => {
    let frame = frames.get(request.frameKey);
    if (!frame) {
      frame = loadFrame(request.modelplannenDir, request.cwd);
      frames.set(request.frameKey, frame);
      frame.catch(() => frames.delete(request.frameKey));
      while (frames.size > FRAMES_KEPT) frames.delete(frames.keys().next().value!);
    }
    return frame;
  };
}

export async function runRequest(request: TextCheckRequest, frameFor: (request: TextCheckRequest) => Promise<Frame>): Promise<TextCheckAnswer> {
  let frame: Frame;
  try {
    frame = await frameFor(request);
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'frameError', message: error.localized() };
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'frameError', message: { nl: detail, en: detail } };
  }
  try {
    const options = { maxFileBytes: request.maxFileBytes, ...(request.limits ? { limits: request.limits } : {}) };
    return { kind: 'result', result: checkOne(request.text, request.display, frame, options) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
