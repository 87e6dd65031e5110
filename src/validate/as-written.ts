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
export type AsWrittenFinding = TypedFinding<'bedrag-notatie' | 'code-aanhalingstekens' | 'tekst-afgebroken' | 'yaml-syntaxis'> & {
  args: MessageArgs;
  position: Position;
  severity?: 'warning';
  fix?: Fix;
};

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
  [/[ \t]#/, /^[ \t]*(?:- +)*(?:[^#\n:]+:[ \t]+)?[^\s"'#|>&*!{[\]-][^\n#]*[ \t]#/m], // plain text, then ` #`
];

export function mayBeMisread(text: string): boolean {
  return MAY_BE_MISREAD.some(([quick, exact]) => quick.test(text) && exact.test(text));
}

type PositionOf = (start: number, end: number) => Position;

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

  if (field === 'bedrag') {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    if (!plain && !quoted) return undefined;
    if (plain && CANONICAL_AMOUNT.test(typed)) return undefined;
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

  if (!plain || typeof node.value !== 'string' || typed.includes('\n')) return undefined;
  // Curly quotes around a whole text: meant as quotes, but part of the text to YAML.
  const curly = /^[“„‘‚«](.*)[”“’‘»]$/.exec(typed);
  if (curly) {
    const write = (key === undefined ? '- ' : `${key}: `) + JSON.stringify(curly[1]);
    return { ruleId: 'yaml-syntaxis', messageId: 'curlyQuotes', severity: 'warning', pointer, args: { write, code: 'CURLY_QUOTES' }, position: at };
  }
  // Free text: a plain, one-line scalar followed by ` #…` on the same line lost that part.
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  const comment = /^([ \t]+)#(.*?)[ \t]*$/.exec(rest);
  if (!comment) return undefined;
  const full = typed + comment[1] + '#' + comment[2];
  const quotedFull = JSON.stringify(full);
  const write = key === undefined ? `- ${quotedFull}` : `${key}: ${quotedFull}`;
  return {
    ruleId: 'tekst-afgebroken',
    messageId: 'cut',
    severity: 'warning',
    pointer,
    args: { path, kept: typed, lost: '#' + comment[2], write },
    position: at,
    // A second ` #` in what was lost: which part is text and which a comment is not clear.
    ...(/[ \t]#/.test(comment[2]!) ? {} : { fix: fix(quotedFull, end + comment[0].length) }),
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
