/**
 * Applying repairs to a source text: each Fix replaces one span, every other byte stays. Fixes
 * come with their offsets from the `yaml` parse of this very text (node and token ranges), so
 * nothing is re-dumped: comments, key order, quoting and layout are untouched.
 */
import type { Fix } from '../report/types.js';

export interface Applied {
  text: string;
  applied: Fix[];
  /** Fixes left out because they overlap one applied before them (the next pass gets them). */
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let at = 0;
  for (const fix of sorted) {
    if (fix.start < at || fix.end < fix.start || fix.end > text.length) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(at, fix.start) + fix.replacement;
    at = fix.end;
    applied.push(fix);
  }
  return { text: out + text.slice(at), applied, skipped };
}
