/**
 * One self-contained schema for editors and other tools: the shared definitions from
 * defs.schema.json are copied in and every `defs.schema.json#/$defs/x` reference points inside.
 * A definition of the schema's own with the name of a shared one is kept under `<schema>.<name>`,
 * and the schema's references to it follow (referentielijsten has its own `bron`).
 */
import { readSchema, type SchemaName } from './schemas.js';

export const EXPORTABLE_SCHEMAS = ['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling', 'report'] as const;
export type ExportableSchema = (typeof EXPORTABLE_SCHEMAS)[number];

const DEFS_REF = 'defs.schema.json#/$defs/';
const OWN_REF = '#/$defs/';

/** Rewrites every `$ref` string in a schema tree. */
function mapRefs(node: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === '$ref' && typeof value === 'string' ? rewrite(value) : mapRefs(value, rewrite);
  return out;
}

export function bundledSchema(name: ExportableSchema): Record<string, unknown> {
  const shared = (readSchema('defs').$defs ?? {}) as Record<string, unknown>;
  const original = readSchema(name as SchemaName);
  const clashes = new Set(Object.keys((original.$defs ?? {}) as Record<string, unknown>).filter((k) => k in shared));
  const renamed = (key: string) => (clashes.has(key) ? `${name}.${key}` : key);
  const schema = mapRefs(original, (ref) => {
    if (ref.startsWith(DEFS_REF)) return OWN_REF + ref.slice(DEFS_REF.length);
    if (ref.startsWith(OWN_REF)) {
      const [key = '', ...rest] = ref.slice(OWN_REF.length).split('/');
      return OWN_REF + [renamed(key), ...rest].join('/');
    }
    return ref;
  }) as Record<string, unknown>;
  const own = Object.fromEntries(Object.entries((schema.$defs ?? {}) as Record<string, unknown>).map(([key, value]) => [renamed(key), value]));
  return { ...schema, $defs: { ...own, ...shared } };
}
