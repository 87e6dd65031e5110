/** The schema files and their fingerprint; no Ajv here, so a precompiled run never loads it. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_KINDS } from '../domain/kinds.js';
import { SCHEMA_DIR } from '../paths.js';

/** The kinds of document that are validated: every kind, each with its schema file. */
export const VALIDATED_KINDS = DOCUMENT_KINDS;
export const SCHEMA_FILES = ['defs', ...DOCUMENT_KINDS] as const;

export function schemaText(name: string): string {
  return readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8');
}

/** Fingerprint of the schema files: precompiled validators are used only when it matches. */
export function schemaHash(): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_FILES) hash.update(name).update('\0').update(schemaText(name)).update('\0');
  return hash.digest('hex');
}

/** The name a kind's validator is exported under in the precompiled module (a JS identifier: bo-besluit → bo_besluit). */
export const exportName = (kind: string): string => kind.replace(/-/g, '_');
