/** Nothing from an input file or the command line may steer the terminal. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/format/escape.js';
import { runInProcess } from '../helpers/cli.js';

const ESC = '\u001b';

describe('terminal escaping', () => {
  it('escapes control characters, escape sequences and bidi controls, and leaves other text alone', () => {
    expect(escapeControl(`a${ESC}[2Jb\u0007c\u202ed\re\nf é €`)).toBe('a\\x1b[2Jb\\x07c\\u202ed\\re\\nf é €');
  });

  it('escapes a file name with an escape sequence in the text report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-esc-'));
    writeFileSync(join(dir, `evil${ESC}[2J.yaml`), 'soort: aanvraag\n');
    const result = await runInProcess(['check', '--no-color', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain('evil\\x1b[2J.yaml');
  });

  it('escapes values from the file in messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-esc-'));
    writeFileSync(join(dir, 'a.yaml'), `soort: "aanvraag${ESC}]0;pwned\\u0007"\n`);
    const result = await runInProcess(['check', '--no-color', join(dir, 'a.yaml')]);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain('"aanvraag\\u001b]0;pwned\\u0007"');
  });

  it('escapes a path echoed in a usage error', async () => {
    const result = await runInProcess(['check', `nope${ESC}[31m.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('modelplan: pad bestaat niet: nope\\x1b[31m.yaml\n');
  });
});
