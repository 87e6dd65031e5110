/** Reads one input with a size limit; every failure is a value, never an exception. */
import { open } from 'node:fs/promises';
import type { InputRef } from './discover.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; ruleId: 'bestand-te-groot'; messageId: 'tooLarge'; args: { size: number; limit: number } }
  | { ok: false; ruleId: 'bestand-onleesbaar'; messageId: 'unreadable' | 'isDirectory' | 'linkLoop'; args: { reason: string } };

export type StdinReader = () => AsyncIterable<Uint8Array>;

export async function readInput(ref: InputRef, maxBytes: number, stdin: StdinReader): Promise<ReadOutcome> {
  if (ref.kind === 'unreadable') {
    return { ok: false, ruleId: 'bestand-onleesbaar', messageId: ref.reason, args: { reason: ref.detail } };
  }
  if (ref.kind === 'stdin') return readLimited(stdin(), maxBytes);
  let handle;
  try {
    handle = await open(ref.path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, ruleId: 'bestand-onleesbaar', messageId: 'isDirectory', args: { reason: 'EISDIR' } };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    // Read through the stream too: a file can grow between stat and read.
    return await readLimited(handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (code === 'ELOOP') return { ok: false, ruleId: 'bestand-onleesbaar', messageId: 'linkLoop', args: { reason: code } };
    if (code === 'EISDIR') return { ok: false, ruleId: 'bestand-onleesbaar', messageId: 'isDirectory', args: { reason: code } };
    return { ok: false, ruleId: 'bestand-onleesbaar', messageId: 'unreadable', args: { reason: code } };
  } finally {
    await handle?.close().catch(() => undefined);
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
