/**
 * Values judged on their source text, not only on what YAML made of them: `bedrag: 150.000` is the
 * float 150 to YAML (and passes the schema), `agb: 06010101` the number 6010101, and
 * `titel: Spraak #1 in Oost` the text "Spraak". Which field is money, an identifier or free text
 * comes from the schemas (field-kinds.ts). Each finding stands at the value as typed and, where the
 * repair is unambiguous, carries it as data (a Fix) for `check --fix` and editors.
 *
 * Documents that took the fast path (js-yaml) come here too: `mayBeMisread` sends any text that
 * could hold such a value to the `yaml` path, which has the source ranges.
 */
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import type { DocumentKind, Fix, MessageArgs, Position } from '../report/types.js';
import { decodePointer, encodePointer, readablePath } from '../parse/pointer.js';
import { yamlLib } from '../parse/yaml-lib.js';
import { HAS_INVISIBLE } from '../parse/diagnose.js';
import { CANONICAL_AMOUNT, readAmount } from './amount.js';
import { fieldKind } from './field-kinds.js';
import type { TypedFinding } from '../rules/ids.js';

/** A finding on a value as typed; rule and message ID checked against the rule registry. */
export type AsWrittenFinding = TypedFinding<'bedrag-notatie' | 'code-aanhalingstekens' | 'onzichtbaar-teken' | 'tekst-afgebroken' | 'yaml-syntaxis'> & {
  args: MessageArgs;
  position: Position;
  severity?: 'warning';
  fix?: Fix;
};

/**
 * Characters that take no room or only steer the display: zero-width ones, the soft hyphen, joiners,
 * invisible operators and the direction marks and overrides (which can show a text reversed). Two
 * names or codes that look the same can differ by them, and they split words.
 */
const INVISIBLE_CLASS = '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u206a-\\u206f\\ufeff';
const ZERO_WIDTH = new RegExp(`[${INVISIBLE_CLASS}]`);

/** Quick tests on the raw text: a hit only costs speed (the `yaml` path), a miss would cost a silent misreading. */
/** Where a plain value starts: after `key:` or a list dash, and a space. */
const VALUE = String.raw`(?::|^[ \t]*-)[ \t]+`;
const VALUE_END = String.raw`[ \t]*(?:#|\r?$)`;
const misread = (body: string) => new RegExp(VALUE + body, 'm');
const MAY_BE_MISREAD: [quick: RegExp, exact: RegExp][] = [
  [/\d[.,]\d{3}/, misread(String.raw`\+?\d{1,3}(?:[.,]\d{3})+` + VALUE_END)], // 150.000, 1,250
  [/\d\.0/, misread(String.raw`\+?\d+\.0+` + VALUE_END)], // 150000.0
  [/\d[eE]/, misread(String.raw`\+?\d+(?:\.\d+)?[eE][-+]?\d+` + VALUE_END)], // 1e6
  [/[:-][ \t]+\+?0\d/, misread(String.raw`\+?0\d`)], // leading zeros: 06010101, 0150000
  [/[:-][ \t]+\+\d/, misread(String.raw`\+\d`)], // +150000
  [/[“„‘‚«]/, /[“„‘‚«]/], // curly quotes used as quotes
  [HAS_INVISIBLE, HAS_INVISIBLE], // a no-break space where YAML needs a space (parse/diagnose.ts)
  [ZERO_WIDTH, ZERO_WIDTH], // zero-width characters in names, codes and texts
  [/0[xXoO]/, misread(String.raw`\+?0[xXoO][0-9a-fA-F]+` + VALUE_END)], // 0x10, 0o17: another base
  [/[ \t]#/, /^[ \t]*(?:- +)*(?:[^#\n:]+:[ \t]+)?[^\s"'#|>&*!{[\]-][^\n#]*[ \t]#/m], // plain text, then ` #`
];

export function mayBeMisread(text: string): boolean {
  return MAY_BE_MISREAD.some(([quick, exact]) => quick.test(text) && exact.test(text));
}

type PositionOf = (start: number, end: number) => Position;

const ZERO_WIDTH_ALL = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
/** Spaces a word processor puts where a space looks right, and the zero-width ones. */
const INVISIBLE_AT_START = /^[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u180e]+/;

const codePoint = (char: string) => 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
/** The text with each zero-width character shown as ⟨U+200B⟩. */
const shown = (value: string) => value.replace(ZERO_WIDTH_ALL, (c) => `⟨${codePoint(c)}⟩`);

export function checkAsWritten(doc: Document.Parsed, text: string, kind: DocumentKind, position: PositionOf): AsWrittenFinding[] {
  const lib = yamlLib();
  const out: AsWrittenFinding[] = [];
  const segments: string[] = [];
  const walk = (node: unknown, key: string | undefined, depth: number) => {
    if (depth > 64) return;
    if (lib.isMap(node)) {
      for (const pair of node.items) {
        if (!lib.isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        segments.push(name);
        walk(pair.value, name, depth + 1);
        segments.pop();
      }
    } else if (lib.isSeq(node)) {
      node.items.forEach((item, index) => {
        segments.push(String(index));
        walk(item, undefined, depth + 1);
        segments.pop();
      });
    } else if (lib.isScalar(node)) {
      const finding = judgeScalar(node as Scalar.Parsed, key, segments, kind, text, position);
      if (finding) out.push(finding);
    }
  };
  walk(doc.contents, undefined, 0);
  return out;
}

function judgeScalar(
  node: Scalar.Parsed,
  key: string | undefined,
  segments: readonly string[],
  kind: DocumentKind,
  text: string,
  position: PositionOf,
): AsWrittenFinding | undefined {
  const range = (node as YamlNode).range;
  if (!range) return undefined;
  const field = fieldKind(kind, segments);
  if (field === 'other') return undefined;
  const [start, end] = range;
  const typed = text.slice(start, end);
  const pointer = encodePointer(segments);
  const path = readablePath(pointer);
  const plain = node.type === 'PLAIN';
  const at = position(start, end);
  const fix = (replacement: string, fixEnd = end): Fix => ({ start, end: fixEnd, replacement, range: position(start, fixEnd) });

  if ((field === 'code' || field === 'text') && typeof node.value === 'string') {
    const invisible = invisibleInText(node, key, field, pointer, path, typed, start, text, position);
    if (invisible) return invisible;
  }

  if (field === 'bedrag') {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    if (!plain && !quoted) return undefined;
    if (plain && CANONICAL_AMOUNT.test(typed)) return undefined;
    // 0x10 and 0o17 are numbers in base 16 and 8 to YAML: the amount a reader sees is not the one counted.
    if (plain && /^\+?0[xo]/i.test(typed) && typeof node.value === 'number') {
      return { ruleId: 'bedrag-notatie', messageId: 'radix', pointer, position: at, args: { path, typed, read: String(node.value) } };
    }
    const source = quoted ? String(node.value) : typed;
    const reading = readAmount(source);
    if (!reading) return undefined; // cents or no amount at all: the schema says what is wrong
    if (reading.euros > BigInt(Number.MAX_SAFE_INTEGER)) return undefined; // the schema's maximum says it
    const digits = reading.euros.toString();
    const euros = Number(reading.euros);
    const base = { ruleId: 'bedrag-notatie' as const, pointer, position: at };
    if (reading.kind === 'ambiguous') return { ...base, messageId: 'ambiguous', args: { path, typed, digits, euros } };
    if (quoted) return { ...base, messageId: 'quoted', args: { path, typed, digits }, fix: fix(digits) };
    if (typeof node.value === 'number') return { ...base, messageId: 'readAs', args: { path, typed, read: String(node.value), digits, euros }, fix: fix(digits) };
    return { ...base, messageId: 'notation', args: { path, typed, digits }, fix: fix(digits) };
  }

  if (field === 'code') {
    if (!plain || typeof node.value === 'string') return undefined;
    const write = `${key ?? path}: ${JSON.stringify(typed)}`;
    return {
      ruleId: 'code-aanhalingstekens',
      messageId: 'unquoted',
      pointer,
      args: { path, typed, read: String(node.value), write },
      position: at,
      fix: fix(JSON.stringify(typed)),
    };
  }

  if (!plain || typeof node.value !== 'string') return undefined;
  // Curly quotes around a whole text: meant as quotes, but part of the text to YAML.
  const curly = typed.includes('\n') ? null : /^[“„‘‚«](.*)[”“’‘»]$/.exec(typed);
  if (curly) {
    const write = (key === undefined ? '- ' : `${key}: `) + JSON.stringify(curly[1]);
    return { ruleId: 'yaml-syntaxis', messageId: 'curlyQuotes', severity: 'warning', pointer, args: { write, code: 'CURLY_QUOTES' }, position: at };
  }
  // Free text: a plain, one-line scalar followed by ` #…` on the same line lost that part.
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  const comment = /^([ \t]+)#(.*?)[ \t]*$/.exec(rest);
  if (!comment) return undefined;
  // A plain text over several lines ends at the ` #` on its last line: the text is its folded value.
  const kept = node.value;
  const full = kept + comment[1] + '#' + comment[2];
  const quotedFull = JSON.stringify(full);
  const write = key === undefined ? `- ${quotedFull}` : `${key}: ${quotedFull}`;
  return {
    ruleId: 'tekst-afgebroken',
    messageId: 'cut',
    severity: 'warning',
    pointer,
    args: { path, kept, lost: '#' + comment[2], write },
    position: at,
    // A second ` #` in what was lost: which part is text and which a comment is not clear.
    ...(/[ \t]#/.test(comment[2]!) ? {} : { fix: fix(quotedFull, end + comment[0].length) }),
  };
}

/**
 * Invisible characters in a name, code or text. Zero-width ones anywhere: in a code or a name
 * (`naam`) they make two that look alike differ (an error), in a text they can split a word the
 * rules look for (a warning). An invisible space at the start of a line of a block text (`|`, `>`)
 * is part of the text to YAML, mostly pasted from a word processor: a warning whose repair removes
 * it and keeps the rest of the text as it is.
 */
function invisibleInText(
  node: Scalar.Parsed,
  key: string | undefined,
  field: 'code' | 'text',
  pointer: string,
  path: string,
  typed: string,
  start: number,
  text: string,
  position: PositionOf,
): AsWrittenFinding | undefined {
  const value = node.value as string;
  const base = { ruleId: 'onzichtbaar-teken' as const, pointer };
  const zeroWidth = ZERO_WIDTH.exec(value);
  if (zeroWidth) {
    // The repair removes the characters where they stand in the source; written as escapes, it is left to the writer.
    const literal = ZERO_WIDTH.exec(typed);
    const at = literal ? position(start + literal.index, start + literal.index + 1) : position(start, start + typed.length);
    const fix: Fix | undefined = literal ? { start, end: start + typed.length, replacement: typed.replace(ZERO_WIDTH_ALL, ''), range: position(start, start + typed.length) } : undefined;
    const args = { path, shown: shown(value), char: codePoint(zeroWidth[0]) };
    const name = field === 'code' || key === 'naam';
    return { ...base, messageId: name ? 'inName' : 'inText', args, position: at, ...(name ? {} : { severity: 'warning' as const }), ...(fix ? { fix } : {}) };
  }
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return undefined;
  // The content lines: after the header line, each at the block's indentation (that of its first line with text).
  const lines = typed.split('\n');
  let offset = start + lines[0]!.length + 1;
  let indent: number | undefined;
  const runs: { start: number; end: number; line: number; char: string }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let spaces = 0;
    while (line[spaces] === ' ') spaces++;
    if (spaces < line.replace(/\r$/, '').length) {
      indent ??= spaces;
      const run = spaces >= indent ? INVISIBLE_AT_START.exec(line.slice(indent)) : null;
      if (run) runs.push({ start: offset + indent, end: offset + indent + run[0].length, line: i, char: run[0][0]! });
    }
    offset += line.length + 1;
  }
  const first = runs[0];
  if (!first) return undefined;
  const last = runs.at(-1)!;
  let replacement = '';
  let from = first.start;
  for (const run of runs) {
    replacement += text.slice(from, run.start);
    from = run.end;
  }
  return {
    ...base,
    messageId: 'lineStart',
    severity: 'warning',
    args: { path, line: first.line, char: codePoint(first.char), count: runs.length },
    position: position(first.start, first.end),
    fix: { start: first.start, end: last.end, replacement, range: position(first.start, last.end) },
  };
}

/** The repair that renames the key at `pointer` (its last segment) to `name`, as typed elsewhere. */
export function renameKeyFix(doc: Document.Parsed, pointer: string, name: string, position: PositionOf): Fix | undefined {
  const lib = yamlLib();
  const segments = decodePointer(pointer);
  let node: unknown = doc.contents;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (lib.isMap(node)) {
      const pair = node.items.find((item) => lib.isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) return undefined;
      if (i === segments.length - 1) {
        const key = pair.key as Scalar.Parsed;
        if (!key.range || key.type !== 'PLAIN') return undefined;
        return { start: key.range[0], end: key.range[1], replacement: name, range: position(key.range[0], key.range[1]) };
      }
      node = pair.value;
    } else if (lib.isSeq(node)) node = node.items[Number(segment)];
    else return undefined;
  }
  return undefined;
}
