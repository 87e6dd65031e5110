/**
 * `modelplan check --fix [--dry-run]` end to end (in process): every fixable case of issue 12 gives
 * a file that passes, differs only on the fixed lines, keeps every comment, and is unchanged by a
 * second run; --dry-run changes no byte; stdin and unparseable files are never touched.
 */
import { chmodSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Report } from '../../src/report/types.js';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { VALPREVENTIE } from '../rules/as-written-helpers.js';

/** The valid example with comments of an applicant's own, on lines of their own and after values. */
const COMMENTED = VALPREVENTIE.replace('soort: aanvraag\n', 'soort: aanvraag   # ingevuld door de projectleider\n# Eerst de modelplan-verwijzing\n').replace(
  'begroting:\n',
  'begroting:   # bedragen in hele euro\'s\n',
);

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-fix-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Every comment, by line (the repaired line itself is compared whole elsewhere). */
const comments = (text: string, except = 0) =>
  text
    .split('\n')
    .map((l, i) => (i + 1 === except || !/(^|\s)#/.test(l) ? undefined : l.slice(l.search(/(^|\s)#/))))
    .filter((c) => c !== undefined);

const lineDiff = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.map((line, i) => (line === y[i] ? undefined : i + 1)).filter((n) => n !== undefined);
};

/** [name, as typed (from → to on the commented example), the repaired line]. */
const fixable: [name: string, from: string, to: string, repaired: string][] = [
  ['Dutch thousands', '    bedrag: 180000', '    bedrag: 180.000', '    bedrag: 180000'],
  ['euro sign and ,-', '    bedrag: 60000', '    bedrag: € 60.000,-', '    bedrag: 60000'],
  ['spaces', '    bedrag: 40000', '    bedrag: 40 000', '    bedrag: 40000'],
  ['a decimal zero', '    bedrag: 50000', '    bedrag: 50000.0', '    bedrag: 50000'],
  ['an amount in quotes', '    bedrag: 30000', '    bedrag: "30000"', '    bedrag: 30000'],
  ['a code without quotes', 'kvk: "55667788"', 'kvk: 05566778', 'kvk: "05566778"'],
  ['text cut by #', 'titel: "Valpreventie voor thuiswonende ouderen in Utrecht en Nieuwegein"', 'titel: Valpreventie #1 in Utrecht', 'titel: "Valpreventie #1 in Utrecht"'],
  ['an English field name', 'begroting:   #', 'budget:   #', 'begroting:   #'],
  ['a no-break space after a colon', 'sector: sociaal-domein', 'sector:\u00a0sociaal-domein', 'sector: sociaal-domein'],
  ['a no-break space in the indentation', '  vorm: gemeente', '\u00a0 vorm: gemeente', '  vorm: gemeente'],
];

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

describe('the repair as data on the finding', () => {
  it('is in --format json, valid against schemas/report.schema.json, with offsets and the same range as line and column', async () => {
    const text = COMMENTED.replace('    bedrag: 180000', '    bedrag: 180.000').replace('kvk: "55667788"', 'kvk: 05566778');
    const dir = workspace({ 'aanvraag.yaml': text });
    const report = JSON.parse((await runInProcess(['check', '--format', 'json', 'aanvraag.yaml'], { cwd: dir })).stdout) as Report;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const fixes = report.files[0]!.findings.map((f) => f.fix);
    const kvk = text.indexOf('05566778');
    const bedrag = text.indexOf('180.000');
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    const columnOf = (offset: number) => offset - text.lastIndexOf('\n', offset - 1);
    expect(fixes).toEqual([
      { start: kvk, end: kvk + 8, replacement: '"05566778"', range: { line: lineOf(kvk), column: columnOf(kvk), endLine: lineOf(kvk), endColumn: columnOf(kvk) + 8 } },
      { start: bedrag, end: bedrag + 7, replacement: '180000', range: { line: lineOf(bedrag), column: columnOf(bedrag), endLine: lineOf(bedrag), endColumn: columnOf(bedrag) + 7 } },
    ]);
  });
});

describe('check --fix', () => {
  it.each(fixable)('%s: repaired, passes, only that line changed, comments kept, a second run changes nothing', async (_name, from, to, repaired) => {
    expect(COMMENTED).toContain(from);
    const typedText = COMMENTED.replace(from, to);
    const dir = workspace({ 'aanvraag.yaml': typedText });
    const file = join(dir, 'aanvraag.yaml');

    // Not silent before: an error, or (text cut by #) a warning.
    const before = await runInProcess(['check', 'aanvraag.yaml'], { cwd: dir });
    expect(before.stdout).not.toContain('geen bevindingen');
    expect(before.stdout).toMatch(/[1-9] (fout|waarschuwing)\(en\)/);

    const first = await runInProcess(['check', '--fix', 'aanvraag.yaml'], { cwd: dir });
    const after = readFileSync(file, 'utf8');
    const expected = typedText.replace(to, repaired);
    expect(after).toBe(expected);
    const fixedLine = typedText.slice(0, typedText.indexOf(to)).split('\n').length;
    expect(lineDiff(typedText, after)).toEqual([fixedLine]);
    expect(comments(after, fixedLine)).toEqual(comments(typedText, fixedLine));
    expect(comments(after, fixedLine).length).toBeGreaterThanOrEqual(4);
    expect(first.stdout).toContain('aanvraag.yaml: 1 gerepareerd');
    expect(first.stdout).toContain('1 reparatie(s) in 1 bestand(en); wat er nog over is:');

    // The repaired file passes `check` (a cut title is a text of its own now, so no warning either).
    const check = await runInProcess(['check', 'aanvraag.yaml'], { cwd: dir });
    expect(check.stdout).toContain('[standaard]');
    expect(check.stdout).toContain('0 fout(en), 0 waarschuwing(en)');
    expect(check.code).toBe(0);
    expect(first.code).toBe(0);

    const second = await runInProcess(['check', '--fix', 'aanvraag.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(second.stdout).toContain('niets te repareren; wat er over is:');
  });

  it('all at once, several passes (an invisible space hid the rest), the text says what was fixed and what is left', async () => {
    let text = COMMENTED;
    for (const [, from, to] of fixable) text = text.replace(from, to);
    // Left for the applicant: an ambiguous amount (no repair), reported after the repairs.
    text = text.replace('    bedrag: 30000\n  - categorie: kennisnetwerk', '    bedrag: 3,000\n  - categorie: kennisnetwerk');
    const dir = workspace({ 'aanvraag.yaml': text });
    const out = await runInProcess(['check', '--fix', 'aanvraag.yaml'], { cwd: dir });
    const after = readFileSync(join(dir, 'aanvraag.yaml'), 'utf8');
    let expected = COMMENTED;
    for (const [, from, , repaired] of fixable) expected = expected.replace(from, repaired);
    expected = expected.replace('    bedrag: 30000\n  - categorie: kennisnetwerk', '    bedrag: 3,000\n  - categorie: kennisnetwerk');
    expect(after).toBe(expected);
    expect(out.stdout).toContain(`aanvraag.yaml: ${fixable.length} gerepareerd`);
    expect(out.stdout).toMatch(/bedrag-notatie\n/);
    expect(out.stdout).toContain('3,000 is niet eenduidig');
    expect(out.code).toBe(1);
  });

  it('--dry-run prints a unified diff and changes no byte', async () => {
    const typedText = COMMENTED.replace('    bedrag: 180000', '    bedrag: 180.000');
    const dir = workspace({ 'aanvraag.yaml': typedText });
    const out = await runInProcess(['check', '--fix', '--dry-run', 'aanvraag.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(typedText);
    const line = typedText.slice(0, typedText.indexOf('    bedrag: 180.000')).split('\n').length;
    expect(out.stdout).toContain(`  --- a/aanvraag.yaml\n  +++ b/aanvraag.yaml\n  @@ -${line - 3},7 +${line - 3},7 @@\n`);
    expect(out.stdout).toContain('  -    bedrag: 180.000\n  +    bedrag: 180000\n');
    expect(out.stdout).toContain('Reparaties die check --fix zou doen (--dry-run: er is niets gewijzigd)');
    expect(out.stdout).toContain('[standaard]');
  });

  it('keeps a BOM and CRLF line ends', async () => {
    const crlf = '\ufeff' + COMMENTED.replace('    bedrag: 180000', '    bedrag: 180.000').replace(/\n/g, '\r\n');
    const dir = workspace({ 'aanvraag.yaml': Buffer.from(crlf, 'utf8') });
    await runInProcess(['check', '--fix', 'aanvraag.yaml'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'aanvraag.yaml'));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toBe(crlf.replace('180.000', '180000'));
  });

  it('writes the file a symbolic link points to, with its permissions', async () => {
    const dir = workspace({ 'echt.yaml': COMMENTED.replace('    bedrag: 180000', '    bedrag: 180.000') });
    chmodSync(join(dir, 'echt.yaml'), 0o640);
    symlinkSync('echt.yaml', join(dir, 'link.yaml'));
    await runInProcess(['check', '--fix', 'link.yaml'], { cwd: dir });
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'echt.yaml'), 'utf8')).toBe(COMMENTED);
    expect(statSync(join(dir, 'echt.yaml')).mode & 0o777).toBe(0o640);
  });

  it('never touches a file it cannot parse, nor an ambiguous value', async () => {
    const broken = COMMENTED.replace('  vorm: gemeente', '   vorm: gemeente').replace('    bedrag: 180000', '    bedrag: 180.000');
    const ambiguous = COMMENTED.replace('    bedrag: 180000', '    bedrag: 180,000');
    const dir = workspace({ 'kapot.yaml': broken, 'twijfel.yaml': ambiguous });
    const out = await runInProcess(['check', '--fix', 'kapot.yaml', 'twijfel.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'kapot.yaml'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'twijfel.yaml'), 'utf8')).toBe(ambiguous);
    expect(out.stdout).toContain('kapot.yaml: niet aangeraakt, het bestand is niet als YAML te lezen (zie de fout hieronder)');
    expect(out.stdout).toContain('niets te repareren; wat er over is:');
    expect(out.code).toBe(1);
  });

  it('in English too', async () => {
    const dir = workspace({ 'aanvraag.yaml': COMMENTED.replace('    bedrag: 180000', '    bedrag: 180.000') });
    const out = await runInProcess(['check', '--fix', '--lang', 'en', 'aanvraag.yaml'], { cwd: dir });
    expect(out.stdout).toContain('Repairs (check --fix)\naanvraag.yaml: 1 repaired\n');
    expect(out.stdout).toContain('1 repair(s) in 1 file(s); what is left:');
  });

  it.each([
    [['check', '--fix', '-'], '--fix wijzigt bestanden en kan niet met standaardinvoer (-)'],
    [['check', '--dry-run', 'x.yaml'], '--dry-run hoort bij --fix'],
    [['check', '--fix', '--watch', 'x.yaml'], '--fix kan niet samen met --watch'],
  ])('usage mistakes exit 2: %j', async (args, message) => {
    const dir = workspace({ 'x.yaml': COMMENTED });
    const out = await runInProcess(args, { cwd: dir, stdin: COMMENTED });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe(COMMENTED);
  });
});
