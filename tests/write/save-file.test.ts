/**
 * The one writer for a user's file (`check --fix`, the form's save): mode and owner kept, written
 * through a symbolic link, a read-only file refused, BOM and CRLF kept, and an outside edit made
 * while it writes detected (compare-and-swap), made deterministic by the beforeSwap hook.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chmodSync, chownSync, lstatSync, rmSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentHash, editableText, saveFile, styledText } from '../../src/write.js';
import { ROOT } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelplan-save-'));
});

function file(name: string, content: string | Buffer, mode?: number): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  if (mode !== undefined) chmodSync(path, mode);
  return path;
}

const hashOf = (path: string) => contentHash(readFileSync(path));

describe('saveFile', () => {
  it.each([0o600, 0o640, 0o664])('keeps mode %o', async (mode) => {
    const path = file('a.yaml', 'titel: oud\n', mode);
    expect(await saveFile(path, 'titel: nieuw\n', { expected: hashOf(path) })).toEqual({ saved: true, sha256: contentHash(Buffer.from('titel: nieuw\n')), path });
    expect(statSync(path).mode & 0o7777).toBe(mode);
    expect(readFileSync(path, 'utf8')).toBe('titel: nieuw\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('keeps the owner and group (another user\'s file too, when the process may give files away)', async () => {
    const path = file('a.yaml', 'x: 1\n');
    const root = process.getuid?.() === 0;
    // As root the file is given to another user first: the save must give it back to that user.
    if (root) chownSync(path, 65534, 65534);
    const before = statSync(path);
    await saveFile(path, 'x: 2\n', { expected: hashOf(path) });
    expect([statSync(path).uid, statSync(path).gid]).toEqual([before.uid, before.gid]);
    expect(before.uid).toBe(root ? 65534 : process.getuid?.());
  });

  it('refuses plainly when the folder may not be written to (the temporary file goes there)', async () => {
    const path = file('a.yaml', 'x: 1\n', 0o666);
    chmodSync(dir, 0o555);
    const expected = hashOf(path);
    let outcome: unknown;
    if (process.getuid?.() === 0) {
      // Root may write anywhere: the save runs as an ordinary user (nobody) in a child process.
      const script = `import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'write.js')).href)}).then(async (m) => process.stdout.write(JSON.stringify(await m.saveFile(${JSON.stringify(path)}, 'x: 2\\n', { expected: ${JSON.stringify(expected)} }))))`;
      outcome = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' }));
    } else {
      outcome = await saveFile(path, 'x: 2\n', { expected });
    }
    chmodSync(dir, 0o755);
    expect(outcome).toEqual({ saved: false, reason: 'folderReadOnly', path });
    expect(readFileSync(path, 'utf8')).toBe('x: 1\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses a read-only file (0444) and leaves it as it was', async () => {
    const path = file('a.yaml', 'x: 1\n', 0o444);
    expect(await saveFile(path, 'x: 2\n', { expected: hashOf(path) })).toEqual({ saved: false, reason: 'readOnly', path });
    expect(readFileSync(path, 'utf8')).toBe('x: 1\n');
    expect(statSync(path).mode & 0o7777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('writes through a symbolic link to its target; the link stays a link', async () => {
    const real = file('echt.yaml', 'x: 1\n', 0o640);
    const link = join(dir, 'link.yaml');
    symlinkSync('echt.yaml', link);
    expect(await saveFile(link, 'x: 2\n', { expected: hashOf(link) })).toMatchObject({ saved: true, path: real });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('echt.yaml');
    expect(readFileSync(real, 'utf8')).toBe('x: 2\n');
    expect(statSync(real).mode & 0o7777).toBe(0o640);
  });

  it('keeps a BOM and CRLF line ends when asked to keep the style', async () => {
    const path = file('a.yaml', Buffer.from('\ufeffa: 1\r\nb: 2\r\n', 'utf8'));
    const { text, style } = editableText(readFileSync(path));
    expect([text, style]).toEqual(['a: 1\nb: 2\n', { bom: true, crlf: true }]);
    await saveFile(path, text.replace('2', '3'), { expected: hashOf(path), keepStyle: true });
    expect(readFileSync(path).toString('utf8')).toBe('\ufeffa: 1\r\nb: 3\r\n');
    expect(styledText('a\r\nb\n', { bom: false, crlf: true })).toBe('a\r\nb\r\n');
  });

  it('does not replace a file changed before it starts, and says what is there now', async () => {
    const path = file('a.yaml', 'x: 1\n');
    const expected = hashOf(path);
    writeFileSync(path, 'x: editor\n');
    expect(await saveFile(path, 'x: 2\n', { expected })).toEqual({ saved: false, reason: 'changed', path, sha256: hashOf(path) });
    expect(readFileSync(path, 'utf8')).toBe('x: editor\n');
  });

  it('does not replace a file saved by an editor while it writes (the edit lands just before the swap)', async () => {
    const path = file('a.yaml', 'x: 1\n', 0o600);
    const outcome = await saveFile(path, 'x: 2\n', { expected: hashOf(path), beforeSwap: () => writeFileSync(path, 'x: editor\n') });
    expect(outcome).toMatchObject({ saved: false, reason: 'changed' });
    expect(readFileSync(path, 'utf8')).toBe('x: editor\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('says removed when the file disappeared, and never recreates it', async () => {
    const path = file('a.yaml', 'x: 1\n');
    const expected = hashOf(path);
    const outcome = await saveFile(path, 'x: 2\n', { expected, beforeSwap: () => { rmSync(path); } });
    expect(outcome).toMatchObject({ saved: false, reason: 'removed' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates a new file only when none is there, also when one appears while it writes', async () => {
    const path = join(dir, 'nieuw.yaml');
    expect(await saveFile(path, 'x: 1\n', { expected: undefined })).toMatchObject({ saved: true });
    expect(await saveFile(path, 'x: 2\n', { expected: undefined })).toEqual({ saved: false, reason: 'exists', path, sha256: hashOf(path) });
    const other = join(dir, 'ander.yaml');
    expect(await saveFile(other, 'x: 1\n', { expected: undefined, beforeSwap: () => writeFileSync(other, 'van een ander\n') })).toMatchObject({ saved: false, reason: 'exists' });
    expect(readFileSync(other, 'utf8')).toBe('van een ander\n');
    expect(readdirSync(dir).sort()).toEqual(['ander.yaml', 'nieuw.yaml']);
  });

  it('refuses a folder where the file should be', async () => {
    expect(await saveFile(dir, 'x', { expected: 'abc' })).toEqual({ saved: false, reason: 'notAFile', path: dir });
  });
});
