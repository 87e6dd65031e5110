/**
 * Issue 25 points 5 and 6, issue 23 point 4: the round held to one submission moment and not
 * steered by file names. Each wrong answer the issues report, as a regression test with the exact
 * findings, status rows and exit codes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import type { Report } from '../../src/report/types.js';
import { registerHash } from '../../src/round/register.js';
import type { StatusReport } from '../../src/round/status.js';
import type { Register } from '../../src/round/types.js';
import { ROOT, runBuilt, runInProcess, type CliRun } from '../helpers/cli.js';
import { confirmation, totalOf, write, writeBo } from './bo-harness.js';
import { baseAanvraag, decision, fingerprintOf, writeBatch } from './harness.js';

const statusAjv = new Ajv2020({ strict: false, allErrors: true });
// The status's block after assessment has the shape of the budget's (schemas/budget.schema.json#/$defs/beoordeeld).
statusAjv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/budget.schema.json'), 'utf8')) as object, 'budget.schema.json');
const statusSchema = statusAjv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/status.schema.json'), 'utf8')) as object);

/** The round runs after its decisions (dated 2026-12-01 by the harness, the day of its register): with a register, a later date is an error. */
const after: CliRun = { now: () => new Date('2026-12-15T12:00:00Z') };

const app = baseAanvraag();
/** Another application for the same modelplan and the same providers (AGB codes): agb-dubbel between the two. */
const other = (): Aanvraag => ({ ...baseAanvraag(), titel: 'Te laat ingediend, zelfde aanbieders' });

async function register(dir: string, paths = ['a.yaml'], output = 'register.json', cwd = dir): Promise<Register> {
  const result = await runInProcess(['register', ...paths, '--peildatum', '2026-12-01', '-o', output], { cwd });
  expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  return JSON.parse(readFileSync(join(cwd, output), 'utf8')) as Register;
}

async function check(cwd: string, args: string[]): Promise<{ code: number; report: Report }> {
  const result = await runInProcess(['check', '--format', 'json', ...args], { cwd, ...after });
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

async function status(cwd: string, args: string[], run: CliRun = after): Promise<{ code: number; status: StatusReport }> {
  const result = await runInProcess(['status', '--format', 'json', ...args], { cwd, ...run });
  expect(result.stderr).toBe('');
  const parsed = JSON.parse(result.stdout) as StatusReport;
  expect(statusSchema(parsed), JSON.stringify(statusSchema.errors)).toBe(true);
  return { code: result.code, status: parsed };
}

/** file → "ruleId:messageId" of every finding, for the files that have any. */
const findingsOf = (report: Report) => Object.fromEntries(report.files.filter((f) => f.findings.length > 0).map((f) => [f.file, f.findings.map((x) => `${x.ruleId}:${x.messageId}`)]));
const rows = (s: StatusReport) => s.aanvragen.map((r) => `${r.bestand}:${r.status}:${r.toegekend ?? '-'}`);

/** export nza into a new folder: its exit code and the requests written (a refusal writes none and says why on stderr). */
async function exported(cwd: string, args: string[]): Promise<{ code: number; files: string[] }> {
  const out = join(mkdtempSync(join(tmpdir(), 'modelplan-held-nza-')), 'nza');
  const result = await runInProcess(['export', 'nza', ...args, '-o', out], { cwd, ...after });
  expect(result.code === 0 || result.stderr.startsWith('export nza geweigerd'), result.stderr).toBe(true);
  return { code: result.code, files: result.code === 0 ? readdirSync(out).filter((f) => f.endsWith('.nza.json')).sort() : [] };
}

describe('one submission moment, held: a file outside the register counts for nothing', () => {
  const round = () => writeBatch({ 'a.yaml': app, 'a.c.yaml': decision(app, 'coordinerend'), 'a.t.yaml': decision(app, 'tweede') });

  it('a late file raises no agb-dubbel on a registered application, so its decisions stand and it is exported', async () => {
    const batch = round();
    const { dir } = batch;
    await register(dir);
    writeFileSync(join(dir, 'laat.yaml'), stringify(other()));
    // Without the register the two share their providers (the batch rule sees both).
    const unheld = findingsOf((await check(dir, ['.'])).report)['a.yaml']!;
    expect(unheld.filter((f) => f.startsWith('agb-dubbel'))).toEqual(['agb-dubbel:alsoIn', 'agb-dubbel:alsoIn', 'agb-dubbel:alsoIn']);
    expect(new Set(unheld)).toEqual(new Set(['agb-dubbel:alsoIn', 'project-regio:sameRegion', 'project-regio:sameOrganisation']));
    const { code, report } = await check(dir, ['.', '--register', 'register.json']);
    expect(code).toBe(1);
    expect(findingsOf(report)).toEqual({ 'laat.yaml': ['register-toegevoegd:added'], 'register.json': ['register-echtheid:unsigned'] });
    expect(report.files.filter((f) => f.naIndienmoment).map((f) => f.file)).toEqual(['laat.yaml']);
    expect(report.summary.naIndienmoment).toEqual(['laat.yaml']);
    // Listed apart, not counted as an invalid application.
    expect(report.summary.decisions.ongeldig).toBe(0);
    const text = await runInProcess(['check', '.', '--register', 'register.json'], { cwd: dir, ...after });
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('na het indienmoment toegevoegd, telt nergens mee (1): laat.yaml');
    const s = await status(dir, ['.', '--register', 'register.json']);
    expect(rows(s.status)).toEqual([`a.yaml:akkoord:${totalOf(app)}`]);
    // The seed's order to the NZa: the BO decides on the figures (the late file is not in them), both insurers confirm.
    await writeBo(batch);
    for (const rol of ['coordinerend', 'tweede'] as const) write(batch, `a.${rol}.bevestiging.yaml`, confirmation(batch, app, 'a.yaml', rol, totalOf(app)));
    expect(await exported(dir, ['.', '--register', 'register.json'])).toEqual({ code: 0, files: [`a.${fingerprintOf(app).slice(0, 16)}.nza.json`] });
  });

  it('a late copy of a registered application is not aanvraag-dubbel either: it is only late', async () => {
    const { dir } = round();
    await register(dir);
    writeFileSync(join(dir, '0-kopie.yaml'), stringify(app));
    const { report } = await check(dir, ['.', '--register', 'register.json']);
    expect(findingsOf(report)).toEqual({ '0-kopie.yaml': ['register-toegevoegd:added'], 'register.json': ['register-echtheid:unsigned'] });
    expect(report.files.find((f) => f.file === 'a.yaml')!.duplicateOf).toBeUndefined();
  });

  it('a late file is in no work queue and no count: status lists it apart', async () => {
    const { dir } = round();
    await register(dir);
    writeFileSync(join(dir, 'laat.yaml'), stringify(other()));
    const queue = await status(dir, ['.', '--register', 'register.json', '--alleen', 'wacht-op-coordinerend', '--verzekeraar', app.zorgverzekeraars!.coordinerend.uzovi]);
    expect(queue.status.aanvragen).toEqual([]);
    expect(queue.status.tellingen.totaal).toBe(0);
    expect(queue.status.naIndienmoment).toEqual(['laat.yaml']);
    const all = await status(dir, ['.', '--register', 'register.json']);
    expect(all.status.tellingen.totaal).toBe(1);
    expect(all.status.tellingen.perStatus['wacht-op-coordinerend']).toBe(0);
    // The register's finding on the late file is an error of the round: exit 1 (point 6).
    expect(all.status.fouten).toBe(1);
    expect(all.code).toBe(1);
    const text = await runInProcess(['status', '.', '--register', 'register.json'], { cwd: dir, ...after });
    expect(text.stdout).toContain('Na het indienmoment toegevoegd, niet in het register (telt nergens mee): laat.yaml\n');
  });

  it('budget and rapport leave a late file out of every total and name it apart', async () => {
    const { dir } = round();
    await register(dir);
    writeFileSync(join(dir, 'laat.yaml'), stringify(other()));
    const budget = JSON.parse((await runInProcess(['budget', '.', '--register', 'register.json', '--format', 'json'], { cwd: dir, ...after })).stdout) as { overall: { count: number; requested: string | number }; leftOut: { invalid: unknown[]; late: { file: string }[] } };
    const alone = JSON.parse((await runInProcess(['budget', 'a.yaml', '--format', 'json'], { cwd: dir, ...after })).stdout) as typeof budget;
    expect(budget.overall.count).toBe(1);
    expect(budget.overall.requested).toEqual(alone.overall.requested);
    expect(budget.leftOut.late).toEqual([{ file: 'laat.yaml' }]);
    expect(budget.leftOut.invalid).toEqual([]);
    const page = await runInProcess(['rapport', '.', '--register', 'register.json', '--peildatum', '2026-12-15'], { cwd: dir, ...after });
    expect(page.stdout).toContain('<tr data-key="na-indienmoment"><th scope="row">Na het indienmoment toegevoegd, telt nergens mee: <code>laat.yaml</code></th>');
    expect(page.stdout).toContain('; 1 na het indienmoment toegevoegd (niet in het register), die nergens meetellen');
  });
});

describe('register paths are relative to the register file: the same answer from every folder', () => {
  it('a register made in one folder, written to another, checked from a third', async () => {
    const root = mkdtempSync(join(tmpdir(), 'modelplan-held-cwd-'));
    mkdirSync(join(root, 'ronde'));
    mkdirSync(join(root, 'balie'));
    mkdirSync(join(root, 'elders'));
    writeFileSync(join(root, 'ronde', 'a.yaml'), stringify(app));
    writeFileSync(join(root, 'ronde', 'b.yaml'), stringify(other()));
    const made = await register(join(root, 'ronde'), ['a.yaml', 'b.yaml'], '../balie/register.json');
    expect(made.registerVersie).toBe('2.0.0');
    expect(made.bestanden.map((b) => b.bestand)).toEqual(['../ronde/a.yaml', '../ronde/b.yaml']);
    const registerOf = (cwd: string) => (cwd === root ? 'balie/register.json' : join(root, 'balie', 'register.json'));
    const answers = [];
    for (const [cwd, paths] of [
      [join(root, 'ronde'), ['.']],
      [root, ['ronde']],
      [join(root, 'elders'), ['../ronde']],
      [join(root, 'balie'), [join(root, 'ronde')]],
    ] as const) {
      const { code, report } = await check(cwd, [...paths, '--register', registerOf(cwd)]);
      answers.push({ code, register: report.files.flatMap((f) => f.findings.filter((x) => x.ruleId.startsWith('register-')).map((x) => x.ruleId)) });
    }
    // The two applications share their providers: agb-dubbel (a warning) — and no register finding but the unsigned notice.
    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ code: 0, register: ['register-echtheid'] })));
    // The built binary, started in another folder, agrees.
    const built = runBuilt(['check', '../ronde', '--register', '../balie/register.json', '--format', 'json'], { cwd: join(root, 'elders'), env: { MODELPLAN_NOW: '2026-12-15' } });
    expect(built.code).toBe(0);
    expect((JSON.parse(built.stdout) as Report).files.flatMap((f) => f.findings.filter((x) => x.ruleId.startsWith('register-')).map((x) => `${f.file}:${x.ruleId}`))).toEqual(['../balie/register.json:register-echtheid']);
    // And a file changed is found from every folder too.
    writeFileSync(join(root, 'ronde', 'b.yaml'), stringify({ ...other(), titel: 'Na de deadline gewijzigd' }));
    const changed = await check(join(root, 'elders'), ['../ronde', '--register', join(root, 'balie', 'register.json')]);
    expect(findingsOf(changed.report)['../ronde/b.yaml']!.filter((f) => f.startsWith('register-'))).toEqual(['register-gewijzigd:changed']);
  });

  it('a register of version 1.x keeps its meaning: paths relative to the folder check runs in', async () => {
    const { dir, texts } = writeBatch({ 'a.yaml': app });
    const made = await register(dir);
    const { registerHash: _old, ...body } = { ...made, registerVersie: '1.1.0', bestanden: made.bestanden.map((b) => ({ ...b, bestand: `sub/${b.bestand}` })) };
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.yaml'), texts['a.yaml']!);
    writeFileSync(join(dir, 'oud.json'), JSON.stringify({ ...body, registerHash: registerHash(body) }, null, 2));
    const { code, report } = await check(dir, ['sub', '--register', 'oud.json']);
    expect({ code, findings: findingsOf(report) }).toEqual({ code: 0, findings: { 'oud.json': ['register-echtheid:unsigned'] } });
  });
});

describe('the round cannot be steered by file names', () => {
  it('a copy of an old akkoord under a name that sorts first does not win over the real afwijzen: status dubbel, nothing exported', async () => {
    const { dir } = writeBatch({
      'a.yaml': app,
      '0-kopie.c.yaml': decision(app, 'coordinerend'),
      'a.c.yaml': decision(app, 'coordinerend', { uitkomst: 'afwijzen', toegekend: undefined }),
      'a.t.yaml': decision(app, 'tweede'),
    });
    const { report } = await check(dir, ['.']);
    expect(findingsOf(report)).toEqual({ '0-kopie.c.yaml': ['beoordeling-dubbel:duplicate'], 'a.c.yaml': ['beoordeling-dubbel:duplicate'] });
    const s = await status(dir, ['.']);
    expect(rows(s.status)).toEqual(['a.yaml:dubbel:-']);
    expect(s.status.tellingen.perStatus.dubbel).toBe(1);
    expect(s.status.tellingen.toegekend).toBe(0);
    expect(s.code).toBe(1);
    // Refused (no register, and the round has errors): nothing written.
    expect(await exported(dir, ['.'])).toEqual({ code: 1, files: [] });
    // The same under any names: renaming the copy to sort last changes nothing.
    const renamed = writeBatch({
      'a.yaml': app,
      'z-kopie.c.yaml': decision(app, 'coordinerend'),
      'a.c.yaml': decision(app, 'coordinerend', { uitkomst: 'afwijzen', toegekend: undefined }),
      'a.t.yaml': decision(app, 'tweede'),
    });
    expect(rows((await status(renamed.dir, ['.'])).status)).toEqual(['a.yaml:dubbel:-']);
  });

  it('an application changed after the register: status says gewijzigd, as export leaves it out, even with decisions on the new content', async () => {
    const { dir } = writeBatch({ 'a.yaml': app });
    await register(dir);
    const changed: Aanvraag = { ...app, titel: 'Na de deadline gewijzigd' };
    writeFileSync(join(dir, 'a.yaml'), stringify(changed));
    const fresh = (rol: 'coordinerend' | 'tweede') => ({ ...decision(changed, rol), aanvraag: { bestand: 'a.yaml', fingerprint: fingerprintOf(changed) } });
    writeFileSync(join(dir, 'a.c.yaml'), stringify(fresh('coordinerend')));
    writeFileSync(join(dir, 'a.t.yaml'), stringify(fresh('tweede')));
    const s = await status(dir, ['.', '--register', 'register.json']);
    expect(rows(s.status)).toEqual(['a.yaml:gewijzigd:-']);
    expect(s.code).toBe(1);
    // Refused: the run's register check fails.
    expect(await exported(dir, ['.', '--register', 'register.json'])).toEqual({ code: 1, files: [] });
    // Without the register the same files are akkoord, and exported.
    expect(rows((await status(dir, ['.'])).status)).toEqual([`a.yaml:akkoord:${app.begroting.reduce((t, l) => t + l.bedrag, 0)}`]);
  });
});

describe('decision dates lie between the register’s peildatum and today', () => {
  const dated = (datum: string) => writeBatch({ 'a.yaml': app, 'a.c.yaml': decision(app, 'coordinerend', { datum }) });
  it.each([
    ['2999-12-31', ['beoordeling-datum:afterToday']],
    ['2026-12-16', ['beoordeling-datum:afterToday']],
    ['2026-12-15', undefined],
    ['2026-12-01', undefined],
    ['2026-11-30', ['beoordeling-datum:beforePeildatum']],
  ])('dated %s, checked on 2026-12-15 with peildatum 2026-12-01', async (datum, expected) => {
    const { dir } = dated(datum);
    await register(dir);
    const { report } = await check(dir, ['.', '--register', 'register.json']);
    expect(findingsOf(report)['a.c.yaml']).toEqual(expected);
    const finding = report.files.find((f) => f.file === 'a.c.yaml')!.findings[0];
    if (expected?.[0] === 'beoordeling-datum:afterToday') {
      expect(finding).toMatchObject({ severity: 'error', pointer: '/datum', line: 9, args: { datum, vandaag: '2026-12-15' } });
      expect(finding!.message).toBe(`datum ${datum} ligt na vandaag (2026-12-15): een beoordeling uit de toekomst bestaat nog niet; geef de datum waarop beoordeeld is`);
    }
  });

  it('today comes from MODELPLAN_NOW when set (the clock of a reproducible run), and a bad value is a usage mistake', async () => {
    const { dir } = dated('2026-12-20');
    await register(dir);
    const on = (now: string) => runInProcess(['check', '.', '--register', 'register.json', '--format', 'json'], { cwd: dir, env: { MODELPLAN_NOW: now } });
    const early = JSON.parse((await on('2026-12-19')).stdout) as Report;
    expect(findingsOf(early)['a.c.yaml']).toEqual(['beoordeling-datum:afterToday']);
    const late = JSON.parse((await on('2026-12-20T08:00:00Z')).stdout) as Report;
    expect(findingsOf(late)['a.c.yaml']).toBeUndefined();
    expect(await on('morgen')).toEqual({ code: 2, stdout: '', stderr: 'modelplan: MODELPLAN_NOW verwacht een datum JJJJ-MM-DD of een ISO 8601-moment, gevonden "morgen"\n' });
  });
});

describe('status exits 1 when the round has errors', () => {
  it('a decision file with an error: "Let op: 1 fout(en)" and exit 1, with or without --fail-on', async () => {
    const { dir } = writeBatch({ 'a.yaml': app, 'a.c.yaml': { ...decision(app, 'coordinerend'), uitkomst: 'misschien' }, 'a.t.yaml': decision(app, 'tweede') });
    const text = await runInProcess(['status', '.'], { cwd: dir, ...after });
    expect(text.stdout).toContain('Let op: 1 fout(en) in deze run (beoordelingen of register); zie modelplan check.\n');
    expect(text.code).toBe(1);
    for (const failOn of ['strijdig', 'open']) expect((await runInProcess(['status', '.', '--fail-on', failOn], { cwd: dir, ...after })).code).toBe(1);
  });

  it('without errors: 0, and --fail-on as before', async () => {
    const { dir } = writeBatch({ 'a.yaml': app, 'a.c.yaml': decision(app, 'coordinerend') });
    expect((await runInProcess(['status', '.'], { cwd: dir, ...after })).code).toBe(0);
    expect((await runInProcess(['status', '.', '--fail-on', 'strijdig'], { cwd: dir, ...after })).code).toBe(0);
    expect((await runInProcess(['status', '.', '--fail-on', 'open'], { cwd: dir, ...after })).code).toBe(1);
  });

  it.each([['register'], ['init-beoordeling'], ['status'], ['export'], ['init-verantwoording'], ['init-plausibiliteit'], ['voortgang']])('%s --help states its exit codes, in both languages', async (command) => {
    const nl = await runInProcess([command, '--help']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/\nExitcodes:\n {2}0 {2}.+\n(?: {2}1 {2}.+\n)? {2}2 {2}gebruiksfout \(onbekende optie, ontbrekend of onleesbaar argument\) of interne fout\n$/);
    const en = await runInProcess([command, '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/\nExit codes:\n {2}0 {2}.+\n(?: {2}1 {2}.+\n)? {2}2 {2}usage mistake \(unknown option, missing or unreadable argument\) or internal error\n$/);
  });
});
