/**
 * Every hostile class of issue 7 in one batch, through the built CLI: each file gets its finding,
 * the valid application beside them is still checked, nothing crashes, hangs or leaks a stack
 * trace, and nothing from the input reaches the terminal unescaped.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { EXAMPLES, runBuilt, runInProcess } from '../helpers/cli.js';

const VALID = 'ai-spraakgestuurd-rapporteren-vvt.yaml';
const EVIL_NAME = 'naam-\u001b[31m-rood.yaml';
const asRoot = process.getuid?.() === 0;

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 10; i++) {
  const prev = String.fromCharCode(96 + i);
  const name = String.fromCharCode(97 + i);
  laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
}

const validText = readFileSync(join(EXAMPLES, VALID), 'utf8');
let amounts = 0;
const specialNumbers = validText.replace(/bedrag: \d+/g, (whole) => ['bedrag: .inf', 'bedrag: .nan', 'bedrag: 1e400'][amounts++] ?? whole);

/** File name → content, and the rules its findings must come from (sorted, unique). */
const HOSTILE: Record<string, [content: string | Buffer, rules: string[]]> = {
  'leeg.yaml': ['', ['bestand-leeg']],
  'commentaar.yaml': ['# alleen commentaar\n# nog meer\n', ['bestand-leeg']],
  'syntaxfout.yaml': ['soort: aanvraag\ntitel: "niet gesloten\n', ['yaml-syntaxis']],
  'tabs.yaml': ['soort: aanvraag\naanvrager:\n\tnaam: x\n', ['yaml-syntaxis']],
  'billion-laughs.yaml': [laughs.join('\n') + '\n', ['yaml-alias']],
  'zelfverwijzing.yaml': ['soort: aanvraag\nlus: &lus\n  terug: *lus\n', ['yaml-alias']],
  'diep-flow.yaml': ['['.repeat(100_000) + ']'.repeat(100_000) + '\n', ['yaml-syntaxis']],
  'diep-blok.yaml': ['- '.repeat(100_000) + 'x\n', ['yaml-syntaxis']],
  'lange-regel.yaml': ['soort: aanvraag\ntitel: "' + 'x'.repeat(20 * 1024 * 1024) + '"\n', ['schema']],
  'binair.yaml': [Buffer.from([0x00, 0x9f, 0x92, 0x96, 0xff, 0x00, 0x01, 0x02, 0x7f, 0x80]), ['bestand-codering']],
  'png.yaml': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), ['bestand-codering']],
  'ongeldige-utf8.yaml': [Buffer.concat([Buffer.from('soort: aanvraag\ntitel: "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]), ['bestand-codering']],
  'utf16-le.yaml': [utf16('soort: aanvraag\n', 'le'), ['bestand-codering']],
  'utf16-be.yaml': [utf16('soort: aanvraag\n', 'be'), ['bestand-codering']],
  'dubbele-sleutel.yaml': ['soort: aanvraag\ntitel: a\ntitel: b\n', ['yaml-dubbele-sleutel']],
  'meerdere-documenten.yaml': ['soort: aanvraag\n---\nsoort: aanvraag\n', ['yaml-meerdere-documenten']],
  'tag-js-function.yaml': ['soort: aanvraag\ntitel: !!js/function "function () { return 1 }"\n', ['yaml-onbekende-tag']],
  'tag-python.yaml': ['soort: aanvraag\ntitel: !!python/object/apply:os.system ["echo pwned"]\n', ['yaml-onbekende-tag']],
  'tag-include.yaml': ['soort: aanvraag\ntitel: !include /etc/passwd\n', ['yaml-onbekende-tag']],
  'tag-verbatim.yaml': ['soort: aanvraag\ntitel: !<tag:yaml.org,2002:js/undefined> ~\n', ['yaml-onbekende-tag']],
  'tag-lokaal.yaml': ['soort: aanvraag\ntitel: !geheim waarde\n', ['yaml-onbekende-tag']],
  'proto.yaml': ['soort: aanvraag\n__proto__:\n  polluted: ja\nconstructor:\n  prototype:\n    polluted: ja\n', ['schema']],
  'bijzondere-getallen.yaml': [specialNumbers, ['schema']],
  'scalar.yaml': ['42\n', ['soort-onbekend']],
  'lijst.yaml': ['- soort: aanvraag\n', ['soort-onbekend']],
  'null.yaml': ['~\n', ['soort-onbekend']],
  [EVIL_NAME]: ['soort: "\u001b]0;titel\u0007\u001b[2J"\n', ['soort-onbekend']],
};

function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-hostile-'));
  for (const [name, [content]] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), content);
  copyFileSync(join(EXAMPLES, VALID), join(dir, 'geldig.yaml'));
  mkdirSync(join(dir, 'map.yaml'));
  symlinkSync(join(dir, 'lus-b.yaml'), join(dir, 'lus-a.yaml'));
  symlinkSync(join(dir, 'lus-a.yaml'), join(dir, 'lus-b.yaml'));
  symlinkSync(join(dir, 'bestaat-niet.yaml'), join(dir, 'los-eind.yaml'));
  // A named pipe would block a naive reader forever; root can read any file, but not a pipe.
  execFileSync('mkfifo', [join(dir, 'pijp.yaml')]);
  if (!asRoot) {
    writeFileSync(join(dir, 'geen-toegang.yaml'), 'soort: aanvraag\n');
    chmodSync(join(dir, 'geen-toegang.yaml'), 0o000);
  }
  return dir;
}

const EXPECTED_OTHERS: Record<string, string[]> = {
  'map.yaml': ['bestand-onleesbaar'],
  'lus-a.yaml': ['bestand-onleesbaar'],
  'lus-b.yaml': ['bestand-onleesbaar'],
  'los-eind.yaml': ['bestand-onleesbaar'],
  'pijp.yaml': ['bestand-onleesbaar'],
  ...(asRoot ? {} : { 'geen-toegang.yaml': ['bestand-onleesbaar'] }),
};

describe('a batch of hostile files', () => {
  const dir = batch();
  // A glob, so that the directory named like a file is matched as one (a folder walk would search it).
  const args = ['check', '--max-file-size', '32MB', `${dir}/*.yaml`];

  it('gives every file its finding, checks the valid one as usual, and exits 1 without a stack trace', () => {
    const result = runBuilt([...args, '-f', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const byName = new Map(report.files.map((f) => [f.file.split('/').pop()!, f]));
    const expected = { ...Object.fromEntries(Object.entries(HOSTILE).map(([name, [, rules]]) => [name, rules])), ...EXPECTED_OTHERS, 'geldig.yaml': [] };
    expect(report.files.map((f) => f.file.split('/').pop()).sort()).toEqual(Object.keys(expected).sort());
    const rulesFound = Object.fromEntries([...byName].map(([name, f]) => [name, [...new Set(f.findings.filter((x) => x.severity === 'error').map((x) => x.ruleId))].sort()]));
    expect(rulesFound).toEqual(expected);
    expect(byName.get('geldig.yaml')!.findings).toEqual([]);
    expect(byName.get('geldig.yaml')!.review?.decision).toBe('standaard');
    const special = byName.get('bijzondere-getallen.yaml')!.findings.map((f) => f.pointer);
    expect(special).toEqual(['/begroting/0/bedrag', '/begroting/1/bedrag', '/begroting/2/bedrag']);
  }, 180_000);

  it('refuses the 20 MB file under the default size limit, and still checks the rest', () => {
    const result = runBuilt(['check', '-f', 'json', join(dir, 'lange-regel.yaml'), join(dir, 'geldig.yaml')]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.map((f) => [f.file.split('/').pop(), f.findings.map((x) => x.ruleId)])).toEqual([
      ['geldig.yaml', []],
      ['lange-regel.yaml', ['bestand-te-groot']],
    ]);
  }, 60_000);

  it('never lets a control character from a value or a file name reach the terminal', () => {
    const result = runBuilt([...args, '--no-color']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain('naam-\\x1b[31m-rood.yaml');
  }, 180_000);

  it('pollutes no prototype when run in this very process', async () => {
    await runInProcess(['check', join(dir, 'proto.yaml')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
