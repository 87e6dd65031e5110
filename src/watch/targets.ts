/** What `check --watch` watches: each path as given, and for a glob the directory it starts in. */
import { resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';
import { staticBase } from '../load/glob.js';

const YAML_FILE = /\.ya?ml$/i;

const stdinRefused = {
  nl: '--watch kan niet met standaardinvoer (-); geef bestanden, mappen of patronen op',
  en: '--watch cannot read standard input (-); give files, directories or patterns',
};

/** Absolute paths to watch, sorted and without duplicates. */
export function watchTargets(paths: readonly string[], cwd: string): string[] {
  const targets = new Set<string>();
  for (const path of paths) {
    if (path === '-') throw new UsageError(stdinRefused);
    targets.add(resolve(cwd, isDynamicPattern(path) ? staticBase(path) : path));
  }
  return [...targets].sort();
}

/** A change worth a new run: a YAML file, or one of the targets itself (a file named on the command line). */
export function isRelevantChange(path: string, targets: readonly string[]): boolean {
  return YAML_FILE.test(path) || targets.includes(path);
}
