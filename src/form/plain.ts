/**
 * Findings in the applicant's words: the same finding as `check` gives (rule, messageId,
 * arguments), its text rendered again with the form's own names for places: "Lid 1 › Sector"
 * where `check` writes `aanvrager.leden[0].sector`. No rule id or path is left in the text; the
 * rule id stays on the finding for assessors.
 */
import { decodePointer, encodePointer, readablePath } from '../parse/pointer.js';
import type { Finding, Lang, MessageArgs } from '../report/types.js';
import { renderMessage } from '../rules/define.js';
import { findRule } from '../rules/index.js';
import type { FormNode } from './model.js';

const WHOLE: Record<Lang, string> = { nl: 'de aanvraag', en: 'the application' };

/** `/aanvrager/leden/0/sector` → "Aanvrager › Lid 1 › Sector": labels, list items counted from 1. */
export function plainPath(model: FormNode, pointer: string, lang: Lang): string {
  const parts: string[] = [];
  let node: FormNode | undefined = model;
  for (const segment of decodePointer(pointer)) {
    if (!node) {
      parts.push(segment);
      continue;
    }
    if (node.type === 'array' && node.item && /^(0|[1-9]\d*)$/.test(segment)) {
      // The list's own name is said by its item's: "Lid 1", not "Leden › Lid 1".
      if (parts.at(-1) === node.label) parts.pop();
      parts.push(`${node.item.label} ${Number(segment) + 1}`);
      node = node.item;
    } else {
      const child: FormNode | undefined = node.children?.find((c) => c.key === segment);
      parts.push(child?.label ?? segment);
      node = child;
    }
  }
  return parts.length ? parts.join(' › ') : WHOLE[lang];
}

/** `begroting[3].bedrag` (readablePath) → `/begroting/3/bedrag`; undefined for other text. */
export function pointerOfReadable(text: string): string | undefined {
  if (text === '(document)') return '';
  const segments: string[] = [];
  let rest = text;
  const first = /^[\p{L}\p{N}_-]+/u.exec(rest);
  if (!first) return undefined;
  segments.push(first[0]);
  rest = rest.slice(first[0].length);
  while (rest) {
    const m = /^(?:\.([\p{L}\p{N}_-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/u.exec(rest);
    if (!m) return undefined;
    segments.push(m[1] ?? m[2] ?? (JSON.parse(m[3]!) as string));
    rest = rest.slice(m[0].length);
  }
  const pointer = encodePointer(segments);
  return readablePath(pointer) === text ? pointer : undefined;
}

/** The finding's text with every place named as the form names it. */
export function plainMessage(finding: Finding, model: FormNode, lang: Lang): string {
  const rule = findRule(finding.ruleId);
  const template = (rule?.messages as Record<string, Record<Lang, string>> | undefined)?.[finding.messageId]?.[lang];
  if (!template) return finding.message;
  const args: MessageArgs = {};
  let changed = false;
  for (const [key, value] of Object.entries(finding.args)) {
    const pointer = typeof value === 'string' && (key === 'path' || /[.[]/.test(value)) ? pointerOfReadable(value) : undefined;
    // Only a path into the application is renamed; a file name or an amount is left as it is.
    const known = pointer !== undefined && (pointer === '' || model.children?.some((c) => c.key === decodePointer(pointer)[0]));
    if (known) {
      args[key] = plainPath(model, pointer, lang);
      changed = true;
    } else {
      args[key] = value;
    }
  }
  return changed ? renderMessage(template, args, lang) : finding.message;
}
