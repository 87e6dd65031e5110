/**
 * Numbers as typed. The form sends amounts, fte and years as the text the applicant typed; here
 * that text becomes the value's source text in the YAML document, so `check`'s as-typed reader
 * (src/validate/as-written.ts: bedrag-notatie and the schema's own wording) judges exactly what was
 * typed, in one implementation: `300.000` in an amount is check's bedrag-notatie finding at that
 * field, with its fix. Text that is not one plain YAML scalar written back as typed ("1e3" would
 * come back as "1e+3") stays a quoted text, which check reports as text where a number belongs.
 * Nothing typed is ever changed into another value.
 */
import { isScalar, type Document, type Node as YamlNode } from 'yaml';
import { yamlLib } from '../parse/yaml-lib.js';
import { PLACEHOLDER } from '../validate/placeholders.js';
import type { FormNode } from './model.js';

const NUMERIC = new Set(['integer', 'number']);

/** The plain scalar the typed text is in YAML, when YAML writes it back exactly as typed. */
export function typedScalar(text: string): YamlNode | undefined {
  if (text.trim() !== text || text === '' || /[\n\r#]/.test(text)) return undefined;
  const parsed = yamlLib().parseDocument(text, { schema: 'core', version: '1.2', strict: true });
  const node = parsed.contents;
  if (parsed.errors.length > 0 || !isScalar(node) || node.type !== 'PLAIN') return undefined;
  const probe = yamlLib().parseDocument('x: 0\n');
  probe.set('x', node);
  return probe.toString({ lineWidth: 0 }) === `x: ${text}\n` ? (node as YamlNode) : undefined;
}

/** Puts every typed number of `data` into `doc` as typed (doc already holds `data`, the numbers as texts). */
export function applyTyped(doc: Document, model: FormNode, data: unknown): void {
  const walk = (node: FormNode, value: unknown, path: (string | number)[]) => {
    if (node.type === 'object' && node.children && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const child of node.children) {
        if (Object.prototype.hasOwnProperty.call(value, child.key)) walk(child, (value as Record<string, unknown>)[child.key], [...path, child.key]);
      }
    } else if (node.type === 'array' && node.item && Array.isArray(value)) {
      value.forEach((item, index) => walk(node.item!, item, [...path, index]));
    } else if (NUMERIC.has(node.type) && typeof value === 'string' && !PLACEHOLDER.test(value.trim())) {
      const scalar = typedScalar(value);
      if (!scalar) return;
      const old = doc.getIn(path, true) as YamlNode | undefined;
      if (old?.comment) scalar.comment = old.comment;
      if (old?.commentBefore) scalar.commentBefore = old.commentBefore;
      doc.setIn(path, scalar);
    }
  };
  walk(model, data, []);
}
