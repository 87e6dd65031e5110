/**
 * The validators: compiled ahead of time by the build (dist/validate/compiled-schemas.js) when
 * that matches the schema files, else compiled here once, at load. Both come from one Ajv
 * configuration (ajv.ts); tests/validate/standalone.test.ts checks they report the same errors.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DocumentKind } from '../report/types.js';
import { exportName, schemaHash, schemaText, SCHEMA_FILES, VALIDATED_KINDS } from './schema-files.js';

export { SCHEMA_FILES };
/** The input schemas plus the report's own shape. */
export type SchemaName = (typeof SCHEMA_FILES)[number] | 'report';

type Validators = Record<DocumentKind, ValidateFunction>;

async function loadPrecompiled(): Promise<Validators | undefined> {
  try {
    // A variable specifier: the file exists only in dist/, after the build.
    const specifier = './compiled-schemas.js';
    const compiled = (await import(specifier)) as Record<string, ValidateFunction> & { SCHEMA_HASH: string };
    if (compiled.SCHEMA_HASH !== schemaHash()) return undefined;
    return Object.fromEntries(VALIDATED_KINDS.map((kind) => [kind, compiled[exportName(kind)]!])) as Validators;
  } catch {
    return undefined;
  }
}

/** Compiles every validator at run time (Ajv is loaded only then). */
export async function compileValidators(): Promise<Validators> {
  const { createAjv } = await import('./ajv.js');
  const ajv = createAjv();
  const entries = VALIDATED_KINDS.map((kind) => {
    const fn = ajv.getSchema(`${kind}.schema.json`);
    if (!fn) throw new Error(`schema ${kind} is missing`);
    return [kind, fn] as const;
  });
  return Object.fromEntries(entries) as Validators;
}

const precompiled = await loadPrecompiled();
const validators: Validators = precompiled ?? (await compileValidators());

/** Where the validators of this run come from (tests and the benchmark show it). */
export const validatorSource: 'precompiled' | 'runtime' = precompiled ? 'precompiled' : 'runtime';

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(schemaText(name)) as Record<string, unknown>;
}

export function validateDocument(kind: DocumentKind, data: unknown): ErrorObject[] {
  const fn = validators[kind];
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
