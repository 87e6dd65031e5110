/** discoverInputs: directories walked for *.yaml/*.yml (not node_modules, .git or dot folders), globs, `-`, sorted, each once. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { discoverInputs } from '../../src/load/discover.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-discover-'));
  for (const sub of ['sub', 'teksten', 'node_modules', '.git', '.verborgen']) mkdirSync(join(dir, sub));
  for (const name of ['b.yaml', 'a.yml', 'notities.txt', 'sub/c.yaml', 'node_modules/x.yaml', '.git/y.yaml', '.verborgen/z.yaml', 'teksten/notities.txt']) writeFileSync(join(dir, name), 'soort: aanvraag\n');
  return dir;
}

describe('discoverInputs', () => {
  it('walks a directory for YAML files, sorted, skipping node_modules, .git and dot folders', async () => {
    const dir = tree();
    const found = await discoverInputs(['.'], dir);
    expect(found.map((i) => [i.kind, i.display])).toEqual([
      ['file', 'a.yml'],
      ['file', 'b.yaml'],
      ['file', 'sub/c.yaml'],
    ]);
  });

  it('gives every file once, however it is named, and standard input as <stdin>', async () => {
    const dir = tree();
    const found = await discoverInputs(['sub/c.yaml', '.', 'sub', '-', '*.yaml'], dir);
    expect(found.map((i) => i.display)).toEqual(['<stdin>', 'a.yml', 'b.yaml', 'sub/c.yaml']);
  });

  it('usage errors: nothing given, a path that does not exist, a glob without matches, a folder without YAML', async () => {
    const dir = tree();
    const reason = (args: string[]) => discoverInputs(args, dir).then(() => 'no error', (error: unknown) => (error instanceof UsageError ? error.message : `other: ${String(error)}`));
    expect(await reason([])).toBe('geef een of meer bestanden, mappen of patronen op (of - voor standaardinvoer)');
    expect(await reason(['weg.yaml'])).toBe('pad bestaat niet: weg.yaml');
    expect(await reason(['*.json'])).toBe('geen bestanden gevonden voor patroon: *.json');
    expect(await reason(['teksten'])).toBe('map bevat geen YAML-bestanden (*.yaml, *.yml): teksten');
  });
});
