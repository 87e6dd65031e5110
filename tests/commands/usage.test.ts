/**
 * Usage mistakes exit 2 with a plain message in the chosen language, before any work is done:
 * the built CLI, so exit codes and streams are the real ones.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.js';

const CONFORMING = 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml';

function folderWithoutYaml(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-leeg-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'notities.txt'), 'geen yaml\n');
  return dir;
}

describe('usage errors exit 2 with a plain message', () => {
  const empty = folderWithoutYaml();

  it.each([
    ['nl', ['check', empty], `modelplan: map bevat geen YAML-bestanden (*.yaml, *.yml): ${empty}\n`],
    ['en', ['--lang', 'en', 'check', empty], `modelplan: directory holds no YAML files (*.yaml, *.yml): ${empty}\n`],
    ['nl', ['budget', empty], `modelplan: map bevat geen YAML-bestanden (*.yaml, *.yml): ${empty}\n`],
    ['nl', ['check', '-o', 'nope/x.json', CONFORMING], 'modelplan: kan niet schrijven naar nope/x.json: de map nope bestaat niet\n'],
    ['en', ['check', '--lang', 'en', '--output', 'nope/x.json', CONFORMING], 'modelplan: cannot write to nope/x.json: the folder nope does not exist\n'],
    ['nl', ['budget', '-o', 'nope/budget.csv', '--format', 'csv', 'examples/'], 'modelplan: kan niet schrijven naar nope/budget.csv: de map nope bestaat niet\n'],
    ['nl', ['init', 'valpreventie', '-o', 'nope/aanvraag.yaml'], 'modelplan: kan niet schrijven naar nope/aanvraag.yaml: de map nope bestaat niet\n'],
    ['nl', ['schema', 'aanvraag', '-o', 'nope/schema.json'], 'modelplan: kan niet schrijven naar nope/schema.json: de map nope bestaat niet\n'],
    ['nl', ['check', '--lang', 'de', CONFORMING], 'modelplan: onbekende taal "de"; kies nl of en\n'],
    ['nl', ['--lang', 'xx', 'check', CONFORMING], 'modelplan: onbekende taal "xx"; kies nl of en\n'],
    ['nl', ['--lang=xx', 'rules'], 'modelplan: onbekende taal "xx"; kies nl of en\n'],
    ['nl', ['chek', 'examples/'], "modelplan: onbekende opdracht 'chek' (bedoelde u check?)\nZie 'modelplan --help'.\n"],
    ['en', ['--lang', 'en', 'chek', 'examples/'], "modelplan: unknown command 'chek' (did you mean check?)\nSee 'modelplan --help'.\n"],
    ['nl', ['check', '--formaat', 'json', CONFORMING], "modelplan: onbekende optie '--formaat' (bedoelde u --format?)\nZie 'modelplan --help'.\n"],
    ['en', ['--lang', 'en', 'check', '--formaat', 'json', CONFORMING], "modelplan: unknown option '--formaat' (did you mean --format?)\nSee 'modelplan --help'.\n"],
  ])('%s: %j', (_lang, args, stderr) => {
    const result = runBuilt(args);
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });

  it('an unknown language in MODELPLAN_LANG is a usage error too, named as such', () => {
    const result = runBuilt(['check', CONFORMING], { env: { MODELPLAN_LANG: 'fr' } });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'modelplan: onbekende taal "fr" in MODELPLAN_LANG; kies nl of en\n' });
    expect(runBuilt(['check', '--no-color', CONFORMING], { env: { MODELPLAN_LANG: 'en' } }).code).toBe(0);
    expect(runBuilt(['check', '--lang', 'de', CONFORMING], { env: { MODELPLAN_LANG: 'en' } })).toEqual({ code: 2, stdout: '', stderr: 'modelplan: unknown language "de"; choose nl or en\n' });
    expect(runBuilt(['check', CONFORMING], { env: { MODELPLAN_LANG: 'xx' }, lang: 'en' }).stderr).toBe('modelplan: onbekende taal "xx" in MODELPLAN_LANG; kies nl of en\n');
  });

  it('a folder with YAML deeper down, or named twice, is no mistake', () => {
    const dir = folderWithoutYaml();
    writeFileSync(join(dir, 'sub', 'a.yaml'), 'soort: aanvraag\n');
    const result = runBuilt(['check', '--no-color', dir, join(dir, 'sub')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 bestand(en)');
  });

  it('--header-labels belongs to csv', () => {
    expect(runBuilt(['check', '--header-labels', CONFORMING])).toEqual({ code: 2, stdout: '', stderr: 'modelplan: --header-labels geldt alleen voor --format csv\n' });
  });
});
