/**
 * Issue 28, point 3: messages are rendered at the edge. The engine (with its workers and the
 * off-thread checker), the review decision and the frame loader know no language: no module
 * there imports `Lang` or reads a `lang`; findings carry message ids and language-neutral args,
 * and src/report/render.ts renders them once, for the runs, the language server and the form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = join(ROOT, 'src');
const NEUTRAL = ['engine', 'parallel', 'offthread', 'review', 'frame'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The code without its comments (a comment may well speak of the language). */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the language-neutral layers', () => {
  const files = NEUTRAL.flatMap((dir) => sources(join(SRC, dir)));

  it('hold modules (the folders exist)', () => {
    expect(NEUTRAL.map((dir) => files.some((f) => relative(SRC, f).startsWith(dir + '/')))).toEqual(NEUTRAL.map(() => true));
  });

  it('neither import Lang nor read lang', () => {
    const speaking = files.filter((f) => /\b[Ll]ang\b/.test(code(f))).map((f) => relative(SRC, f).split('\\').join('/'));
    expect(speaking).toEqual([]);
  });

  it('the check sees a module that would (the scanner works)', () => {
    expect(/\b[Ll]ang\b/.test(code(join(SRC, 'report/render.ts')))).toBe(true);
    expect(/\b[Ll]ang\b/.test('// lang only in a comment'.replace(/(^|[^:'"`])\/\/.*$/gm, '$1'))).toBe(false);
  });
});
