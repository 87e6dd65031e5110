/**
 * Placeholders that `modelplan init` writes: `<VUL IN: …>` (or `<FILL IN: …>` with --lang en).
 * An untouched skeleton must never pass, and must fail only on its placeholders, so they are found
 * on the raw data, before the schema, and schema errors at a placeholder give way to them.
 */
import { childPointer, readablePath } from '../parse/pointer.js';
import type { TypedFinding } from '../rules/ids.js';

/**
 * `<VUL IN: …>`, also when the brackets were removed (`VUL IN: …`, `"VUL IN: …>"`): any value that
 * starts with the marker is not filled in. Without the `<` the colon is needed, so ordinary text
 * is never taken for one.
 */
export const PLACEHOLDER = /^(?:<\s*(?:VUL IN|FILL IN)(?:\s*:\s*([^>]*?))?\s*>?|(?:VUL IN|FILL IN)\s*:\s*(.*?)\s*>?)$/is;

export interface Placeholder {
  pointer: string;
  hint: string;
}

export function placeholderText(hint: string, lang: 'nl' | 'en'): string {
  return `<${lang === 'nl' ? 'VUL IN' : 'FILL IN'}: ${hint}>`;
}

export function findPlaceholders(data: unknown): Placeholder[] {
  const found: Placeholder[] = [];
  // The path is kept as segments and turned into a pointer only for a placeholder (rare).
  const path: (string | number)[] = [];
  const walk = (value: unknown) => {
    if (path.length > 64) return; // applications are shallow; the parser already bounds nesting
    if (typeof value === 'string') {
      if (!/IN/i.test(value)) return;
      const match = PLACEHOLDER.exec(value.trim());
      if (match) found.push({ pointer: path.reduce<string>((pointer, segment) => childPointer(pointer, segment), ''), hint: (match[1] ?? match[2] ?? '').trim() });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(data);
  return found;
}

/** The finding input for one placeholder. */
export function placeholderFinding(p: Placeholder): TypedFinding<'niet-ingevuld'> {
  return { ruleId: 'niet-ingevuld', messageId: 'placeholder', pointer: p.pointer, args: { path: readablePath(p.pointer), hint: p.hint } };
}
