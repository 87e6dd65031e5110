/**
 * A finding's JSON pointer → the field of the form that shows it: the longest part of the pointer
 * that names a field the form has for the current data (every field of the schema, and one item
 * per element of each list). A pointer past a field (a missing key inside a list item, an index
 * beyond the list) falls back to the nearest field that is there; the root ('') always is.
 */
import { decodePointer, encodePointer } from '../parse/pointer.js';
import type { FormNode } from './model.js';

export function fieldPointer(model: FormNode, data: unknown, pointer: string): string {
  const segments = decodePointer(pointer);
  const matched: string[] = [];
  let node: FormNode | undefined = model;
  let value: unknown = data;
  for (const segment of segments) {
    if (!node) break;
    if (node.type === 'array' && node.item) {
      const length = Array.isArray(value) ? value.length : 0;
      if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= length) break;
      node = node.item;
      value = (value as unknown[])[Number(segment)];
    } else if (node.children) {
      const child: FormNode | undefined = node.children.find((c) => c.key === segment);
      if (!child) break;
      node = child;
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
    } else {
      break;
    }
    matched.push(segment);
  }
  return encodePointer(matched);
}

/** `/begroting/3/bedrag` → `/begroting/*\/bedrag` (indices under lists become a star). */
export function templateOf(model: FormNode, pointer: string): string | undefined {
  let node: FormNode | undefined = model;
  const out: string[] = [];
  for (const segment of decodePointer(pointer)) {
    if (!node) return undefined;
    if (node.type === 'array' && node.item) {
      node = node.item;
      out.push('*');
    } else {
      node = node.children?.find((c) => c.key === segment);
      out.push(segment);
    }
  }
  return node ? out.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('') : undefined;
}
