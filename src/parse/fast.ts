/**
 * A fast path for the common case: a plain, well-formed mapping parsed by js-yaml (about ten times
 * faster than `yaml`). It gives the data and, from the same pass, the positions (src/parse/positions.ts);
 * every finding of the document itself comes from `yaml` (src/parse/yaml.ts). It declines (returns undefined) whenever the text uses a YAML
 * feature on which the two parsers could differ or which needs our limits: tags, anchors and
 * aliases, directives and document markers, complex and merge keys, tabs, `__proto__`. Plain
 * scalars resolve as in `yaml`'s core schema, so `NO`, `0o17` or `1_000` mean the same on both. tests/parse/fast-path.test.ts holds the differential test:
 * the official YAML test suite, the examples and generated applications give identical data and positions.
 */
import jsYaml from 'js-yaml';
import type { Position } from '../report/types.js';
import { eventLocator, eventRecorder } from './positions.js';

/**
 * Plain scalars of the YAML 1.2 core schema (spec §10.3.2), in the order and with the resolution
 * of `yaml`'s core tags (node_modules/yaml/dist/schema/core). Written out rather than taken from
 * `yaml` so that a valid file never loads that library; the differential test (scalars and the
 * YAML test suite) checks both resolve alike.
 */
export const CORE_PLAIN_SCALARS: [RegExp, (source: string) => unknown][] = [
  [/^(?:~|[Nn]ull|NULL)?$/, () => null],
  [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];

const coreScalarTypes = CORE_PLAIN_SCALARS.map(
  ([test, resolve], index) =>
    // A distinct name per type: js-yaml keys explicit tags by name, and these are only implicit.
    new jsYaml.Type(`tag:modelplan.fast,2026:${index}`, {
      kind: 'scalar',
      resolve: (source: unknown) => typeof source === 'string' && test.test(source),
      construct: resolve,
    }),
);

const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: coreScalarTypes });

/**
 * Features the fast path leaves to `yaml`, each with a quick character test that must match
 * before the exact pattern runs (this is the hot path of a batch). Conservative on purpose: a false alarm only costs
 * speed (e.g. `Zorg & *Welzijn*` takes the reference path), a miss could cost correctness. The
 * last ones come from the differential test (the YAML test suite, and fuzzing).
 */
const DECLINE: [quick: RegExp, exact: RegExp | ((text: string) => boolean)][] = [
  [/\t/, /\t/], // tabs: indentation errors are reported by `yaml`
  [/[&*!]/, /(?:^|[\s,[\]{}])[&*!]/], // anchors, aliases, tags
  [/^(?:---|\.\.\.|%)/m, /^(?:---|\.\.\.|%)/m], // document markers and directives
  [/\?/, /(?:^|[\s,[{])\?(?:[\s]|$)/m], // complex keys
  [/<</, /<</], // merge keys (off in YAML 1.2 core, on in some parsers)
  [/__proto__/, /__proto__/], // keep prototype questions on one, audited path
  [/[[{]/, /^[ -]*[[{]|[[{,]\s*[[{]/m], // a flow collection that may be a key (js-yaml makes it "[object Object]")
  [/^ +$/m, /^ +$/m], // space-only lines: js-yaml accepts some that YAML forbids in block scalars (suite S98Z)
  [/["']#/, /["']#/], // a comment right after a quoted scalar is an error js-yaml lets pass (suite SU5Z)
  [/[|>@`]/, misplacedIndicator], // indicators js-yaml tolerates where YAML forbids them (fuzzing)
];

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;
const NOT_AFTER_BLOCK_INDICATOR = /[\s0-9+-]/;

/**
 * `/^ *[|>@`]|(?:^|\s)[|>][^\s0-9+-]/m` as a scan of the indicator characters only: the pattern
 * tried at every position cost a batch ≈ 5 % of its parse time. tests/parse/fast-path.test.ts
 * holds the two equal on generated texts.
 */
export function misplacedIndicator(text: string): boolean {
  const indicators = /[|>@`]/g;
  for (let match = indicators.exec(text); match; match = indicators.exec(text)) {
    const i = match.index;
    // `^ *` before it: only spaces back to the start of the text or of a line.
    let j = i - 1;
    while (j >= 0 && text.charCodeAt(j) === 32) j--;
    if (j < 0 || LINE_TERMINATOR.test(text[j]!)) return true;
    const c = text[i];
    if ((c === '|' || c === '>') && SPACE.test(text[i - 1]!) && i + 1 < text.length && !NOT_AFTER_BLOCK_INDICATOR.test(text[i + 1]!)) return true;
  }
  return false;
}

/** The data of a simple YAML mapping, or undefined when the reference path must decide. */
export function parseFast(text: string): Record<string, unknown> | undefined {
  return parseFastDocument(text)?.data;
}

export interface FastDocument {
  data: Record<string, unknown>;
  /**
   * Positions from the same pass (src/parse/positions.ts), read from its events on the first call;
   * undefined where `yaml` must give them.
   */
  locator(): ((pointer: string, atKey?: boolean) => Position) | undefined;
}

/** Data and positions of a simple YAML mapping in one js-yaml pass, or undefined (see parseFast). */
export function parseFastDocument(text: string): FastDocument | undefined {
  if (DECLINE.some(([quick, exact]) => quick.test(text) && (typeof exact === 'function' ? exact(text) : exact.test(text))) || dedentsToNoSibling(text)) return undefined;
  let data: unknown;
  const events = eventRecorder();
  try {
    // json: false makes duplicate keys an error (the reference path then reports them).
    data = jsYaml.load(text, { schema: FAST_SCHEMA, json: false, listener: events.listener });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  let located: { locate: ReturnType<FastDocument['locator']> } | undefined;
  return {
    data: data as Record<string, unknown>,
    locator: () => (located ??= { locate: eventLocator(text, events.root, data) }).locate,
  };
}

/**
 * js-yaml accepts some indentation that YAML forbids, e.g. `key:\n    - a\n- b` (found by
 * fuzzing). In well-formed block YAML a line that dedents lands on the column of an earlier line
 * (a sibling of the same kind): the most recent line that starts at or left of it has a dash or
 * content at that column too (`- a: 1` has a dash at 0 and content at 2), or a line before it at
 * that indent did (`key:` above an indentless `- item`). Anything else is left to the reference path.
 */
function dedentsToNoSibling(text: string): boolean {
  // Per line: the columns where something starts, each a dash (`- `) or content (a key, a scalar).
  const stack: { indent: number; starts: string[] }[] = [];
  let previousIndent = -1;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const lineStart = start;
    start = end + 1;
    let column = lineStart;
    while (column < end && text.charCodeAt(column) === 32) column++;
    const indent = column - lineStart;
    const starts: string[] = [];
    // `- ` (one or more spaces after the dash) opens a sequence entry; there may be several.
    while (text.charCodeAt(column) === 45 && text.charCodeAt(column + 1) === 32) {
      starts.push(`${column - lineStart}-`);
      column += 2;
      while (column < end && text.charCodeAt(column) === 32) column++;
    }
    const first = text.charCodeAt(column);
    const blank = column >= end || (column === end - 1 && first === 13);
    if (starts.length === 0 && (blank || first === 35)) continue; // empty line or comment
    starts.push(`${column - lineStart}:`);
    while (stack.length > 0 && stack.at(-1)!.indent > indent) stack.pop();
    // A sibling starts at the same column with the same kind: a dash under a dash, a key under a key.
    if (indent < previousIndent && !stack.at(-1)?.starts.includes(starts[0]!)) return true;
    // A line at the same indent keeps the kind of the lines it follows there: after `key:` an
    // indentless `- item` at that column, then `next:` is a sibling of `key:` again.
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) {
      const popped = stack.pop()!;
      if (popped.indent !== indent) continue;
      for (const kind of [`${indent}-`, `${indent}:`]) if (popped.starts.includes(kind) && !starts.includes(kind)) starts.push(kind);
    }
    stack.push({ indent, starts });
    previousIndent = indent;
  }
  return false;
}
