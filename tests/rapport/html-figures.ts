/**
 * Reads the figures back out of the HTML report with a real HTML parser (parse5): per section, per
 * row (data-key or data-file), the exact values of its figure cells (data-euro, data-count).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element {
  const document = parse(html, { sourceCodeLocationInfo: false });
  return document.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function elements(root: Node, predicate: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      if (predicate(node)) found.push(node);
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ('tagName' in node && node.tagName === 'template') visit((node as DefaultTreeAdapterMap['template']).content);
  };
  visit(root);
  return found;
}

export function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map(textOf).join('');
}

export function section(root: Element, id: string): Element {
  const [found] = elements(root, (e) => e.tagName === 'section' && attr(e, 'id') === id);
  if (!found) throw new Error(`no section #${id}`);
  return found;
}

export interface RowFigures {
  /** data-field or data-scenario → the exact value of data-euro (null when the cell says unknown). */
  euro: Record<string, bigint | null>;
  count: Record<string, number>;
  /** The row's cells' text, in order. */
  cells: string[];
}

/** The rows of a section's tables that carry a key (data-key or data-file), keyed by it. */
export function rows(root: Element, keyAttr: 'data-key' | 'data-file' = 'data-key'): Map<string, RowFigures> {
  const result = new Map<string, RowFigures>();
  for (const tr of elements(root, (e) => e.tagName === 'tr' && attr(e, keyAttr) !== undefined)) {
    const figures: RowFigures = { euro: {}, count: {}, cells: [] };
    for (const cell of elements(tr, (e) => e.tagName === 'td' || e.tagName === 'th')) {
      figures.cells.push(textOf(cell).trim());
      const name = attr(cell, 'data-scenario') ?? attr(cell, 'data-field');
      const euro = attr(cell, 'data-euro');
      if (name !== undefined && euro !== undefined) figures.euro[name] = euro === '' ? null : BigInt(euro);
      const count = attr(cell, 'data-count');
      if (count !== undefined) figures.count[count] = Number(textOf(cell));
    }
    result.set(attr(tr, keyAttr)!, figures);
  }
  return result;
}
