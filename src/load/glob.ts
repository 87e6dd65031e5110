/**
 * What a glob needs beyond the glob library: where it starts (for --watch) and the entries it
 * matches that tinyglobby leaves out: symbolic links that lead nowhere (a loop, a deleted target)
 * and special files (a named pipe, a socket). Every input must appear in the report, so they are
 * found here and reported as unreadable.
 */
import { SKIPPED_DIRS } from './fs-facts.js';
import { lstat, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';

/** The leading segments of a glob that hold no pattern characters (`aanvragen/**\/*.yaml` → `aanvragen`). */
export function staticBase(pattern: string): string {
  const fixed: string[] = [];
  for (const segment of pattern.split('/').slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}


/** Absolute paths of the broken symbolic links and special files that the pattern matches. */
export async function unlistedMatching(pattern: string, cwd: string): Promise<string[]> {
  const { default: picomatch } = await import('picomatch');
  const isMatch = picomatch(isAbsolute(pattern) ? pattern : join(cwd, pattern), { dot: false });
  const base = resolve(cwd, staticBase(pattern));
  if (!(await lstat(base).catch(() => undefined))?.isDirectory()) return [];
  const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  const broken: string[] = [];
  for (const entry of entries) {
    if (entry.isFile() || entry.isDirectory()) continue;
    const full = join(entry.parentPath, entry.name);
    if (full.split('/').some((part) => SKIPPED_DIRS.has(part)) || !isMatch(full)) continue;
    if (!entry.isSymbolicLink() || (await stat(full).then(() => false, () => true))) broken.push(full);
  }
  return broken.sort();
}
