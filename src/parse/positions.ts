/**
 * Positions from the fast pass itself: js-yaml's `listener` option (in its loader, not in its
 * README) reports every node it composes, 'open' before and 'close' after, with the parser state.
 * Those events form a tree; read against the text, the tree gives every node the source range
 * `yaml` would give it (start of the node, end of its value), so a file with findings needs no
 * second parse for its positions. Where the tree has a shape this reader does not know (a flow
 * pair, a key like `2027`, a lone CR), it gives no locator and the caller asks `yaml` as before.
 * tests/parse/fast-path.test.ts checks every pointer, key and value, against `yaml`'s locator.
 */
import { FILE_START, type Position } from '../report/types.js';
import { decodePointer } from './pointer.js';

/** One composeNode call of js-yaml: where it opened, what it made and where it stopped. */
export interface EventFrame {
  open: number;
  close: number;
  kind: string | null;
  children: EventFrame[];
}

/** Records the event tree; `root.children[0]` is the document's node once loading is done. */
export function eventRecorder(): { root: EventFrame; listener: (event: 'open' | 'close', state: { position: number; kind: string | null }) => void } {
  const root: EventFrame = { open: 0, close: 0, kind: null, children: [] };
  const stack: EventFrame[] = [root];
  let top = root;
  return {
    root,
    listener(event, state) {
      if (event === 'open') {
        const frame: EventFrame = { open: state.position, close: 0, kind: null, children: [] };
        top.children.push(frame);
        stack.push(frame);
        top = frame;
      } else {
        top.close = state.position;
        top.kind = state.kind;
        stack.pop();
        top = stack[stack.length - 1]!;
      }
    },
  };
}

type Range = [start: number, end: number];

interface PositionNode {
  range: Range;
  collection: boolean;
  /** A flow collection (`[a, b]`, `{a: b}`): it ends at its bracket. */
  flow?: boolean;
  /** An empty value (`key:`): a collection that ends with one ends right there. */
  empty?: boolean;
  /** A block scalar (`|`, `>`): its range already ends at a line's end. */
  block?: boolean;
  entries?: Map<string, { key: Range; value: PositionNode }>;
  items?: PositionNode[];
}

class Unknown extends Error {}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13;

/** Past spaces, line breaks and comments: where the next node starts. */
function skipToContent(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (isSpace(c)) at++;
    else if (c === 35) {
      const newline = text.indexOf('\n', at);
      if (newline === -1) return text.length;
      at = newline + 1;
    } else return at;
  }
}

/** Back over trailing spaces and line breaks: where a scalar's value ends. */
function trimEnd(text: string, end: number, start: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** After a value: past spaces and a comment on its line, and that line's break (as `yaml` counts a collection's end). */
function lineEnd(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  if (text.charCodeAt(at) === 35) {
    const newline = text.indexOf('\n', at);
    return newline === -1 ? text.length : newline + 1;
  }
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  if (text.charCodeAt(at) === 10) return at + 1;
  return at;
}

/**
 * A frame that only wraps the node it composed: js-yaml first tries a block mapping, composing a
 * candidate key; when no `:` follows, that scalar is the node (a failed candidate has no kind).
 */
function unwrap(frame: EventFrame): EventFrame {
  while (frame.kind === 'scalar' && frame.children.length > 0) {
    const made = frame.children.filter((child) => child.kind !== null);
    if (made.length === 0) return { ...frame, children: [] };
    if (made.length !== 1 || made[0]!.kind !== 'scalar') throw new Unknown();
    frame = made[0]!;
  }
  return frame;
}

/** Where `yaml` ends a block scalar: after its last line, and after trailing empty lines only when kept (`|+`). */
function blockScalarEnd(text: string, start: number, close: number): number {
  let end = Math.min(close, text.length);
  // js-yaml may stop past the next line's indentation.
  let back = end;
  while (back > start && text.charCodeAt(back - 1) === 32) back--;
  if (back > start && text.charCodeAt(back - 1) === 10) end = back;
  const header = /^[|>][0-9+-]*/.exec(text.slice(start, start + 4))?.[0] ?? '';
  // Kept (`|+`), or no content at all: the empty lines are the scalar's.
  const headerEnd = text.indexOf('\n', start);
  if (header.includes('+') || headerEnd === -1) return end;
  const body = text.slice(headerEnd + 1, end);
  if (/^[\r\n]*$/.test(body)) {
    // No content: `yaml` keeps one empty line (suite K858); where more follow, not worked out here.
    if (body.replace(/\r/g, '').length > 1) throw new Unknown();
    return end;
  }
  for (;;) {
    if (text.charCodeAt(end - 1) !== 10) return end;
    if (text.charCodeAt(end - 2) === 10) end -= 1;
    else if (text.charCodeAt(end - 2) === 13 && text.charCodeAt(end - 3) === 10) end -= 2;
    else return end;
  }
}

function build(text: string, frame: EventFrame, data: unknown): PositionNode {
  frame = unwrap(frame);
  if (frame.kind === null) {
    // An empty value: `yaml` puts it right after the `:` and the spaces that follow.
    if (data !== null || frame.children.some((child) => child.kind !== null)) throw new Unknown();
    let at = frame.open;
    while (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === 35) throw new Unknown();
    return { range: [at, at], collection: false, empty: true };
  }
  const start = skipToContent(text, frame.open);
  if (frame.kind === 'scalar') {
    if (frame.children.length > 0 || (data !== null && typeof data === 'object')) throw new Unknown();
    const c = text.charCodeAt(start);
    if (c === 124 || c === 62) return { range: [start, blockScalarEnd(text, start, frame.close)], collection: false, block: true };
    return { range: [start, trimEnd(text, frame.close, start)], collection: false };
  }
  const flow = text.charCodeAt(start) === 91 || text.charCodeAt(start) === 123;
  // A flow collection ends at its bracket, where js-yaml stops.
  if (flow && text.charCodeAt(frame.close - 1) !== (text.charCodeAt(start) === 91 ? 93 : 125)) throw new Unknown();
  if (frame.kind === 'mapping') {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Unknown();
    // Keys in the order written; a key like `2027` would come first in a JavaScript object.
    const keys = Object.keys(data);
    if (frame.children.length !== keys.length * 2 || keys.some((key) => /^(?:0|[1-9][0-9]*)$/.test(key))) throw new Unknown();
    const entries = new Map<string, { key: Range; value: PositionNode }>();
    for (let i = 0; i < frame.children.length; i += 2) {
      const keyFrame = frame.children[i]!;
      if (keyFrame.kind !== 'scalar' || keyFrame.children.length > 0) throw new Unknown();
      const keyStart = skipToContent(text, keyFrame.open);
      const keyEnd = trimEnd(text, keyFrame.close, keyStart);
      const keyName = keys[i / 2]!;
      const value = build(text, frame.children[i + 1]!, (data as Record<string, unknown>)[keyName]);
      entries.set(keyName, { key: [keyStart, keyEnd], value });
    }
    const last = [...entries.values()].at(-1);
    const end = flow ? frame.close : last ? collectionEnd(text, start, last.value) : start;
    return { range: [start, end], collection: true, flow, entries };
  }
  if (frame.kind === 'sequence') {
    if (!Array.isArray(data) || frame.children.length !== data.length) throw new Unknown();
    const items = frame.children.map((child, i) => build(text, child, data[i]));
    const last = items.at(-1);
    const end = flow ? frame.close : last ? collectionEnd(text, start, last) : start;
    return { range: [start, end], collection: true, flow, items };
  }
  throw new Unknown();
}

/**
 * A block collection ends after its last value's line (a nested block collection has that end
 * already), and takes in the comment lines that follow at its own indent or deeper (never at
 * column 0), as `yaml` counts them; blank lines count only before such a comment.
 */
function collectionEnd(text: string, start: number, last: PositionNode): number {
  if (last.empty) return last.range[1];
  let end = (last.collection && !last.flow) || last.block ? last.range[1] : lineEnd(text, last.range[1]);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = start - lineStart;
  // A compact collection (`- - a`, `- key: a`) counts its indent differently in `yaml`; not worked out here.
  const compact = text.slice(lineStart, start).trim() !== '';
  for (let at = end; at < text.length; ) {
    let column = at;
    while (text.charCodeAt(column) === 32) column++;
    const c = text.charCodeAt(column);
    const newline = text.indexOf('\n', column);
    const next = newline === -1 ? text.length : newline + 1;
    if (c === 35 && column - at >= indent && column > at) {
      if (compact) throw new Unknown();
      end = next;
    }
    else if (!(c === 10 || (c === 13 && text.charCodeAt(column + 1) === 10) || column >= text.length)) break;
    at = next;
  }
  return end;
}

/** Line starts of a text, for offset → line/column as `yaml`'s LineCounter gives them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function linePos(starts: number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length;
  while (low + 1 < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid;
  }
  return { line: low + 1, col: offset - starts[low]! + 1 };
}

/**
 * pointer → position exactly as src/parse/yaml.ts's locate gives it, or undefined when the event
 * tree has a shape this reader leaves to `yaml`. Called only when a position is asked for (see
 * FastDocument.locator), so a file without findings never reads its tree.
 */
export function eventLocator(text: string, root: EventFrame, data: unknown): ((pointer: string, atKey?: boolean) => Position) | undefined {
  if (root.children.length !== 1 || /\r(?!\n)/.test(text)) return undefined;
  let tree: PositionNode;
  try {
    tree = build(text, root.children[0]!, data);
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
  let starts: number[] | undefined;
  const position = ([s, e]: Range): Position => {
    starts ??= lineStarts(text);
    const a = linePos(starts, s);
    const b = linePos(starts, Math.max(s, e));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  return (pointer, atKey = false) => {
    let node: PositionNode = tree;
    let range: Range = node.range;
    let keyRange: Range | undefined;
    for (const segment of decodePointer(pointer)) {
      if (node.entries) {
        const entry = node.entries.get(segment);
        if (!entry) break;
        keyRange = entry.key;
        node = entry.value;
        range = node.range;
      } else if (node.items) {
        const item = node.items[Number(segment)];
        if (item === undefined || !/^\d+$/.test(segment)) break;
        keyRange = undefined;
        node = item;
        range = item.range;
      } else break;
    }
    const chosen = keyRange && (atKey || node.collection) ? keyRange : range;
    return chosen ? position(chosen) : FILE_START;
  };
}
