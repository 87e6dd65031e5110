/** The schema files and their fingerprint; no Ajv here, so a precompiled run never loads it. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../paths.js';

export const SCHEMA_FILES = ['defs', 'aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling'] as const;
/** The kinds of document that are validated; each has its schema file. */
export const VALIDATED_KINDS = ['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling'] as const;

export function schemaText(name: string): string {
  return readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8');
}

/** Fingerprint of the schema files: precompiled validators are used only when it matches. */
export function schemaHash(): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_FILES) hash.update(name).update('\0').update(schemaText(name)).update('\0');
  return hash.digest('hex');
}
