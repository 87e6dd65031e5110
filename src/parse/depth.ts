/**
 * The deepest flow nesting ([ and {) in a YAML text, found with a single linear scan. The `yaml`
 * parser aborts the whole process (out of memory in V8's RegExp compiler) on ~100,000 nested `{`,
 * which no try/catch can stop, so such input is refused before it reaches the parser.
 */
export const MAX_FLOW_DEPTH = 256;

export function exceedsFlowDepth(text: string, limit = MAX_FLOW_DEPTH): { offset: number } | undefined {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = undefined;
      continue;
    }
    if (quote === "'") {
      if (ch === "'") quote = undefined; // '' inside a single-quoted scalar reopens at once
      continue;
    }
    switch (ch) {
      case '"':
      case "'": {
        // A quote only opens a quoted scalar where a scalar can start, not inside a plain word.
        const before = i === 0 ? '\n' : text[i - 1]!;
        if (/[\s[{,:-]/.test(before)) quote = ch;
        break;
      }
      case '#': {
        const before = i === 0 ? '\n' : text[i - 1]!;
        if (/\s/.test(before)) {
          const end = text.indexOf('\n', i);
          i = end === -1 ? text.length : end;
        }
        break;
      }
      case '[':
      case '{':
        if (++depth > limit) return { offset: i };
        break;
      case ']':
      case '}':
        if (depth > 0) depth--;
        break;
    }
  }
  return undefined;
}
