/**
 * The `yaml` library, loaded on first use. It is the reference parser for every finding and
 * position, but a valid file on the fast path (src/parse/fast.ts) never needs it, and loading
 * its ~80 modules is a third of a cold start. It ships CommonJS, so it can be required lazily
 * and synchronously.
 */
import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

export function yamlLib(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}
