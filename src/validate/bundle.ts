/**
 * One self-contained schema for editors and other tools: the shared definitions from
 * defs.schema.json are copied in and every `defs.schema.json#/$defs/x` reference points inside.
 */
import { readSchema, type SchemaName } from './schemas.js';

export const EXPORTABLE_SCHEMAS = ['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling', 'report'] as const;
export type ExportableSchema = (typeof EXPORTABLE_SCHEMAS)[number];

const DEFS_REF = 'defs.schema.json#/$defs/';

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith(DEFS_REF) ? `#/$defs/${value.slice(DEFS_REF.length)}` : rewriteRefs(value);
  }
  return out;
}

export function bundledSchema(name: ExportableSchema): Record<string, unknown> {
  const schema = rewriteRefs(readSchema(name as SchemaName)) as Record<string, unknown>;
  const shared = (readSchema('defs').$defs ?? {}) as Record<string, unknown>;
  const own = (schema.$defs ?? {}) as Record<string, unknown>;
  const clash = Object.keys(own).find((k) => k in shared);
  if (clash) throw new Error(`schema ${name} defines $defs/${clash}, which defs.schema.json has too`);
  return { ...schema, $defs: { ...own, ...shared } };
}
