/**
 * What kind of value a field holds, read from the JSON Schemas (never a list of field names in
 * code): a money amount (`$defs/bedrag`), an identifier written as digits or letters plus digits
 * (AGB, KvK, UZOVI, CBS gemeentecode, zorgkantoorregio), free text, or something else. The checks
 * on the source text as typed (src/validate/as-written.ts) ask this per scalar.
 */
import type { DocumentKind } from '../report/types.js';
import { readSchema } from './schemas.js';

export type FieldKind = 'bedrag' | 'code' | 'text' | 'other';

/** Shared definitions that are identifiers: typed without quotes, YAML reads them as numbers. */
const CODE_DEFS = new Set(['agb', 'kvk', 'uzovi', 'gemeentecode', 'zorgkantoorregio']);

type Schema = Record<string, unknown>;

const schemas = new Map<string, Schema>();
function schemaFile(name: string): Schema {
  let schema = schemas.get(name);
  if (!schema) {
    schema = readSchema(name as 'defs');
    schemas.set(name, schema);
  }
  return schema;
}

/** A `$ref` → the file it is in and the schema it names (only `file#/$defs/name` and `#/$defs/name`). */
function follow(ref: string, file: string): { file: string; schema: Schema; def?: string } | undefined {
  const match = /^(?:([a-z]+)\.schema\.json)?#\/\$defs\/([\w-]+)$/.exec(ref);
  if (!match) return undefined;
  const target = match[1] ?? file;
  const defs = schemaFile(target).$defs as Record<string, Schema> | undefined;
  const schema = defs?.[match[2]!];
  return schema ? { file: target, schema, def: target === 'defs' ? match[2] : undefined } : undefined;
}

/** The schema at a path of segments (keys and list indexes), with the shared definition it refers to. */
function resolve(kind: DocumentKind, segments: readonly string[]): { schema: Schema; def?: string } | undefined {
  let file: string = kind;
  let schema: Schema | undefined = schemaFile(kind);
  let def: string | undefined;
  const deref = () => {
    for (let hops = 0; schema && typeof schema.$ref === 'string' && hops < 10; hops++) {
      const next = follow(schema.$ref, file);
      if (!next) return;
      file = next.file;
      schema = next.schema;
      def = next.def ?? def;
    }
  };
  deref();
  for (const segment of segments) {
    if (!schema) return undefined;
    def = undefined;
    const properties = schema.properties as Record<string, Schema> | undefined;
    if (properties && Object.prototype.hasOwnProperty.call(properties, segment)) schema = properties[segment];
    else if (schema.items && typeof schema.items === 'object' && /^\d+$/.test(segment)) schema = schema.items as Schema;
    else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') schema = schema.additionalProperties as Schema;
    else return undefined;
    deref();
  }
  return schema ? { schema, def } : undefined;
}

const cache = new Map<string, FieldKind>();

/** The kind of the field at a path; list indexes all count as one (`/begroting/0` and `/begroting/7` alike). */
export function fieldKind(kind: DocumentKind, segments: readonly string[]): FieldKind {
  const key = kind + '\u0000' + segments.map((s) => (/^\d+$/.test(s) ? '#' : s)).join('\u0000');
  let found = cache.get(key);
  if (found === undefined) {
    found = classify(resolve(kind, segments));
    cache.set(key, found);
  }
  return found;
}

function classify(resolved: { schema: Schema; def?: string } | undefined): FieldKind {
  if (!resolved) return 'other';
  const { schema, def } = resolved;
  if (def === 'bedrag') return 'bedrag';
  if (def && CODE_DEFS.has(def)) return 'code';
  // Free text: a string with no enumeration, pattern or format (titles, descriptions, names).
  if (schema.type === 'string' && !schema.enum && !schema.pattern && !schema.format && !schema.const) return 'text';
  return 'other';
}
