/** Writing output: a temporary file in the same directory, renamed into place, so no half-written report. */
import { createHash, randomBytes } from 'node:crypto';
import { access, link, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { constants, existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import { escapeControl } from './format/escape.js';
import type { Localized } from './report/types.js';

/** Pieces of at least this many characters are written at once (fewer writes, little held). */
const BATCH = 1 << 16;

/** The pieces of a text regrouped into batches of about BATCH characters; a string is one batch. */
export function* batched(content: string | Iterable<string>): Iterable<string> {
  if (typeof content === 'string') {
    yield content;
    return;
  }
  let pending: string[] = [];
  let size = 0;
  for (const piece of content) {
    pending.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/** The content is a text, or its pieces in order (written as they come, never held whole). */
export async function writeFileAtomic(path: string, content: string | Iterable<string>, options: { exclusive?: boolean; mode?: number } = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  try {
    const handle = await open(temporary, 'wx', options.mode);
    try {
      for (const batch of batched(content)) await handle.writeFile(batch);
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      // link() fails when the target exists, so an existing file is never replaced.
      const { link } = await import('node:fs/promises');
      await link(temporary, path);
      await rm(temporary, { force: true });
    } else {
      await rename(temporary, path);
    }
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const noFolder = {
  nl: 'kan niet schrijven naar {path}: de map {dir} bestaat niet',
  en: 'cannot write to {path}: the folder {dir} does not exist',
};

/**
 * Checked before a run, so a long check does not end in an internal error: the folder an output
 * file goes into must exist (the tool never creates folders on its own).
 */
export function assertOutputFolder(path: string, shown: string): void {
  const dir = dirname(path);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(noFolder, { path: escapeControl(shown), dir: escapeControl(dirname(shown) || '.') });
}

const exists = { nl: '{path} bestaat al; gebruik --force om te overschrijven', en: '{path} already exists; use --force to overwrite' };

/**
 * Checked before a run that writes a new file: its folder exists, and the file does not unless
 * `force` (`text` names the way out, {path} the file as the user wrote it).
 */
export function assertNewOutput(path: string, shown: string, force: boolean, text: Localized = exists): void {
  assertOutputFolder(path, shown);
  if (!force && existsSync(path)) throw new UsageError(text, { path: escapeControl(shown) });
}

/**
 * A new file, never an existing one unless `force`: the folder must exist, an existing file is a
 * usage error, and so is one that appears between the check and the write (exclusive create).
 */
export async function writeNewFile(path: string, shown: string, content: string, force: boolean, text: Localized = exists): Promise<void> {
  assertNewOutput(path, shown, force, text);
  try {
    await writeFileAtomic(path, content, { exclusive: !force });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(text, { path: escapeControl(shown) });
    throw error;
  }
}

/** Files written one by one, each atomically, into an existing folder (`export nza-verantwoording`). */
export async function writeFilesInto(dir: string, files: readonly { name: string; content: string }[]): Promise<void> {
  for (const file of files) await writeFileAtomic(join(dir, file.name), file.content);
}

/** The byte order mark and line ends of a file, kept when the file is saved again. */
export interface TextStyle {
  bom: boolean;
  crlf: boolean;
}

const BOM_BYTES = [0xef, 0xbb, 0xbf];

/** A file's style: a UTF-8 BOM at the start; CRLF when its first line end is CRLF. */
export function textStyle(bytes: Uint8Array): TextStyle {
  const bom = BOM_BYTES.every((b, i) => bytes[i] === b);
  const lf = bytes.indexOf(0x0a);
  return { bom, crlf: lf > 0 && bytes[lf - 1] === 0x0d };
}

/** The text for editing: without its BOM, line ends as LF. */
export function editableText(bytes: Uint8Array): { text: string; style: TextStyle } {
  const style = textStyle(bytes);
  let text = Buffer.from(bytes.subarray(style.bom ? 3 : 0)).toString('utf8');
  if (style.crlf) text = text.replace(/\r\n/g, '\n');
  return { text, style };
}

/** An edited text back in the file's style: the BOM again, LF as CRLF (a CRLF already there stays one). */
export function styledText(text: string, style: TextStyle): string {
  const body = style.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return (style.bom && !body.startsWith('\ufeff') ? '\ufeff' : '') + body;
}

export type SaveRefusal = 'changed' | 'removed' | 'exists' | 'readOnly' | 'folderReadOnly' | 'notAFile';

export type SaveOutcome = { saved: true; sha256: string; path: string } | { saved: false; reason: SaveRefusal; path: string; sha256?: string };

export interface SaveOptions {
  /**
   * SHA-256 of the file's bytes the edit started from (compare-and-swap): the file is replaced only
   * when it still has exactly these bytes just before the rename. undefined: the file must not exist
   * yet, and it is created so that a file appearing meanwhile is never replaced.
   */
  expected: string | undefined;
  /** Give the text the BOM and line ends of the file on disk (the form edits LF text without BOM). */
  keepStyle?: boolean;
  /** For tests: runs after the temporary file is written, just before the file is compared and replaced. */
  beforeSwap?: () => void | Promise<void>;
}

function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function currentBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Where a save lands: the target of a symbolic link (so the link stays a link), or the path itself. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return path;
  }
}

/**
 * The one writer for a user's own file (`check --fix` and the form's save): a temporary file in the
 * same folder, renamed over the file. It keeps the mode and, where the process may, the owner; it
 * writes through a symbolic link to its target; it refuses a read-only file; and it replaces the
 * file only if its bytes are still those the edit started from, checked just before the rename, so
 * an editor's save made meanwhile is never overwritten (the caller asks instead). The window
 * between that last check and the rename is one system call; no lock is taken (editors take none).
 */
export async function saveFile(path: string, content: string, options: SaveOptions): Promise<SaveOutcome> {
  const target = await realTarget(path);
  let info: Stats | undefined;
  try {
    info = await stat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (info && !info.isFile()) return { saved: false, reason: 'notAFile', path: target };
  if (options.expected === undefined && info) return { saved: false, reason: 'exists', path: target, ...(await hashIfThere(target)) };
  if (options.expected !== undefined && !info) return { saved: false, reason: 'removed', path: target };
  let text = content;
  if (info) {
    if ((info.mode & 0o222) === 0 || !(await writable(target))) return { saved: false, reason: 'readOnly', path: target };
    const before = await currentBytes(target);
    if (before === undefined) return { saved: false, reason: 'removed', path: target };
    const seen = sha256Hex(before);
    if (seen !== options.expected) return { saved: false, reason: 'changed', path: target, sha256: seen };
    if (options.keepStyle) text = styledText(content, textStyle(before));
  }
  const bytes = Buffer.from(text, 'utf8');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    let handle;
    try {
      handle = await open(temporary, 'wx', info ? 0o600 : 0o666);
    } catch (error) {
      // The temporary file goes beside the file: a folder the saver may not write to refuses the save.
      if (['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')) return { saved: false, reason: 'folderReadOnly', path: target };
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      if (info) {
        await handle.chmod(info.mode & 0o7777);
        try {
          await handle.chown(info.uid, info.gid);
        } catch {
          // Only root may give a file away; then the file is the saver's, with the same mode.
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeSwap?.();
    if (!info) {
      try {
        // link() fails when the target exists, so a file that appeared meanwhile is never replaced.
        await link(temporary, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { saved: false, reason: 'exists', path: target, ...(await hashIfThere(target)) };
        throw error;
      }
      return { saved: true, sha256: sha256Hex(bytes), path: target };
    }
    const now = await currentBytes(target);
    if (now === undefined) return { saved: false, reason: 'removed', path: target };
    const seen = sha256Hex(now);
    if (seen !== options.expected) return { saved: false, reason: 'changed', path: target, sha256: seen };
    await rename(temporary, target);
    return { saved: true, sha256: sha256Hex(bytes), path: target };
  } finally {
    await rm(temporary, { force: true });
  }
}

async function hashIfThere(path: string): Promise<{ sha256?: string }> {
  try {
    const bytes = await currentBytes(path);
    return bytes === undefined ? {} : { sha256: sha256Hex(bytes) };
  } catch {
    return {};
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** SHA-256 of a file's bytes as `saveFile` compares them. */
export function contentHash(bytes: Uint8Array): string {
  return sha256Hex(bytes);
}

/**
 * A folder of files written at once (`export nza`): the files go into a new temporary folder
 * beside `dir`, which is then renamed to `dir`. `dir` must not exist or be empty (the caller
 * checks, see `isEmptyOrAbsent`), so an export never mixes with older files, and a failed write
 * leaves nothing behind.
 */
export async function writeFolderAtomic(dir: string, files: readonly { name: string; content: string }[]): Promise<void> {
  const { mkdtemp, rmdir, writeFile } = await import('node:fs/promises');
  const temporary = await mkdtemp(join(dirname(dir), `.${basename(dir)}.`));
  try {
    for (const file of files) await writeFile(join(temporary, file.name), file.content, { flag: 'wx' });
    // rename(2) replaces an empty folder; rmdir first keeps it portable (and fails on a non-empty one).
    await rmdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temporary, dir);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** 'absent', 'empty' or 'full' (a file that is no folder counts as full). */
export function folderState(dir: string): 'absent' | 'empty' | 'full' {
  try {
    const s = statSync(dir);
    if (!s.isDirectory()) return 'full';
  } catch {
    return 'absent';
  }
  return readdirSync(dir).length === 0 ? 'empty' : 'full';
}
