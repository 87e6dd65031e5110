/** Writing output: a temporary file in the same directory, renamed into place, so no half-written report. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, content: string, options: { exclusive?: boolean; mode?: number } = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx', ...(options.mode !== undefined ? { mode: options.mode } : {}) });
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
