/** JSON pointers (RFC 6901) and the readable path shown in messages: begroting[3].bedrag. */

export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function encodePointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function childPointer(pointer: string, segment: string | number): string {
  return pointer + encodePointer([segment]);
}

/** `/begroting/3/bedrag` → `begroting[3].bedrag`; the root is `(document)`. */
export function readablePath(pointer: string): string {
  const segments = decodePointer(pointer);
  if (segments.length === 0) return '(document)';
  let out = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[\p{L}\p{N}_-]+$/u.test(segment)) out += (out === '' ? '' : '.') + segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
