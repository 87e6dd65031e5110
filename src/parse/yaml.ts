/**
 * YAML text → data plus a lazy pointer → line/column locator. Uses `yaml` with the YAML 1.2 core
 * schema (so `NO` stays a string), unique keys, no custom tags and a bounded alias expansion.
 * Nothing in the input is ever executed: unknown tags are reported, never resolved to code.
 */
import type { Document, Node as YamlNode, Pair, ParsedNode, Range, YAMLMap } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { FILE_START, type Position } from '../report/types.js';
import { exceedsFlowDepth } from './depth.js';
import { decodePointer } from './pointer.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits.js';
import { diagnose, invisibleSpaces } from './diagnose.js';
import type { Fix, MessageArgs } from '../report/types.js';
import type { MessageIdOf } from '../rules/ids.js';


const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export interface ParsedDocument {
  data: unknown;
  /** The `yaml` document and its text, for checks on the source as typed. */
  source: { doc: Document.Parsed; text: string; position: (start: number, end: number) => Position };
  /** Position of the value at `pointer` (or of its key, with atKey); the nearest ancestor if absent. */
  locate(pointer: string, atKey?: boolean): Position;
}

/** The rules a YAML parse problem belongs to; each problem's message ID is one of its rule's. */
export type ParseProblemRule = 'bestand-leeg' | 'bestand-limiet' | 'yaml-syntaxis' | 'yaml-dubbele-sleutel' | 'yaml-onbekende-tag' | 'yaml-alias' | 'yaml-meerdere-documenten';

export type ParseProblemId = { [R in ParseProblemRule]: { ruleId: R; messageId: MessageIdOf<R> } }[ParseProblemRule];

export type ParseProblem = ParseProblemId & {
  args: MessageArgs;
  position: Position;
  fix?: Fix;
};

export type ParseOutcome = { ok: true; doc: ParsedDocument } | { ok: false; problems: ParseProblem[] };


export function parseYaml(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParseOutcome {
  const lineCounter = new (yamlLib().LineCounter)();
  const position = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const tooDeep = exceedsFlowDepth(text);
  if (tooDeep) {
    // The line counter fills while parsing, which this input never reaches: count lines here.
    const line = text.slice(0, tooDeep.offset).split('\n').length;
    const column = tooDeep.offset - text.lastIndexOf('\n', tooDeep.offset - 1);
    return fail({ ruleId: 'yaml-syntaxis', messageId: 'tooDeep', args: {}, position: { line, column, endLine: line, endColumn: column } });
  }
  // Invisible spaces where YAML needs a real one: every one of them, each with its repair.
  const invisible = invisibleSpaces(text, (start, end) => countedPosition(text, start, end));
  if (invisible.length > 0) {
    return {
      ok: false,
      problems: invisible.map((d): ParseProblem => ({ ruleId: 'yaml-syntaxis', messageId: d.messageId, args: d.args, position: countedPosition(text, d.start, d.end), ...(d.fix ? { fix: d.fix } : {}) })),
    };
  }
  try {
    const docs = yamlLib().parseAllDocuments(text, {
      schema: 'core',
      version: '1.2',
      // Duplicate keys are found in one pass below: the library compares each key with every earlier one.
      uniqueKeys: false,
      merge: false,
      prettyErrors: false,
      strict: true,
      lineCounter,
    });
    if (docs.length === 0) return fail({ ruleId: 'bestand-leeg', messageId: 'empty', args: {}, position: FILE_START });
    if (docs.length > 1) {
      const second = docs[1]!;
      return fail({
        ruleId: 'yaml-meerdere-documenten',
        messageId: 'multiple',
        args: { count: docs.length },
        position: position(second.range[0], second.range[0]),
      });
    }
    const doc = docs[0]!;
    const found = structure(doc, text, position, limits);
    // After the first syntax error the rest are mostly echoes of it (a broken file can yield
    // hundreds): report that first one, plus every duplicate key, which stands on its own.
    const firstSyntax = doc.errors[0];
    const problems: ParseProblem[] = [
      ...found.duplicates,
      ...(firstSyntax ? [syntaxProblem(text, firstSyntax.code, firstSyntax.pos, firstSyntax.message, position)] : []),
    ];
    if (problems.length > 0) return { ok: false, problems };
    if (isEmptyDocument(doc)) return fail({ ruleId: 'bestand-leeg', messageId: 'empty', args: {}, position: FILE_START });
    if (found.problems.length > 0) return { ok: false, problems: found.problems };

    // The walk bounded the aliases and the expanded size; the library's own count is off, and each
    // alias answers with the node the walk found for it (the library's lookup scans the document's
    // anchors and aliases from the start for every alias: quadratic).
    for (const [alias, target] of found.targets) Object.defineProperty(alias, 'resolve', { value: () => target });
    const data: unknown = doc.toJS({ maxAliasCount: -1 });
    return { ok: true, doc: { data, source: { doc, text, position }, locate: (pointer, atKey) => locate(doc, found.targets, pointer, atKey ?? false, position) } };
  } catch (error) {
    if (error instanceof RangeError) {
      return fail({ ruleId: 'yaml-syntaxis', messageId: 'tooDeep', args: {}, position: FILE_START });
    }
    throw error;
  }
}

/**
 * Only the locator, for a text the fast path already parsed: the same `yaml` parse and the same
 * positions as parseYaml, without the checks and the conversion to data it no longer needs.
 * Undefined if the text does not parse as one clean document (then the caller has no positions).
 */
export function locatorFor(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedDocument['locate'] | undefined {
  const lineCounter = new (yamlLib().LineCounter)();
  const position = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const doc = yamlLib().parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: false, merge: false, prettyErrors: false, strict: true, lineCounter });
  if (doc.errors.length > 0) return undefined;
  const found = structure(doc, text, position, limits);
  if (found.duplicates.length > 0 || found.problems.length > 0) return undefined;
  return (pointer, atKey) => locate(doc, found.targets, pointer, atKey ?? false, position);
}

function fail(problem: ParseProblem): ParseOutcome {
  return { ok: false, problems: [problem] };
}

/** The parser's first error, read again for its likely cause at the line that is wrong (diagnose.ts). */
function syntaxProblem(text: string, code: string, pos: [number, number], message: string, position: (s: number, e: number) => Position): ParseProblem {
  let diagnosis: ReturnType<typeof diagnose>;
  try {
    diagnosis = diagnose(text, code, pos[0], message);
  } catch {
    diagnosis = { messageId: 'syntax', args: { code }, start: pos[0], end: pos[1] };
  }
  const at = diagnosis.messageId === 'syntax' ? position(pos[0], pos[1]) : position(diagnosis.start, diagnosis.end);
  return { ruleId: 'yaml-syntaxis', messageId: diagnosis.messageId, args: diagnosis.args, position: at };
}

/** A position counted on the text itself, for problems found before the parser ran. */
function countedPosition(text: string, start: number, end: number): Position {
  const at = (offset: number) => {
    const line = text.slice(0, offset).split('\n').length;
    return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
  };
  const a = at(start);
  const b = at(Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** The key as written at the duplicate's position, cut short for the message. */
function duplicateKeyName(text: string, start: number): string {
  const line = text.slice(start, start + 200).split(/\r?\n/)[0] ?? '';
  const key = /^\s*(?:-\s+)?("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1] ?? line;
  return key.replace(/^["']|["']$/g, '').trim();
}

/** No content at all: nothing, or only comments and a bare `---` (an empty plain scalar). */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  if (contents === null) return true;
  return yamlLib().isScalar(contents) && contents.value === null && contents.source === '' && !contents.tag;
}

/** A step of the walk or the locator: counted so a test can show the cost grows linearly (tests/parse/cost.test.ts). */
export const parseWork = { steps: 0 };

interface Structure {
  problems: ParseProblem[];
  /** Duplicate keys, reported as the parser did before (it compared every key with every earlier one). */
  duplicates: ParseProblem[];
  /** Each alias's anchored node, found once (the library's own lookup walks the document per alias). */
  targets: Map<YamlNode, YamlNode>;
}

/**
 * One linear walk over the parsed document: tags outside the core schema, aliases without an
 * anchor or that contain themselves, duplicate keys, and the limits (aliases, keys per mapping,
 * nodes with every alias expanded). Iterative, so deep nesting cannot overflow the stack.
 */
function structure(doc: Document.Parsed, text: string, position: (s: number, e: number) => Position, limits: ParseLimits): Structure {
  const lib = yamlLib();
  const out: Structure = { problems: [], duplicates: [], targets: new Map() };
  const anchors = new Map<string, YamlNode>();
  /** Expanded size of every finished anchored node, for the aliases that point at it. */
  const sizes = new Map<YamlNode, number>();
  /** Anchored nodes whose content is still being walked: an alias to one of them contains itself. */
  const open = new Set<YamlNode>();
  let aliases = 0;
  let nodes = 0;
  const at = (node: YamlNode | null | undefined): Position => {
    const range = node?.range ?? [0, 0, 0];
    return position(range[0], range[1]);
  };
  type Frame = { node: YamlNode; children: (YamlNode | null)[]; next: number; before: number };
  const stack: Frame[] = [];
  const enter = (node: unknown): boolean => {
    parseWork.steps++;
    if (!node || !(lib.isNode(node))) return true;
    const tag = node.tag;
    if (tag && !CORE_TAGS.has(tag)) {
      const range = node.range ?? [0, 0, 0];
      // The node's range starts after its tag; the finding points at the tag itself.
      let tagStart = text.lastIndexOf('!', range[0]);
      while (tagStart > 0 && text[tagStart - 1] === '!') tagStart--;
      const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
      const start = tagStart >= lineStart ? tagStart : range[0];
      out.problems.push({ ruleId: 'yaml-onbekende-tag', messageId: 'tag', args: { tag: tag.replace(/^tag:yaml\.org,2002:/, '!!') }, position: position(start, range[1]) });
    }
    if (lib.isAlias(node)) {
      if (++aliases > limits.maxAliases) {
        out.problems.push({ ruleId: 'yaml-alias', messageId: 'tooMany', args: { limit: limits.maxAliases }, position: at(node) });
        return false;
      }
      const target = anchors.get(node.source);
      if (!target) {
        out.problems.push({ ruleId: 'yaml-syntaxis', messageId: 'unknownAlias', args: { detail: `*${node.source}` }, position: at(node) });
      } else if (open.has(target)) {
        out.problems.push({ ruleId: 'yaml-alias', messageId: 'circular', args: { name: node.source }, position: at(node) });
      } else {
        out.targets.set(node, target);
        nodes += sizes.get(target) ?? 1;
      }
    } else {
      nodes++;
    }
    if (nodes > limits.maxNodes) {
      // Mostly through aliases it is an alias bomb (billion laughs); otherwise a file of very many values.
      out.problems.push(
        aliases > 0
          ? { ruleId: 'yaml-alias', messageId: 'expansion', args: { limit: limits.maxNodes }, position: at(node) }
          : { ruleId: 'bestand-limiet', messageId: 'nodes', args: { limit: limits.maxNodes }, position: at(node) },
      );
      return false;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) {
      anchors.set(anchor, node);
      open.add(node);
    }
    const children: (YamlNode | null)[] = [];
    if (lib.isMap(node)) {
      if (node.items.length > limits.maxKeysPerMapping) {
        const first = node.items[limits.maxKeysPerMapping]!.key as YamlNode | null;
        out.problems.push({ ruleId: 'bestand-limiet', messageId: 'keys', args: { count: node.items.length, limit: limits.maxKeysPerMapping }, position: at(first ?? node) });
        return false;
      }
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        if (lib.isScalar(key)) {
          if (seen.has(key.value)) {
            const start = key.range?.[0] ?? 0;
            out.duplicates.push({ ruleId: 'yaml-dubbele-sleutel', messageId: 'duplicate', args: { key: duplicateKeyName(text, start) }, position: position(start, start + 1) });
          } else seen.add(key.value);
        }
        children.push(key, pair.value as YamlNode | null);
      }
    } else if (lib.isSeq(node)) {
      for (const item of node.items) children.push(item as YamlNode | null);
    }
    stack.push({ node, children, next: 0, before: nodes - 1 });
    return true;
  };
  const contents = doc.contents as YamlNode | null;
  if (!enter(contents)) return out;
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.next < frame.children.length) {
      if (!enter(frame.children[frame.next++])) return out;
      continue;
    }
    stack.pop();
    if (open.delete(frame.node)) sizes.set(frame.node, nodes - frame.before);
  }
  return out;
}

function keyText(key: unknown): string | undefined {
  if (yamlLib().isScalar(key)) return String(key.value);
  return undefined;
}

/** Per mapping, its pairs by key (the first of a duplicate, as a search from the start finds): built on the first lookup. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: YAMLMap, segment: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items as Pair[]) {
      parseWork.steps++;
      const key = keyText(item.key);
      if (key !== undefined && !index.has(key)) index.set(key, item);
    }
    pairIndex.set(map, index);
  }
  return index.get(segment);
}

function locate(
  doc: Document.Parsed,
  targets: Map<YamlNode, YamlNode>,
  pointer: string,
  atKey: boolean,
  position: (s: number, e: number) => Position,
): Position {
  let node: ParsedNode | null = doc.contents;
  let range: Range | null | undefined = node?.range;
  let keyRange: Range | null | undefined;
  for (const segment of decodePointer(pointer)) {
    parseWork.steps++;
    if (yamlLib().isAlias(node)) node = (targets.get(node) as ParsedNode | undefined) ?? null;
    if (yamlLib().isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) break;
      keyRange = (pair.key as ParsedNode | null)?.range;
      node = pair.value as ParsedNode | null;
      range = node?.range ?? keyRange;
    } else if (yamlLib().isSeq(node)) {
      const item = node.items[Number(segment)] as ParsedNode | undefined;
      if (item === undefined || !/^\d+$/.test(segment)) break;
      keyRange = undefined;
      node = item;
      range = item.range;
    } else {
      break;
    }
  }
  // A mapping or list is best shown at its key: its first child may be lines further down.
  const useKey = keyRange && (atKey || yamlLib().isCollection(node) || node === null);
  const chosen = useKey ? keyRange : range;
  if (!chosen) return FILE_START;
  return position(chosen[0], chosen[1]);
}
