/**
 * The form's data → YAML text, through `yaml`'s Document: the document read from the file (or the
 * init skeleton) is edited in place, so comments, key order and the style of untouched values stay.
 * Scalars keep their comments when their value changes; keys the form adds go at the end of their
 * mapping; keys the form removed are deleted.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { yamlLib } from '../parse/yaml-lib.js';

export function parseForEditing(text: string): Document | undefined {
  const doc = yamlLib().parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: true, merge: false, prettyErrors: false, strict: true });
  return doc.errors.length === 0 ? doc : undefined;
}

export function documentText(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
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
    node.items = items.map((item, i) => sync(doc, node.items[i] as YamlNode | undefined, item));
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
