/** Writing output: a temporary file in the same directory, renamed into place, so no half-written report. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import { escapeControl } from './format/escape.js';
import { t } from './i18n/ui.js';
import type { Lang } from './report/types.js';

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
export function assertOutputFolder(path: string, shown: string, lang: Lang): void {
  const dir = dirname(path);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(t(noFolder, lang, { path: escapeControl(shown), dir: escapeControl(dirname(shown) || '.') }));
}
