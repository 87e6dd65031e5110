/** Where the package's own data lives, whether run from src/ (tests) or dist/ (the built CLI). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
export const BUNDLED_MODELPLANNEN_DIR = join(PACKAGE_ROOT, 'modelplannen');

let cachedVersion: string | undefined;
export function toolVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return cachedVersion;
}
