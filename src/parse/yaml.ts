/**
 * YAML text → data plus a lazy pointer → line/column locator. Uses `yaml` with the YAML 1.2 core
 * schema (so `NO` stays a string), unique keys, no custom tags and a bounded alias expansion.
 * Nothing in the input is ever executed: unknown tags are reported, never resolved to code.
 */
import type { Document, Node as YamlNode, ParsedNode, Range } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { FILE_START, type Position } from '../report/types.js';
import { exceedsFlowDepth } from './depth.js';
import { decodePointer } from './pointer.js';
import { diagnose, invisibleSpaces } from './diagnose.js';
import type { Fix, MessageArgs } from '../report/types.js';
import type { MessageIdOf } from '../rules/ids.js';

/** Expansions allowed for aliases before a file counts as an alias bomb. */
export const MAX_ALIAS_EXPANSIONS = 100;

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
export type ParseProblemRule = 'bestand-leeg' | 'yaml-syntaxis' | 'yaml-dubbele-sleutel' | 'yaml-onbekende-tag' | 'yaml-alias' | 'yaml-meerdere-documenten';

export type ParseProblemId = { [R in ParseProblemRule]: { ruleId: R; messageId: MessageIdOf<R> } }[ParseProblemRule];

export type ParseProblem = ParseProblemId & {
  args: MessageArgs;
  position: Position;
  fix?: Fix;
};

export type ParseOutcome = { ok: true; doc: ParsedDocument } | { ok: false; problems: ParseProblem[] };


export function parseYaml(text: string): ParseOutcome {
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
      uniqueKeys: true,
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
    // After the first syntax error the rest are mostly echoes of it (a broken file can yield
    // hundreds): report that first one, plus every duplicate key, which stands on its own.
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    const problems: ParseProblem[] = [
      ...duplicates.map((error): ParseProblem => ({
        ruleId: 'yaml-dubbele-sleutel',
        messageId: 'duplicate',
        args: { key: duplicateKeyName(text, error.pos[0]) },
        position: position(error.pos[0], error.pos[1]),
      })),
      ...(firstSyntax
        ? [syntaxProblem(text, firstSyntax.code, firstSyntax.pos, firstSyntax.message, position)]
        : []),
    ];
    if (problems.length > 0) return { ok: false, problems };
    if (isEmptyDocument(doc)) return fail({ ruleId: 'bestand-leeg', messageId: 'empty', args: {}, position: FILE_START });

    const structural = structuralProblems(doc, text, position);
    if (structural.length > 0) return { ok: false, problems: structural };

    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    return { ok: true, doc: { data, source: { doc, text, position }, locate: (pointer, atKey) => locate(doc, pointer, atKey ?? false, position) } };
  } catch (error) {
    if (error instanceof RangeError) {
      return fail({ ruleId: 'yaml-syntaxis', messageId: 'tooDeep', args: {}, position: FILE_START });
    }
    if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
      return fail({ ruleId: 'yaml-alias', messageId: 'tooMany', args: { limit: MAX_ALIAS_EXPANSIONS }, position: FILE_START });
    }
    throw error;
  }
}

/**
 * Only the locator, for a text the fast path already parsed: the same `yaml` parse and the same
 * positions as parseYaml, without the checks and the conversion to data it no longer needs.
 * Undefined if the text does not parse as one clean document (then the caller has no positions).
 */
export function locatorFor(text: string): ParsedDocument['locate'] | undefined {
  const lineCounter = new (yamlLib().LineCounter)();
  const position = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const doc = yamlLib().parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: true, merge: false, prettyErrors: false, strict: true, lineCounter });
  if (doc.errors.length > 0) return undefined;
  return (pointer, atKey) => locate(doc, pointer, atKey ?? false, position);
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

/** Tags outside the core schema and aliases that contain themselves. */
function structuralProblems(doc: Document.Parsed, text: string, position: (s: number, e: number) => Position): ParseProblem[] {
  const problems: ParseProblem[] = [];
  yamlLib().visit(doc, {
    Node(_key, node, path) {
      const tag = (node as YamlNode).tag;
      if (tag && !CORE_TAGS.has(tag)) {
        const range = (node as YamlNode).range ?? [0, 0, 0];
        // The node's range starts after its tag; the finding points at the tag itself.
        let tagStart = text.lastIndexOf('!', range[0]);
        while (tagStart > 0 && text[tagStart - 1] === '!') tagStart--;
        const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
        const start = tagStart >= lineStart ? tagStart : range[0];
        problems.push({
          ruleId: 'yaml-onbekende-tag',
          messageId: 'tag',
          args: { tag: tag.replace(/^tag:yaml\.org,2002:/, '!!') },
          position: position(start, range[1]),
        });
      }
      if (yamlLib().isAlias(node)) {
        const target = node.resolve(doc);
        if (!target) {
          const range = node.range ?? [0, 0, 0];
          problems.push({ ruleId: 'yaml-syntaxis', messageId: 'unknownAlias', args: { detail: `*${node.source}` }, position: position(range[0], range[1]) });
        } else if ((path as readonly unknown[]).includes(target)) {
          const range = node.range ?? [0, 0, 0];
          problems.push({ ruleId: 'yaml-alias', messageId: 'circular', args: { name: node.source }, position: position(range[0], range[1]) });
        }
      }
      return undefined;
    },
  });
  return problems;
}

function keyText(key: unknown): string | undefined {
  if (yamlLib().isScalar(key)) return String(key.value);
  return undefined;
}

function locate(
  doc: Document.Parsed,
  pointer: string,
  atKey: boolean,
  position: (s: number, e: number) => Position,
): Position {
  let node: ParsedNode | null = doc.contents;
  let range: Range | null | undefined = node?.range;
  let keyRange: Range | null | undefined;
  for (const segment of decodePointer(pointer)) {
    if (yamlLib().isAlias(node)) node = (node.resolve(doc) as ParsedNode | undefined) ?? null;
    if (yamlLib().isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === segment);
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
