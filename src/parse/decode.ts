/** Bytes → text: UTF-8 only (a BOM is allowed); UTF-16, invalid UTF-8 and binary data are problems. */
import type { MessageIds } from '../rules/ids.js';

/** A decode problem is a finding of bestand-codering: its message IDs are checked against that rule's. */
export type DecodeProblem =
  | { messageId: MessageIds<'bestand-codering', 'utf16'>; offset: 0 }
  | { messageId: MessageIds<'bestand-codering', 'binary'>; offset: number }
  | { messageId: MessageIds<'bestand-codering', 'invalidUtf8'>; offset: number; byte: number };

export type Decoded = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: { messageId: 'utf16', offset: 0 } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM puts a NUL beside every ASCII character.
    if (looksLikeUtf16(bytes)) return { ok: false, problem: { messageId: 'utf16', offset: 0 } };
    return { ok: false, problem: { messageId: 'binary', offset: nul } };
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM itself (ignoreBOM: false).
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return { ok: false, problem: { messageId: 'invalidUtf8', offset, byte: bytes[offset] ?? 0 } };
  }
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const half = sample / 2;
  return evenNuls >= half * 0.75 || oddNuls >= half * 0.75;
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629), for a precise finding. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line and column of a byte offset, counting characters as the editor does. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = bytes.subarray(lineStart, offset);
  const column = new TextDecoder('utf-8').decode(prefix).length + 1;
  return { line, column };
}
