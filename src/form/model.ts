/**
 * The application schema → a form model: one node per field, with its label and help (the schema's
 * `title` and `description`; in English from the catalogue in labels-en.ts), its input type, its
 * choices and whether it is required. Nothing here names a field of the application: the schema is
 * walked as it is, so a changed schema gives a changed form. The modelplan adds its norms and
 * choices afterwards (frame-links.ts).
 */
import type { Lang } from '../report/types.js';
import { schemaText } from '../validate/schema-files.js';
import { englishLabel } from './labels-en.js';

export type FieldType = 'object' | 'array' | 'text' | 'integer' | 'number' | 'boolean' | 'select' | 'date' | 'email' | 'const';

export interface FormOption {
  value: string;
  label: string;
  /** Sibling fields this choice fills in (an insurer's name fills its UZOVI code). */
  fill?: Record<string, string>;
}

export interface FormNode {
  /** The property name; `*` for an array's item; '' for the root. */
  key: string;
  /** JSON pointer template: array indices are a star, as in /begroting/STAR/bedrag. */
  template: string;
  type: FieldType;
  label: string;
  help?: string;
  /** What a value must look like (the schema's x-verwacht), shown as the input's hint. */
  expected?: string;
  required: boolean;
  options?: FormOption[];
  /** The one allowed value (`const`) or a value the modelplan fixes; shown, not editable. */
  fixed?: string | number | boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  /** A list's least number of items (the schema's minItems): the last ones cannot be removed. */
  minItems?: number;
  /** Items of a list the modelplan requires (by their `id`): they cannot be removed. */
  mandatoryIds?: string[];
  /** A long text: a text area, not a one-line field (src/form/presentation.ts). */
  multiline?: boolean;
  /** Choices the form takes from the document itself: the members entered so far. */
  choicesFrom?: 'leden';
  /** Norms of the modelplan shown beside the field. */
  norms?: string[];
  children?: FormNode[];
  item?: FormNode;
}

type Schema = Record<string, unknown>;

const schemaCache = new Map<string, Schema>();
function schemaFile(name: string): Schema {
  let schema = schemaCache.get(name);
  if (!schema) {
    schema = JSON.parse(schemaText(name)) as Schema;
    schemaCache.set(name, schema);
  }
  return schema;
}

/** Follows `$ref`s (to another schema file or within one); the referring schema's own keys win. */
function resolve(schema: Schema, file: string, depth = 0): { schema: Schema; file: string } {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || depth > 20) return { schema, file };
  const [target, fragment = ''] = ref.split('#');
  const targetFile = target ? target.replace(/\.schema\.json$/, '') : file;
  let node: unknown = schemaFile(targetFile);
  for (const segment of fragment.split('/').filter(Boolean)) node = (node as Schema)[segment];
  if (!node || typeof node !== 'object') throw new Error(`unresolved $ref ${ref} in ${file}`);
  const inner = resolve(node as Schema, targetFile, depth + 1);
  const { $ref: _ref, ...own } = schema;
  return { schema: { ...inner.schema, ...own }, file: inner.file };
}

function typeOf(schema: Schema): FieldType {
  if (schema.const !== undefined) return 'const';
  if (Array.isArray(schema.enum)) return 'select';
  switch (schema.type) {
    case 'object':
      return 'object';
    case 'array':
      return 'array';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      if (schema.format === 'date') return 'date';
      if (schema.format === 'email') return 'email';
      return 'text';
  }
}

function build(raw: Schema, file: string, key: string, template: string, required: boolean, lang: Lang): FormNode {
  const { schema, file: here } = resolve(raw, file);
  const type = typeOf(schema);
  const dutch = { label: typeof schema.title === 'string' ? schema.title : key, help: typeof schema.description === 'string' ? schema.description : undefined };
  const english = lang === 'en' ? englishLabel(template) : undefined;
  const label = english?.label ?? dutch.label;
  const help = english ? english.help : dutch.help;
  const node: FormNode = { key, template, type, label, required };
  if (help !== undefined) node.help = help;
  const expected = schema['x-verwacht'] as Record<Lang, string> | undefined;
  if (expected?.[lang]) node.expected = expected[lang];
  if (type === 'const') node.fixed = schema.const as string | number | boolean;
  if (type === 'select') node.options = (schema.enum as unknown[]).map((v) => ({ value: String(v), label: String(v) }));
  if (typeof schema.minimum === 'number') node.min = schema.minimum;
  if (typeof schema.maximum === 'number') node.max = schema.maximum;
  if (typeof schema.maxLength === 'number') node.maxLength = schema.maxLength;
  if (typeof schema.minItems === 'number' && schema.minItems > 0) node.minItems = schema.minItems;
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const requiredKeys = new Set((schema.required ?? []) as string[]);
    node.children = Object.entries(properties).map(([child, childSchema]) =>
      build(childSchema, here, child, `${template}/${escapeSegment(child)}`, requiredKeys.has(child), lang),
    );
  }
  if (type === 'array' && schema.items && typeof schema.items === 'object') {
    node.item = build(schema.items as Schema, here, '*', `${template}/*`, true, lang);
  }
  return node;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The form model of a schema file (default: the application). */
export function formModel(lang: Lang, schemaName = 'aanvraag'): FormNode {
  return build(schemaFile(schemaName), schemaName, '', '', true, lang);
}

/** Every node of a model, depth first (the root included). */
export function allNodes(root: FormNode): FormNode[] {
  const out: FormNode[] = [];
  const walk = (node: FormNode) => {
    out.push(node);
    node.children?.forEach(walk);
    if (node.item) walk(node.item);
  };
  walk(root);
  return out;
}

/** The node at a pointer template, if any. */
export function nodeAt(root: FormNode, template: string): FormNode | undefined {
  return allNodes(root).find((n) => n.template === template);
}
