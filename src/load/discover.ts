/** Paths, directories, globs and `-` → the list of inputs, sorted and without duplicates. */
import { appendAll } from '../domain/append.js';
import { SKIPPED_DIRS, unreadableReason, type UnreadableReason } from './fs-facts.js';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compareText } from '../domain/compare.js';
import { UsageError } from '../errors.js';
import type { Localized } from '../report/types.js';

export type InputRef =
  | { kind: 'file'; display: string; path: string }
  | { kind: 'stdin'; display: string }
  /** Found, but not a readable file: it is reported as a finding, never dropped. */
  | { kind: 'unreadable'; display: string; path: string; reason: UnreadableReason; detail: string };

export const STDIN_DISPLAY = '<stdin>';
const YAML_FILE = /\.ya?ml$/i;

export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}

const usage = {
  missing: { nl: 'pad bestaat niet: {path}', en: 'path does not exist: {path}' },
  noMatch: { nl: 'geen bestanden gevonden voor patroon: {path}', en: 'no files match the pattern: {path}' },
  noInput: { nl: 'geef een of meer bestanden, mappen of patronen op (of - voor standaardinvoer)', en: 'give one or more files, directories or patterns (or - for standard input)' },
  emptyDir: { nl: 'map bevat geen YAML-bestanden (*.yaml, *.yml): {path}', en: 'directory holds no YAML files (*.yaml, *.yml): {path}' },
} satisfies Record<string, Localized>;

/** followLinks: also follow links in a directory that point outside it (`--follow-links`). */
export async function discoverInputs(args: readonly string[], cwd: string, options: { followLinks?: boolean } = {}): Promise<InputRef[]> {
  const followLinks = options.followLinks ?? false;
  if (args.length === 0) throw new UsageError(usage.noInput);
  const found = new Map<string, InputRef>();
  const add = (ref: InputRef) => {
    const key = ref.kind === 'stdin' ? '\u0000stdin' : ref.path;
    if (!found.has(key)) found.set(key, ref);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ kind: 'stdin', display: STDIN_DISPLAY });
      continue;
    }
    const absolute = resolve(cwd, arg);
    const info = await lstat(absolute).catch(() => undefined);
    // The glob library is loaded only for an argument that is no path: most runs name paths.
    const globbing = info ? undefined : await import('tinyglobby');
    if (!info && globbing?.isDynamicPattern(arg)) {
      const matches = await globbing.glob(arg, { cwd, onlyFiles: false, absolute: true, dot: false, followSymbolicLinks: false });
      const { unlistedMatching } = await import('./glob.js');
      appendAll(matches, await unlistedMatching(arg, cwd));
      if (matches.length === 0) throw new UsageError(usage.noMatch, { path: arg });
      for (const match of matches) await addPath(resolve(match), cwd, add, { fromGlob: true, followLinks });
      continue;
    }
    if (!info) throw new UsageError(usage.missing, { path: arg });
    const before = found.size;
    await addPath(absolute, cwd, add, { fromGlob: false, followLinks });
    // A directory named on the command line that holds nothing to check is a mistake (the wrong folder),
    // as a glob without matches is: a pipeline must not go green on it.
    if (found.size === before && (await stat(absolute).catch(() => undefined))?.isDirectory()) {
      const alreadyFound = [...found.values()].some((ref) => ref.kind !== 'stdin' && ref.path.startsWith(absolute + sep));
      if (!alreadyFound) throw new UsageError(usage.emptyDir, { path: arg });
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.display, b.display));
}

async function addPath(
  absolute: string,
  cwd: string,
  add: (ref: InputRef) => void,
  how: { fromGlob: boolean; followLinks: boolean },
): Promise<void> {
  const display = displayPath(cwd, absolute);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    add({ kind: 'unreadable', display, path: absolute, reason: unreadableReason(code), detail: code ?? 'unknown' });
    return;
  }
  if (info.isDirectory()) {
    // A directory named on the command line is searched; one that a glob for files matched is reported.
    if (how.fromGlob && YAML_FILE.test(absolute)) {
      add({ kind: 'unreadable', display, path: absolute, reason: 'isDirectory', detail: 'EISDIR' });
    } else {
      const root = await realpath(absolute).catch(() => absolute);
      await walk(absolute, cwd, add, { root, followLinks: how.followLinks, visited: new Set() });
    }
    return;
  }
  if (info.isFile()) add({ kind: 'file', display, path: absolute });
  else add({ kind: 'unreadable', display, path: absolute, reason: 'notRegular', detail: 'ENOTREG' });
}

/** How a directory is walked: the real path it is rooted in, and whether links out of it are followed. */
interface WalkScope {
  root: string;
  followLinks: boolean;
  visited: Set<string>;
}

function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Every YAML file under a directory. A link is followed only to a place inside the directory named
 * (a link to /usr must not make the check read the system); the file it reaches is listed by its
 * real path, so a file and a link to it are one input, hashed and registered once. A link out of it
 * and a subfolder that cannot be read are findings, never silently skipped.
 */
async function walk(dir: string, cwd: string, add: (ref: InputRef) => void, scope: WalkScope): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (scope.visited.has(real)) return; // a symlinked directory seen before: no endless walk
  scope.visited.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    add({ kind: 'unreadable', display: displayPath(cwd, dir), path: dir, reason: 'folderUnreadable', detail: code ?? 'unknown' });
    return;
  }
  entries.sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(full, cwd, add, scope);
    } else if (entry.isSymbolicLink()) {
      const target = await stat(full).catch((error: NodeJS.ErrnoException) => error);
      const targetPath = target instanceof Error ? undefined : await realpath(full).catch(() => undefined);
      if (target instanceof Error || targetPath === undefined) {
        if (YAML_FILE.test(entry.name)) {
          const code = target instanceof Error ? target.code : 'ENOENT';
          add({ kind: 'unreadable', display: displayPath(cwd, full), path: full, reason: unreadableReason(code), detail: code ?? 'unknown' });
        }
        continue;
      }
      const inside = isInside(scope.root, targetPath);
      if (!inside && !scope.followLinks) {
        if (target.isDirectory() || YAML_FILE.test(entry.name)) {
          add({ kind: 'unreadable', display: displayPath(cwd, full), path: full, reason: 'outsideLink', detail: displayPath(cwd, targetPath) });
        }
      } else if (target.isDirectory()) {
        await walk(inside ? targetPath : full, cwd, add, scope);
      } else if (YAML_FILE.test(entry.name) && target.isFile()) {
        const path = inside ? targetPath : full;
        add({ kind: 'file', display: displayPath(cwd, path), path });
      } else if (YAML_FILE.test(entry.name)) {
        add({ kind: 'unreadable', display: displayPath(cwd, full), path: full, reason: 'notRegular', detail: 'ENOTREG' });
      }
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) {
      add({ kind: 'file', display: displayPath(cwd, full), path: full });
    } else if (!entry.isFile() && YAML_FILE.test(entry.name)) {
      // A named pipe or socket with a YAML name: reported, never opened (a pipe would block).
      add({ kind: 'unreadable', display: displayPath(cwd, full), path: full, reason: 'notRegular', detail: 'ENOTREG' });
    }
  }
}
