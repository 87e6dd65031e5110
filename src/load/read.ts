/** Reads one input with a size limit; every failure is a value, never an exception. */
import { unreadableReason } from './fs-facts.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { InputRef } from './discover.js';
import type { MessageIds } from '../rules/ids.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; ruleId: 'bestand-te-groot'; messageId: MessageIds<'bestand-te-groot', 'tooLarge'>; args: { size: number; limit: number } }
  | { ok: false; ruleId: 'bestand-onleesbaar'; messageId: MessageIds<'bestand-onleesbaar', 'unreadable' | 'isDirectory' | 'linkLoop' | 'notRegular' | 'folderUnreadable' | 'outsideLink'>; args: { reason: string } };

export type StdinReader = () => AsyncIterable<Uint8Array>;

export async function readInput(ref: InputRef, maxBytes: number, stdin: StdinReader): Promise<ReadOutcome> {
  if (ref.kind === 'unreadable') {
    return { ok: false, ruleId: 'bestand-onleesbaar', messageId: ref.reason, args: { reason: ref.detail } };
  }
  if (ref.kind === 'stdin') return readLimited(stdin(), maxBytes);
  try {
    return readFileLimited(ref.path, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, ruleId: 'bestand-onleesbaar', messageId: unreadableReason(code), args: { reason: code ?? (error as Error).message } };
  }
}

/**
 * Synchronous on purpose: for thousands of small files the round trips of asynchronous reads
 * cost more than the reads (the benchmark showed a third of the run idle). Non-blocking open, so
 * a named pipe is refused instead of waited on; the size is checked before and during the read,
 * as a file can grow in between.
 */
function readFileLimited(path: string, maxBytes: number): ReadOutcome {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, ruleId: 'bestand-onleesbaar', messageId: 'isDirectory', args: { reason: 'EISDIR' } };
    if (!info.isFile()) return { ok: false, ruleId: 'bestand-onleesbaar', messageId: 'notRegular', args: { reason: 'ENOTREG' } };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let size = 0;
    for (;;) {
      if (size === buffer.length) {
        if (size > maxBytes) return tooLarge(size, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, size);
        buffer = grown;
      }
      const read = readSync(fd, buffer, size, buffer.length - size, null);
      if (read === 0) break;
      size += read;
    }
    if (size > maxBytes) return tooLarge(size, maxBytes);
    return { ok: true, bytes: buffer.subarray(0, size) };
  } finally {
    closeSync(fd);
  }
}

async function readLimited(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge(size, maxBytes);
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

function tooLarge(size: number, limit: number): ReadOutcome {
  return { ok: false, ruleId: 'bestand-te-groot', messageId: 'tooLarge', args: { size, limit } };
}
