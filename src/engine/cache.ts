/**
 * `check --cache`: the file stage's outcome per file, kept between runs (as ESLint's --cache). An
 * entry is used only for the same path with the same bytes (SHA-256), and the whole cache only
 * for the same tool version, schemas and frame (its key); a file whose bytes changed is checked
 * again. The set stage always runs over the whole batch, from the cached facts. The cache is
 * written atomically; a cache that cannot be read as one of ours is ignored with a notice, never
 * trusted, and rebuilt.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Frame } from '../domain/types.js';
import type { CacheNotice } from '../i18n/cache-notices.js';
import { toolVersion } from '../paths.js';
import { schemaHash } from '../validate/schema-files.js';
import { writeFileAtomic } from '../write.js';
import type { FileWork } from './file.js';

export const CACHE_VERSION = 1;
export const DEFAULT_CACHE_FILE = '.modelplancache';

interface CacheFile {
  modelplanCache: typeof CACHE_VERSION;
  key: string;
  files: Record<string, FileWork>;
}

export type { CacheNotice } from '../i18n/cache-notices.js';


/** What makes cached outcomes valid: the tool's version, its schemas and the frame checked against. */
export function cacheKey(frame: Frame): string {
  return createHash('sha256')
    .update(toolVersion())
    .update('\0')
    .update(schemaHash())
    .update('\0')
    .update(JSON.stringify({ modelplannen: frame.modelplannen, budgetkader: frame.budgetkader, referentielijsten: frame.referentielijsten ?? null }))
    .digest('hex');
}

export interface LoadedCache {
  /** The cached work of a path, when it was made from these bytes. */
  lookup(file: string, sha256: string): FileWork | undefined;
  /** Whether these works are exactly the cache's entries, each one looked up: then there is nothing to write. */
  holdsExactly(works: readonly FileWork[]): boolean;
  notice?: CacheNotice;
}

/** Reads the cache; a missing file is an empty cache, one for another key is silently outdated. */
export async function loadCache(path: string, display: string, key: string): Promise<LoadedCache> {
  const empty: LoadedCache = { lookup: () => undefined, holdsExactly: () => false };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    return { ...empty, notice: { messageId: 'corrupt', args: { file: display, detail: (error as NodeJS.ErrnoException).code ?? String(error) } } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...empty, notice: { messageId: 'corrupt', args: { file: display, detail: 'JSON' } } };
  }
  const problem = shapeProblem(data);
  if (problem) return { ...empty, notice: { messageId: 'corrupt', args: { file: display, detail: problem } } };
  const cache = data as CacheFile;
  // Another version, other schemas or another frame: outdated, not foreign; rebuilt without a word.
  if (cache.key !== key) return empty;
  const files = new Map(Object.entries(cache.files));
  return {
    lookup: (file, sha256) => {
      const work = files.get(file);
      return work && work.sha256 === sha256 && work.file === file ? work : undefined;
    },
    // A hit is the cached object itself, so identity says the entry was used as it is.
    holdsExactly: (works) => works.length === files.size && works.every((w) => files.get(w.file) === w),
  };
}

/** Why data is not a cache of ours (undefined: it is); every entry is looked at, none trusted on sight. */
function shapeProblem(data: unknown): string | undefined {
  if (!isObject(data) || data.modelplanCache !== CACHE_VERSION) return 'modelplanCache';
  if (typeof data.key !== 'string' || !/^[0-9a-f]{64}$/.test(data.key)) return 'key';
  if (!isObject(data.files)) return 'files';
  for (const [file, work] of Object.entries(data.files)) {
    if (!isObject(work) || work.file !== file || typeof work.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(work.sha256)) return `files/${file}`;
    if (typeof work.parsed !== 'boolean' || typeof work.valid !== 'boolean' || !Array.isArray(work.findings)) return `files/${file}`;
    if (!(work.kind === null || typeof work.kind === 'string') || 'locate' in work) return `files/${file}`;
    for (const f of work.findings as unknown[]) {
      if (!isObject(f) || typeof f.ruleId !== 'string' || typeof f.messageId !== 'string' || typeof f.pointer !== 'string' || !isObject(f.position)) return `files/${file}`;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Writes the cache atomically (a temporary file renamed into place); a failure is a notice. */
export async function saveCache(path: string, display: string, key: string, works: readonly FileWork[]): Promise<CacheNotice | undefined> {
  const files: Record<string, FileWork> = Object.create(null) as Record<string, FileWork>;
  for (const work of works) files[work.file] = work;
  const cache: CacheFile = { modelplanCache: CACHE_VERSION, key, files };
  try {
    await writeFileAtomic(path, JSON.stringify(cache));
    return undefined;
  } catch (error) {
    return { messageId: 'unwritable', args: { file: display, detail: (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error)) } };
  }
}
