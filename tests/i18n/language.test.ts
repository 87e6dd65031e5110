import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runBuilt, runInProcess } from '../helpers/cli.js';

const COMMANDS = [[], ['check'], ['rules'], ['explain'], ['list'], ['init'], ['schema'], ['budget']];
const ENGLISH_VALUE_NAMES = ['format', 'file', 'dir', 'level', 'lang', 'char', 'method', 'version', 'paths...', 'kind', 'rule-id'];
const DUTCH_VALUE_NAMES = ['formaat', 'bestand', 'map', 'niveau', 'taal', 'teken', 'methode', 'versie', 'paden...', 'soort', 'regel-id'];

/** Option → its description's first line, from the options sections of a help text. */
function optionDescriptions(help: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  for (const line of help.split('\n')) {
    const match = /^ {2}(?:-\w, )?(--[\w-]+)(?: <[^>]+>)?\s{2,}(\S.*)$/.exec(line);
    if (match) descriptions.set(match[1]!, match[2]!);
  }
  return descriptions;
}

const valueNames = (help: string) => [...help.matchAll(/<([\w.-]+)>/g)].map((m) => m[1]!);

describe('help in Dutch and English', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(overview)', c]))('%s: every title, option and value name is translated', async (_name, command) => {
    const dutch = await runInProcess([...command, '--help']);
    const english = await runInProcess([...command, '--help', '--lang', 'en']);
    const viaEnv = await runInProcess([...command, '--help'], { env: { MODELPLAN_LANG: 'en' } });
    expect([dutch.code, english.code, viaEnv.code]).toEqual([0, 0, 0]);
    expect(viaEnv.stdout).toBe(english.stdout);

    expect(dutch.stdout).toMatch(/^Gebruik: modelplan/);
    expect(english.stdout).toMatch(/^Usage: modelplan/);
    for (const title of ['Opties:', 'Opdrachten:', 'Argumenten:', 'Algemene opties:', '[opties]', '[opdracht]']) expect(english.stdout).not.toContain(title);
    for (const title of ['Options:', 'Commands:', 'Arguments:', 'Global Options:', '[options]', '[command]']) expect(dutch.stdout).not.toContain(title);

    for (const name of valueNames(english.stdout)) expect(DUTCH_VALUE_NAMES).not.toContain(name);
    for (const name of valueNames(dutch.stdout)) expect(ENGLISH_VALUE_NAMES).not.toContain(name);

    const nl = optionDescriptions(dutch.stdout);
    const en = optionDescriptions(english.stdout);
    expect([...en.keys()]).toEqual([...nl.keys()]);
    expect(nl.size).toBeGreaterThan(1);
    for (const [option, description] of nl) expect({ option, description: en.get(option) }).not.toEqual({ option, description });
  });

  it('translates commander’s own errors, value names included', async () => {
    expect((await runInProcess(['check', '--format'])).stderr).toBe("modelplan: optie '-f, --format <formaat>' mist een waarde\nZie 'modelplan --help'.\n");
    expect((await runInProcess(['check', '--format', '--lang', 'en'])).stderr).toMatch(/^modelplan: option '-f, --format <format>' argument missing\n/);
    expect((await runInProcess(['check'])).stderr).toBe("modelplan: argument 'paden' ontbreekt\nZie 'modelplan --help'.\n");
  });
});

describe('messages in Dutch and English', () => {
  it('every finding on the examples has its own English message, at the same place', () => {
    const dutch = JSON.parse(runBuilt(['check', '-f', 'json', 'examples/']).stdout) as Report;
    const english = JSON.parse(runBuilt(['check', '-f', 'json', 'examples/'], { env: { MODELPLAN_LANG: 'en' } }).stdout) as Report;
    const where = (r: Report) => r.files.flatMap((f) => f.findings.map((x) => [x.file, x.ruleId, x.pointer, x.line, x.column]));
    expect(where(english)).toEqual(where(dutch));
    const nl = dutch.files.flatMap((f) => f.findings.map((x) => x.message));
    const en = english.files.flatMap((f) => f.findings.map((x) => x.message));
    // Issue 27's accounts, plus aandeel-2029 on the emdr example and zorgdomein-signaal twice on the wlz example (issue 24),
    // and bo-besluit-register on the BO decision checked without its register (issue 25).
    expect(nl).toHaveLength(38);
    nl.forEach((message, i) => expect(en[i]).not.toBe(message));
    expect(english.lang).toBe('en');
  });

  it('the text report’s own words follow the language too', () => {
    const english = runBuilt(['check', '--no-color', '--lang', 'en', 'examples/']).stdout;
    expect(english).toContain('file(s):');
    expect(english).not.toMatch(/bestand\(en\)|waarschuwing|aanvullende beoordeling\b/);
  });
});
