/**
 * The form's data → YAML text, through `yaml`'s Document: the document read from the file (or the
 * init skeleton) is edited in place, so comments, key order and the style of untouched values stay.
 * Scalars keep their comments when their value changes; keys the form adds go at the end of their
 * mapping; keys the form removed are deleted. List items are matched by identity (their content),
 * not by index, so a comment stays with the item it describes when another item is added or
 * removed. Unchanged data gives the text back byte for byte, and the layout `yaml` would normalise
 * (spaces before an inline comment, after a colon) is taken back from the original lines.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { yamlLib } from '../parse/yaml-lib.js';
import { canonicalJson } from '../review/application-summary.js';

export function parseForEditing(text: string): Document | undefined {
  const doc = yamlLib().parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: true, merge: false, prettyErrors: false, strict: true });
  return doc.errors.length === 0 ? doc : undefined;
}

export function documentText(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/**
 * The text `original` becomes when its data is replaced by `data`: the original itself when the
 * data is the same, else the edited document with the original's layout kept where the data allows.
 */
export function editedText(original: string, data: unknown, edit?: (doc: Document) => void): string {
  const doc = parseForEditing(original);
  if (!doc) throw new Error('the saved document no longer parses');
  if (canonicalJson(doc.toJS()) === canonicalJson(data)) return original;
  applyData(doc, data);
  edit?.(doc);
  return keepLayout(original, documentText(doc));
}

/** A line with its inner runs of blanks made one space and trailing blanks dropped (indentation kept). */
function shape(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0];
  return indent + line.slice(indent.length).replace(/[ \t]+/g, ' ').trimEnd();
}

/**
 * Lines of `produced` that differ from an original line only in blanks get the original line back
 * (in order, each original line once). Checked: the result must read as the same data and the same
 * comments as `produced` (blanks inside a quoted value are data); otherwise `produced` is kept.
 */
export function keepLayout(original: string, produced: string): string {
  const byShape = new Map<string, number[]>();
  const originalLines = original.split('\n');
  originalLines.forEach((line, i) => {
    const key = shape(line);
    const list = byShape.get(key);
    if (list) list.push(i);
    else byShape.set(key, [i]);
  });
  let last = -1;
  const lines = produced.split('\n').map((line) => {
    const candidates = byShape.get(shape(line));
    const next = candidates?.find((i) => i > last);
    if (next === undefined) return line;
    last = next;
    return originalLines[next]!;
  });
  const result = lines.join('\n');
  if (result === produced) return produced;
  const check = parseForEditing(result);
  const expected = parseForEditing(produced);
  if (!check || !expected || canonicalJson(check.toJS()) !== canonicalJson(expected.toJS()) || commentsOf(check) !== commentsOf(expected)) return produced;
  return result;
}

/** Every comment of a document in order, for the check above. */
function commentsOf(doc: Document): string {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const n = node as { commentBefore?: string | null; comment?: string | null; items?: unknown[]; key?: unknown; value?: unknown };
    if (n.commentBefore) found.push(n.commentBefore);
    if (n.comment) found.push(n.comment);
    if (Array.isArray(n.items)) for (const item of n.items) visit(item);
    if ('key' in n) visit(n.key);
    if ('value' in n && typeof n.value === 'object') visit(n.value);
  };
  if (doc.commentBefore) found.push(doc.commentBefore);
  visit(doc.contents);
  if (doc.comment) found.push(doc.comment);
  return found.join('\u0000');
}

/** Top-level entries two mappings share with the same value: how alike two list items are. */
function likeness(old: unknown, value: unknown): number {
  if (old === null || value === null || typeof old !== 'object' || typeof value !== 'object' || Array.isArray(old) || Array.isArray(value)) return 0;
  const a = old as Record<string, unknown>;
  const b = value as Record<string, unknown>;
  return Object.keys(b).filter((key) => Object.hasOwn(a, key) && canonicalJson(a[key]) === canonicalJson(b[key])).length;
}

/**
 * For each new item, the old item node it continues (or undefined: a new item). First items with
 * the same content; then, for an edited item, the old one most like it (most top-level entries the
 * same); when nothing was added or removed, what is left pairs by place.
 */
function matchItems(doc: Document, oldItems: readonly (YamlNode | undefined)[], values: readonly unknown[]): (YamlNode | undefined)[] {
  const oldData = oldItems.map((node) => (node ? (node.toJS(doc) as unknown) : undefined));
  const oldKeys = oldData.map((d) => canonicalJson(d));
  const used = new Set<number>();
  const matched: (number | undefined)[] = values.map((value) => {
    const key = canonicalJson(value);
    const j = oldKeys.findIndex((k, i) => !used.has(i) && k === key);
    if (j < 0) return undefined;
    used.add(j);
    return j;
  });
  values.forEach((value, i) => {
    if (matched[i] !== undefined) return;
    let best = -1;
    let bestScore = 0;
    oldData.forEach((old, j) => {
      if (used.has(j)) return;
      const score = likeness(old, value);
      if (score > bestScore) [best, bestScore] = [j, score];
    });
    if (best >= 0) {
      used.add(best);
      matched[i] = best;
    }
  });
  if (oldItems.length === values.length) values.forEach((_v, i) => {
    if (matched[i] === undefined && !used.has(i)) {
      used.add(i);
      matched[i] = i;
    }
  });
  return matched.map((j) => (j === undefined ? undefined : oldItems[j]));
}

function sameKind(node: YamlNode | null | undefined, value: unknown): boolean {
  if (Array.isArray(value)) return isSeq(node);
  if (value !== null && typeof value === 'object') return isMap(node);
  return isScalar(node) && typeof node.value === typeof value && (node.value === null) === (value === null);
}

/** A new node for a value, carrying over the comments of the node it replaces. */
function replacement(doc: Document, old: YamlNode | null | undefined, value: unknown): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  if (old) {
    if (old.commentBefore) node.commentBefore = old.commentBefore;
    if (old.comment) node.comment = old.comment;
  }
  return node;
}

/** Makes `node` hold `value`; returns the node to keep (itself, or a replacement). */
function sync(doc: Document, node: YamlNode | null | undefined, value: unknown): YamlNode {
  if (!sameKind(node, value)) return replacement(doc, node, value);
  if (isScalar(node)) {
    if (node.value !== value) {
      node.value = value;
      // A quoted style chosen for the old text may not suit the new one; let yaml choose again.
      if (typeof value !== 'string') delete node.type;
    }
    return node;
  }
  if (isSeq(node)) {
    const items = value as unknown[];
    const first = node.items[0] as YamlNode | undefined;
    const olds = matchItems(doc, node.items as (YamlNode | undefined)[], items);
    node.items = items.map((item, i) => sync(doc, olds[i], item));
    // `yaml` keeps the comment above the first item on the list: it goes where that item goes.
    const moved = first ? olds.indexOf(first) : 0;
    if (node.commentBefore && moved !== 0) {
      const target = moved > 0 ? (node.items[moved] as YamlNode) : undefined;
      if (target) target.commentBefore = target.commentBefore ? `${node.commentBefore}\n${target.commentBefore}` : node.commentBefore;
      delete node.commentBefore;
    }
    return node;
  }
  if (isMap(node)) {
    const record = value as Record<string, unknown>;
    const pairs = node.items as Pair<YamlNode, YamlNode | null>[];
    const keyOf = (pair: Pair<YamlNode, YamlNode | null>) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
    const kept: Pair<YamlNode, YamlNode | null>[] = [];
    for (const pair of pairs) {
      const key = keyOf(pair);
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      pair.value = sync(doc, pair.value, record[key]);
      kept.push(pair);
    }
    const present = new Set(kept.map(keyOf));
    for (const key of Object.keys(record)) {
      if (present.has(key)) continue;
      kept.push(doc.createPair(key, record[key]) as Pair<YamlNode, YamlNode | null>);
    }
    node.items = kept;
    return node;
  }
  return replacement(doc, node, value);
}

/** Replaces the document's content with `data`, keeping what can be kept. */
export function applyData(doc: Document, data: unknown): void {
  doc.contents = sync(doc, doc.contents as YamlNode | null, data) as typeof doc.contents;
}
