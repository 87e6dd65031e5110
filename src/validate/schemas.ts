/** One Ajv instance; each schema compiled once, on first use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { DocumentKind } from '../report/types.js';
import { SCHEMA_DIR } from '../paths.js';

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_FILES = ['defs', 'aanvraag', 'modelplan', 'budgetkader'] as const;
/** The input schemas plus the report's own shape. */
export type SchemaName = (typeof SCHEMA_FILES)[number] | 'report';

let ajv: Ajv2020 | undefined;
const compiled = new Map<DocumentKind, ValidateFunction>();

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // verbose: errors carry their schema node, where our readable expectation (x-verwacht) lives.
  ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-verwacht', schemaType: 'object' });
  ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
  for (const name of SCHEMA_FILES) ajv.addSchema(readSchema(name), `${name}.schema.json`);
  return ajv;
}

export function validatorFor(kind: DocumentKind): ValidateFunction {
  let fn = compiled.get(kind);
  if (!fn) {
    fn = instance().getSchema(`${kind}.schema.json`);
    if (!fn) throw new Error(`schema ${kind} is missing`);
    compiled.set(kind, fn);
  }
  return fn;
}

export function validateDocument(kind: DocumentKind, data: unknown): ErrorObject[] {
  const fn = validatorFor(kind);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
