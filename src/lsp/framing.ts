/**
 * The LSP base protocol's framing (`Content-Length: N\r\n\r\n` + N bytes of JSON), checked before
 * the protocol library sees a byte. The library trusts the header: a wrong, missing or negative
 * length left it running but deaf, and a declared 4 GB made it buffer whatever came. Here a
 * message passes only when its header is sound, its length within the limit and its body JSON;
 * anything else is dropped and reported (the server answers it with an error), and reading picks
 * up again at the next `Content-Length:` header. The body of a valid message cannot hold that
 * header: JSON escapes the carriage return and line feed it needs.
 */
import { Transform, type TransformCallback } from 'node:stream';

export type FramingProblem =
  /** A header block without a Content-Length. */
  | { kind: 'noLength' }
  /** A Content-Length that is not a whole number of bytes (negative, text, a fraction). */
  | { kind: 'badLength'; value: string }
  /** A declared body beyond the limit: never buffered. */
  | { kind: 'tooLarge'; length: number; limit: number }
  /** A body that is not JSON, mostly a length that does not match what was sent. */
  | { kind: 'notJson' }
  /** Header lines longer than any real header: not a header at all. */
  | { kind: 'headerTooLong'; limit: number };

export interface FramingOptions {
  maxBodyBytes: number;
}

/** Real headers are two short lines. */
export const MAX_HEADER_BYTES = 4096;
const HEADER_END = Buffer.from('\r\n\r\n');
const LENGTH_HEADER = Buffer.from('content-length:');

/** Counted steps (bytes scanned), so a test can show the guard's work grows linearly. */
export const framingWork = { bytes: 0 };

/** A stream that lets through only well-framed messages, each exactly as sent; onProblem hears of the rest. */
export function framingGuard(options: FramingOptions, onProblem: (problem: FramingProblem) => void): Transform {
  let buffer = Buffer.alloc(0);
  /** Looking for the next header after a problem: everything before it is dropped. */
  let resyncing = false;
  /** While a body is incomplete: the bytes it needs, and the chunks held until then (joined once). */
  let needed = 0;
  let held: Buffer[] = [];
  let heldBytes = 0;

  const drain = (push: (chunk: Buffer) => void) => {
    for (;;) {
      if (resyncing) {
        const at = indexOfHeader(buffer);
        if (at === -1) {
          // Keep only what could be the start of a header cut by the chunk boundary.
          buffer = buffer.subarray(Math.max(0, buffer.length - (LENGTH_HEADER.length - 1)));
          return;
        }
        buffer = buffer.subarray(at);
        resyncing = false;
      }
      const end = buffer.indexOf(HEADER_END);
      framingWork.bytes += Math.min(buffer.length, MAX_HEADER_BYTES);
      if (end === -1) {
        if (buffer.length > MAX_HEADER_BYTES) {
          onProblem({ kind: 'headerTooLong', limit: MAX_HEADER_BYTES });
          buffer = buffer.subarray(1);
          resyncing = true;
          continue;
        }
        return;
      }
      if (end > MAX_HEADER_BYTES) {
        onProblem({ kind: 'headerTooLong', limit: MAX_HEADER_BYTES });
        buffer = buffer.subarray(1);
        resyncing = true;
        continue;
      }
      const header = buffer.subarray(0, end).toString('latin1');
      const declared = /(?:^|\r\n)content-length[ \t]*:[ \t]*([^\r\n]*)/i.exec(header)?.[1]?.trim();
      const afterHeader = end + HEADER_END.length;
      if (declared === undefined) {
        onProblem({ kind: 'noLength' });
        buffer = buffer.subarray(afterHeader);
        resyncing = true;
        continue;
      }
      if (!/^\d{1,16}$/.test(declared)) {
        onProblem({ kind: 'badLength', value: declared.slice(0, 40) });
        buffer = buffer.subarray(afterHeader);
        resyncing = true;
        continue;
      }
      const length = Number(declared);
      if (length > options.maxBodyBytes) {
        onProblem({ kind: 'tooLarge', length, limit: options.maxBodyBytes });
        buffer = buffer.subarray(afterHeader);
        resyncing = true;
        continue;
      }
      if (buffer.length < afterHeader + length) {
        needed = afterHeader + length;
        return;
      }
      const body = buffer.subarray(afterHeader, afterHeader + length);
      framingWork.bytes += length;
      if (!isJson(body)) {
        onProblem({ kind: 'notJson' });
        // A length too long swallowed the start of the next message: look for its header in the body.
        buffer = buffer.subarray(afterHeader);
        resyncing = true;
        continue;
      }
      push(Buffer.from(buffer.subarray(0, afterHeader + length)));
      buffer = buffer.subarray(afterHeader + length);
    }
  };

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      held.push(chunk);
      heldBytes += chunk.length;
      // A large body comes in many chunks: joining them on each one would copy it over and over.
      if (buffer.length + heldBytes < needed) return callback();
      buffer = Buffer.concat([buffer, ...held]);
      held = [];
      heldBytes = 0;
      needed = 0;
      drain((message) => this.push(message));
      callback();
    },
  });
}

function indexOfHeader(buffer: Buffer): number {
  framingWork.bytes += buffer.length;
  // Case-insensitive search for "content-length:" without copying the buffer.
  for (let i = buffer.indexOf(0x3a /* : */, LENGTH_HEADER.length - 1); i !== -1; i = buffer.indexOf(0x3a, i + 1)) {
    const start = i - (LENGTH_HEADER.length - 1);
    if (start < 0) continue;
    let same = true;
    for (let k = 0; k < LENGTH_HEADER.length && same; k++) same = (buffer[start + k]! | 0x20) === LENGTH_HEADER[k];
    if (same) return start;
  }
  return -1;
}

function isJson(body: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value !== null && typeof value === 'object';
  } catch {
    return false;
  }
}
