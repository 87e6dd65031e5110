/**
 * YAML syntax errors in the applicant's terms. The parser says where it got stuck, in English
 * ("Nested mappings are not allowed in compact mappings"), often a line after the one that is
 * wrong. Here the text around that place is read again for the usual causes: a colon inside
 * unquoted text, an apostrophe inside single quotes, a quote or bracket never closed, a list item
 * without `- `, a line indented off, Enter inside unquoted text, curly quotes used as quotes, and
 * invisible spaces (a no-break space pasted from Word). Each gives the line that is wrong and the
 * fix; the parser's own error code stays in the finding's args.
 */
import type { Fix, Position } from '../report/types.js';
import type { MessageIds } from '../rules/ids.js';

/** The yaml-syntaxis messages a diagnosis can give (checked against the rule's messages). */
export type SyntaxMessageId = MessageIds<'yaml-syntaxis',
  | 'tabIndent'
  | 'badIndent'
  | 'unclosed'
  | 'colonInText'
  | 'apostrophe'
  | 'listItem'
  | 'newlineInText'
  | 'missingColon'
  | 'curlyQuotes'
  | 'invisibleSpace'
  | 'syntax'
>;

export interface Diagnosis {
  messageId: SyntaxMessageId;
  args: Record<string, string | number>;
  start: number;
  end: number;
  fix?: Fix;
}

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its line break. */
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/* ---------- invisible spaces ---------- */

/** Characters that look like a space (or nothing) but are not one to YAML. */
const INVISIBLE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;
export const HAS_INVISIBLE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * Invisible spaces where YAML expects a space: in the indentation, after the `:` of a key and
 * after the `-` of a list item. Elsewhere (inside a text) they are just part of the text.
 */
export function invisibleSpaces(text: string, position: (start: number, end: number) => Position): Diagnosis[] {
  if (!HAS_INVISIBLE.test(text)) return [];
  const found: Diagnosis[] = [];
  const mark = (offset: number) => {
    const char = text[offset]!;
    const replacement = ZERO_WIDTH.test(char) ? '' : ' ';
    const code = 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    found.push({
      messageId: 'invisibleSpace',
      args: { code: 'INVISIBLE_SPACE', char: code },
      start: offset,
      end: offset + 1,
      fix: { start: offset, end: offset + 1, replacement, range: position(offset, offset + 1) },
    });
  };
  const space = (c: string | undefined) => c === ' ' || (c !== undefined && INVISIBLE.test(c));
  /** Inside a block scalar (`|`, `>`): the indentation of the line that opened it, and of its content once known. */
  let block: { parent: number; indent?: number } | undefined;
  for (const line of splitLines(text)) {
    let i = 0;
    const s = line.text;
    if (block) {
      // A content line of a block scalar: what comes after its indentation is text, invisible
      // spaces included (as-written.ts reports one at the start of a line, keeping the text). Only
      // an invisible space within the indentation is a YAML problem, and a space there keeps the text.
      let spaces = 0;
      while (s[spaces] === ' ') spaces++;
      let ws = spaces;
      while (ws < s.length && space(s[ws])) ws++;
      if (ws === s.length) continue; // a blank line belongs to the block
      block.indent ??= spaces > block.parent ? spaces : ws > block.parent ? ws : undefined;
      if (block.indent !== undefined && spaces >= block.indent) continue;
      if (block.indent !== undefined && ws >= block.indent) {
        for (let k = spaces; k < block.indent; k++) if (s[k] !== ' ') mark(line.start + k);
        continue;
      }
      block = undefined;
    }
    const opensBlock = /(?:^|[ :-])[|>][-+1-9]{0,2}[ \t]*(?:[ \t]#.*)?$/.test(s) && !/^\s*#/.test(s);
    if (opensBlock) {
      let parent = 0;
      while (parent < s.length && (space(s[parent]) || (s[parent] === '-' && space(s[parent + 1])))) parent++;
      block = { parent };
    }
    // Indentation and list dashes: spaces, invisible ones and `- `.
    for (;;) {
      while (i < s.length && space(s[i])) {
        if (s[i] !== ' ') mark(line.start + i);
        i++;
      }
      if (s[i] === '-' && (i + 1 === s.length || space(s[i + 1]))) {
        i++;
        continue;
      }
      break;
    }
    if (s[i] === '#' || s[i] === '"' || s[i] === "'") continue;
    // The separator of a plain key: the first `:` followed by a space of any kind.
    for (let j = i; j < s.length; j++) {
      const c = s[j]!;
      if (c === '#' && j > 0 && space(s[j - 1])) break;
      if (c === ':' && (j + 1 === s.length || space(s[j + 1]))) {
        for (let k = j + 1; k < s.length && space(s[k]); k++) if (s[k] !== ' ') mark(line.start + k);
        break;
      }
      if (c === '"' || c === "'" || c === '[' || c === '{') break;
    }
  }
  return found;
}

/* ---------- the causes of a syntax error ---------- */

interface LineShape {
  indent: number;
  /** Columns (0-based) of the list dashes on the line. */
  dashes: number[];
  /** Column where the content after indentation and dashes starts. */
  content: number;
  key?: string;
  /** The text after `key:` (trimmed, comment removed); '' when the key opens a block. */
  value?: string;
  /** Offset in the line where the value starts. */
  valueColumn?: number;
  blank: boolean;
}

function shape(s: string): LineShape {
  let i = 0;
  while (s[i] === ' ') i++;
  const indent = i;
  const dashes: number[] = [];
  while (s[i] === '-' && (i + 1 === s.length || s[i + 1] === ' ')) {
    dashes.push(i);
    i++;
    while (s[i] === ' ') i++;
  }
  const content = i;
  const rest = s.slice(i);
  if (rest === '' || rest.startsWith('#')) return { indent, dashes, content, blank: dashes.length === 0 };
  const key = /^([^\s#'"[{?:][^#]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'):(?=[ ]|$)/.exec(rest);
  if (!key) return { indent, dashes, content, blank: false };
  const afterColon = i + key[0].length;
  let valueColumn = afterColon;
  while (s[valueColumn] === ' ') valueColumn++;
  const value = stripComment(s.slice(valueColumn)).trimEnd();
  return { indent, dashes, content, key: key[1]!.replace(/^["']|["']$/g, ''), value, valueColumn, blank: false };
}

function stripComment(value: string): string {
  if (value.startsWith('#')) return '';
  const at = value.search(/[ \t]#/);
  return at === -1 ? value : value.slice(0, at);
}

interface Frame {
  indent: number;
  kind: 'map' | 'seq';
  /** The line (0-based) and name of the entry shown as the reference in a message. */
  refLine: number;
  refName: string;
}

/**
 * The first line of block YAML whose indentation does not fit the lines above, with the line it
 * should line up with. Undefined when the text uses what this reading does not follow (flow
 * collections over several lines, block scalars are skipped).
 */
function indentationProblem(lines: readonly Line[], upTo: number): Omit<Diagnosis, 'args'> & { args: Diagnosis['args'] } | undefined {
  const stack: Frame[] = [{ indent: 0, kind: 'map', refLine: -1, refName: '' }];
  let opener: { indent: number; line: number; name: string } | undefined;
  let previous: { line: number; shape: LineShape } | undefined;
  let blockScalarOf = -1;
  for (let n = 0; n < lines.length && n <= upTo; n++) {
    const s = lines[n]!.text;
    const sh = shape(s);
    if (sh.blank) continue;
    if (blockScalarOf >= 0) {
      if (sh.indent > blockScalarOf) continue;
      blockScalarOf = -1;
    }
    const lineStart = lines[n]!.start;
    const at = (column: number) => ({ start: lineStart + Math.min(column, s.length), end: lineStart + s.length });
    const isEntry = sh.dashes.length > 0 || sh.key !== undefined;
    if (opener && sh.indent > opener.indent) {
      const seq = sh.dashes.length > 0;
      stack.push({ indent: sh.indent, kind: seq ? 'seq' : 'map', refLine: n, refName: seq ? opener.name : (sh.key ?? opener.name) });
    } else if (opener && sh.indent === opener.indent && sh.dashes.length > 0) {
      stack.push({ indent: sh.indent, kind: 'seq', refLine: n, refName: opener.name });
    } else {
      let popped: Frame | undefined;
      while (stack.length > 1 && stack.at(-1)!.indent > sh.indent) popped = stack.pop();
      let top = stack.at(-1)!;
      if (top.kind === 'seq' && top.indent === sh.indent && sh.dashes.length === 0 && stack.length > 1 && stack.at(-2)!.indent === sh.indent) {
        stack.pop();
        top = stack.at(-1)!;
      }
      if (top.indent < sh.indent) {
        const prev = previous?.shape;
        const continuation = prev && prev.key !== undefined && prev.value !== '' && !isEntry;
        if (continuation) continue; // a plain text continued on the next line, deeper: valid YAML
        const ref = popped ?? (prev?.key !== undefined ? { indent: prev.dashes.length > 0 ? prev.content : prev.indent, refLine: previous!.line, refName: prev.key } : undefined);
        if (!ref) return undefined;
        return { messageId: 'badIndent', args: { spaces: sh.indent, reference: ref.refName, refLine: ref.refLine + 1, expected: ref.indent, column: ref.indent + 1 }, ...at(0) };
      }
      if (top.kind === 'seq' && sh.dashes.length === 0) {
        return { messageId: 'listItem', args: { list: top.refName, refLine: top.refLine + 1, column: sh.indent + 1 }, ...at(0) };
      }
      if (!isEntry) {
        const prev = previous?.shape;
        const word = /^([\p{L}_][\p{L}\p{N}_]*)[ ]+["'\d]/u.exec(s.slice(sh.indent));
        if (word) return { messageId: 'missingColon', args: { key: word[1]! }, ...at(sh.indent) };
        if (prev && prev.key !== undefined && prev.value !== '' && !/^["'[{|>]/.test(prev.value ?? '')) {
          return { messageId: 'newlineInText', args: { key: prev.key, refLine: previous!.line + 1 }, ...at(sh.indent) };
        }
        return undefined;
      }
    }
    // Register what this line opens.
    let top = stack.at(-1)!;
    for (const dash of sh.dashes) {
      if (top.indent !== dash || top.kind !== 'seq') {
        stack.push({ indent: dash, kind: 'seq', refLine: n, refName: top.refName });
        top = stack.at(-1)!;
      }
      top.refLine = top.refLine < 0 ? n : top.refLine;
    }
    if (sh.key !== undefined) {
      if (top.indent === sh.content && top.kind === 'map') {
        if (sh.dashes.length === 0) {
          top.refLine = n;
          top.refName = sh.key;
        }
      } else stack.push({ indent: sh.content, kind: 'map', refLine: n, refName: sh.key });
      const value = sh.value ?? '';
      opener = value === '' ? { indent: sh.content, line: n, name: sh.key } : undefined;
      if (/^[|>][-+0-9]*$/.test(value)) blockScalarOf = sh.content;
      // Flow collections or quotes over several lines: not followed here.
      if (/^[[{]/.test(value) && !/[\]}]$/.test(value)) return undefined;
      if (/^"/.test(value) && !/^"(?:[^"\\]|\\.)*"$/.test(value)) return undefined;
      if (/^'/.test(value) && !/^'(?:[^']|'')*'$/.test(value)) return undefined;
    } else {
      opener = sh.dashes.length > 0 && s.slice(sh.content).trim() === '' ? { indent: sh.dashes.at(-1)!, line: n, name: top.refName } : undefined;
    }
    previous = { line: n, shape: sh };
  }
  return undefined;
}

const CURLY_OPEN = /[“”„‘’‚«»]/;

/** The likely cause of the parser's first error, at the line that is wrong. */
export function diagnose(text: string, code: string, offset: number, message: string): Diagnosis {
  const lines = splitLines(text);
  const L = lineIndexAt(lines, Math.min(offset, text.length));
  const fallback: Diagnosis = { messageId: 'syntax', args: { code }, start: offset, end: offset };
  const near = (from: number, to: number) => lines.slice(Math.max(0, from), Math.min(lines.length, to + 1)).map((line, i) => ({ line, n: Math.max(0, from) + i }));
  const withCode = (d: Omit<Diagnosis, 'args'> & { args: Diagnosis['args'] }): Diagnosis => ({ ...d, args: { ...d.args, code } });

  if (code === 'TAB_AS_INDENT') return { messageId: 'tabIndent', args: { code }, start: offset, end: offset };

  // Curly quotes used as quotes: “…” is plain text to YAML, so a colon inside breaks it.
  for (const { line } of near(L - 1, L).reverse()) {
    const sh = shape(line.text);
    const value = sh.valueColumn !== undefined ? line.text.slice(sh.valueColumn) : line.text.slice(sh.content);
    if (CURLY_OPEN.test(value[0] ?? '')) {
      const column = sh.valueColumn ?? sh.content;
      const inner = value.replace(/^[“”„‘’‚«»]/, '').replace(/[“”„‘’‚«»]\s*$/, '');
      return withCode({ messageId: 'curlyQuotes', args: { write: (sh.key ? `${sh.key}: ` : '') + JSON.stringify(inner) }, start: line.start + column, end: line.start + column + 1 });
    }
  }

  // A bracket opened and never closed: still open at the error.
  for (let n = L; n >= Math.max(0, L - 20); n--) {
    const line = lines[n]!;
    const sh = shape(line.text);
    const column = sh.valueColumn ?? sh.content;
    const open = line.text[column];
    if (open !== '[' && open !== '{') continue;
    const close = open === '[' ? ']' : '}';
    const span = text.slice(line.start + column, Math.max(offset, line.start + line.text.length)).replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/g, '');
    if (span.split(open).length > span.split(close).length) {
      return withCode({ messageId: 'unclosed', args: { open, close }, start: line.start + column, end: line.start + line.text.length });
    }
    break;
  }

  // A quote opened and never closed: the parser notices only at the end.
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    for (let n = L; n >= 0; n--) {
      const line = lines[n]!;
      const sh = shape(line.text);
      const column = sh.valueColumn ?? sh.content;
      const value = line.text.slice(column);
      const open = value[0];
      const closed =
        open === '"' ? /^"(?:[^"\\]|\\.)*"/.test(value) : open === "'" ? /^'(?:[^']|'')*'(?!')/.test(value) : open === '[' ? value.includes(']') : open === '{' ? value.includes('}') : true;
      if (!closed) {
        const close = open === '[' ? ']' : open === '{' ? '}' : open!;
        return withCode({ messageId: 'unclosed', args: { open: open!, close }, start: line.start + column, end: line.start + line.text.length });
      }
    }
  }

  // An apostrophe inside '…': the text ends there and the rest is left over.
  for (const { line } of near(L, L).concat(near(L - 1, L - 1))) {
    const sh = shape(line.text);
    const column = sh.valueColumn ?? sh.content;
    const value = stripComment(line.text.slice(column)).trimEnd();
    const single = /^'((?:[^']|'')*)'(?!')(.+)$/.exec(value);
    if (single && single[2]!.trim() !== '') {
      const apostrophe = line.start + column + 1 + single[1]!.length;
      const inner = value.slice(1, value.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
      return withCode({ messageId: 'apostrophe', args: { write: (sh.key ? `${sh.key}: ` : '- ') + JSON.stringify(inner) }, start: apostrophe, end: apostrophe + 1 });
    }
  }

  // A colon and a space inside unquoted text: YAML takes the part before it for a key.
  for (const { line } of near(L, L)) {
    const sh = shape(line.text);
    if (sh.key === undefined || !sh.value || /^["'[{|>&*!]/.test(sh.value)) continue;
    const inner = /:(?=[ ]|$)/.exec(sh.value);
    if (inner) {
      const colon = line.start + sh.valueColumn! + inner.index;
      return withCode({ messageId: 'colonInText', args: { write: `${sh.key}: ${JSON.stringify(sh.value)}` }, start: colon, end: colon + 1 });
    }
  }

  const indentation = indentationProblem(lines, L + 2);
  if (indentation) {
    const line = lineIndexAt(lines, indentation.start);
    if (line >= L - 2 && line <= L + 2) return withCode(indentation);
  }
  return fallback;
}
