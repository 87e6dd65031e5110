/** `modelplan status`: every status reached, the bundled round, formats, filters and exit codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decideStatus, type StatusReport } from '../../src/round/status.js';
import { AFTER_BO_STATUSES, STATUSES, type Beoordeling, type Status, type Uitkomst } from '../../src/round/types.js';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { baseAanvraag, decision, regionalAanvraag, writeBatch } from './harness.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/status.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
// The status's block after assessment has the shape of the budget's (schemas/budget.schema.json#/$defs/beoordeeld).
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/budget.schema.json'), 'utf8')) as object, 'budget.schema.json');
const validate = ajv.compile(schema);

const d = (uitkomst: Uitkomst, bedrag?: number, split?: { ontvanger: string; bedrag: number }[]): Beoordeling => ({
  ...decision(baseAanvraag(), 'coordinerend', { uitkomst }),
  ...(bedrag === undefined ? {} : { toegekend: split ? { bedrag, per_ontvanger: split } : { bedrag } }),
});

describe('decideStatus: every status, from the decisions per role', () => {
  const cases: [string, Beoordeling | undefined, Beoordeling | undefined, boolean, Status, number | null][] = [
    ['no decision at all', undefined, undefined, false, 'wacht-op-coordinerend', null],
    ['only the second insurer decided', undefined, d('akkoord', 10), false, 'wacht-op-coordinerend', null],
    ['the coordinating insurer approved', d('akkoord', 10), undefined, false, 'wacht-op-tweede', null],
    ['the coordinating insurer approved with conditions', d('akkoord-onder-voorwaarden', 10), undefined, false, 'wacht-op-tweede', null],
    ['the coordinating insurer holds it', d('aanhouden'), undefined, false, 'aangehouden', null],
    ['the coordinating insurer rejects it', d('afwijzen'), undefined, false, 'afgewezen', null],
    ['both approve the same amount', d('akkoord', 10), d('akkoord-onder-voorwaarden', 10), false, 'akkoord', 10],
    ['both approve the same split', d('akkoord', 10, [{ ontvanger: 'a', bedrag: 4 }, { ontvanger: 'b', bedrag: 6 }]), d('akkoord', 10, [{ ontvanger: 'b', bedrag: 6 }, { ontvanger: 'a', bedrag: 4 }]), false, 'akkoord', 10],
    ['both approve, different amounts', d('akkoord', 10), d('akkoord', 9), false, 'strijdig', null],
    ['both approve the same amount, split differently', d('akkoord', 10, [{ ontvanger: 'a', bedrag: 4 }, { ontvanger: 'b', bedrag: 6 }]), d('akkoord', 10, [{ ontvanger: 'a', bedrag: 5 }, { ontvanger: 'b', bedrag: 5 }]), false, 'strijdig', null],
    ['one approves, the other holds', d('akkoord', 10), d('aanhouden'), false, 'aangehouden', null],
    ['both hold', d('aanhouden'), d('aanhouden'), false, 'aangehouden', null],
    ['both reject', d('afwijzen'), d('afwijzen'), false, 'afgewezen', null],
    ['one approves, the other rejects', d('akkoord', 10), d('afwijzen'), false, 'strijdig', null],
    ['one rejects, the other holds', d('afwijzen'), d('aanhouden'), false, 'strijdig', null],
    ['a decision on older content, whatever else', d('akkoord', 10), d('akkoord', 10), true, 'verouderd', null],
  ];
  it.each(cases)('%s', (_name, c, t, stale, status, toegekend) => {
    expect(decideStatus(c, t, { changed: false, double: false, stale })).toEqual({ status, toegekend });
  });
  const blocked: [string, { changed: boolean; double: boolean; stale: boolean }, Status][] = [
    ['two current decisions for one role, whatever they say', { changed: false, double: true, stale: true }, 'dubbel'],
    ['the file changed since the register, whatever else', { changed: true, double: true, stale: true }, 'gewijzigd'],
  ];
  it.each(blocked)('%s', (_name, block, status) => {
    expect(decideStatus(d('akkoord', 10), d('akkoord', 10), block)).toEqual({ status, toegekend: null });
  });
  it('the table reaches every status before the BO (the ones after it: tests/round/bo.test.ts)', () => {
    expect(new Set([...cases.map((c) => c[4]), ...blocked.map((b) => b[2])])).toEqual(new Set(STATUSES.filter((s) => !AFTER_BO_STATUSES.includes(s))));
  });
});

async function statusJson(args: string[], cwd = ROOT): Promise<StatusReport> {
  const result = await runInProcess(['status', '--format', 'json', ...args], { cwd });
  expect(result.stderr).toBe('');
  const status = JSON.parse(result.stdout) as StatusReport;
  expect(validate(status), JSON.stringify(validate.errors)).toBe(true);
  return status;
}

describe('the bundled round (examples + examples/beoordelingen)', () => {
  /**
   * Fails on purpose when an example application changed and its decision files were not brought
   * along (a stale fingerprint): see the README, "Een beoordelingsronde", for the refresh commands.
   */
  it('every status occurs, exactly as the decision files intend; the BO decision and both confirmations make two definitief', async () => {
    const status = await statusJson(['examples', 'examples/beoordelingen', '--register', 'examples/register.json']);
    expect(Object.fromEntries(status.aanvragen.map((r) => [r.bestand, r.status]))).toEqual({
      'examples/afwijking-gemotiveerd-capaciteitsplanning-msz.yaml': 'strijdig',
      'examples/afwijking-niet-gemeld-emdr-ggz.yaml': 'afgewezen',
      'examples/ai-spraakgestuurd-rapporteren-vvt.yaml': 'definitief',
      'examples/digitaal-zorgpad-copd-msz.yaml': 'definitief',
      'examples/medtech-slim-incontinentiemateriaal-vvt.yaml': 'wacht-op-tweede',
      'examples/regelfouten-vacuumtherapie.yaml': 'verouderd',
      'examples/regionale-invulling-digitale-triage.yaml': 'aangehouden',
      'examples/wlz-zorg-op-zvw-route-incontinentie.yaml': 'wacht-op-coordinerend',
    });
    // akkoord waits for the BO: with a BO decision that counts, none is left; bo-afgewezen and wacht-op-bevestiging are in
    // tests/round/bo.test.ts; dubbel and gewijzigd need an error in the round (tests/round/held.test.ts).
    expect(STATUSES.filter((s) => status.tellingen.perStatus[s] === 0)).toEqual(['akkoord', 'wacht-op-bevestiging', 'bo-afgewezen', 'dubbel', 'gewijzigd']);
    expect(status.aanvragen.filter((r) => r.boBedrag !== null).map((r) => [r.bestand, r.toegekend, r.boBedrag])).toEqual([
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', 2400000, 2000000],
      ['examples/digitaal-zorgpad-copd-msz.yaml', 1800000, 1800000],
    ]);
    expect(status.boBesluit?.bestand).toBe('examples/bo/besluit.yaml');
    expect(status.tellingen.definitief).toBe(2000000 + 1800000);
    // Only the intended stale decision is stale, and no decision file has an error.
    const decisions = status.aanvragen.flatMap((r) => r.beoordelingen);
    expect(decisions.filter((b) => !b.actueel).map((b) => b.bestand)).toEqual(['examples/beoordelingen/regelfouten-vacuumtherapie.coordinerend.yaml']);
    expect(decisions.filter((b) => !b.geldig)).toEqual([]);
    const check = await runInProcess(['check', 'examples/beoordelingen', 'examples', '--format', 'json']);
    const report = JSON.parse(check.stdout) as { files: { file: string; findings: { ruleId: string; severity: string }[] }[] };
    expect(report.files.filter((f) => f.file.startsWith('examples/beoordelingen/')).flatMap((f) => f.findings.map((x) => `${f.file}:${x.ruleId}:${x.severity}`))).toEqual([
      'examples/beoordelingen/regelfouten-vacuumtherapie.coordinerend.yaml:beoordeling-aanvraag:warning',
    ]);
    expect(status.tellingen.toegekend).toBe(2400000 + 1800000);
    expect(status.buitenRonde).toEqual(['examples/sociaal-domein-valpreventie.yaml']);
  });

  it('--alleen gives a work queue, --verzekeraar one insurer’s share; counts follow the selection', async () => {
    const queue = await statusJson(['examples', 'examples/beoordelingen', '--alleen', 'wacht-op-tweede,wacht-op-coordinerend', '--verzekeraar', '3358']);
    expect(queue.aanvragen.map((r) => `${r.bestand}:${r.status}`)).toEqual(['examples/medtech-slim-incontinentiemateriaal-vvt.yaml:wacht-op-tweede', 'examples/wlz-zorg-op-zvw-route-incontinentie.yaml:wacht-op-coordinerend']);
    expect(queue.tellingen.totaal).toBe(2);
    expect(queue.filter).toEqual({ alleen: ['wacht-op-coordinerend', 'wacht-op-tweede'], verzekeraar: '3358' });
  });

  it.each([
    [[], 0],
    [['--fail-on', 'strijdig'], 1],
    [['--fail-on', 'open'], 1],
    [['--fail-on', 'open', '--alleen', 'definitief,afgewezen'], 0],
    [['--fail-on', 'open', '--alleen', 'akkoord,definitief'], 0],
    [['--fail-on', 'strijdig', '--alleen', 'akkoord'], 0],
  ])('exit code with %j is %i', async (extra, code) => {
    const result = await runInProcess(['status', 'examples', 'examples/beoordelingen', '--register', 'examples/register.json', ...(extra as string[])]);
    expect(result.code).toBe(code);
  });
});

describe('usage mistakes are exit 2 with a plain message', () => {
  it.each([
    [['--alleen', 'akkoord,klaar'], 'modelplan: onbekende status "klaar" in --alleen; kies uit: wacht-op-coordinerend, wacht-op-tweede, akkoord, wacht-op-bevestiging, definitief, bo-afgewezen, aangehouden, afgewezen, strijdig, verouderd, dubbel, gewijzigd\n'],
    [['--verzekeraar', '33'], 'modelplan: --verzekeraar verwacht een UZOVI-code van 4 cijfers, gevonden "33"\n'],
    [['--fail-on', 'warning'], 'modelplan: onbekende waarde voor --fail-on "warning"; kies strijdig of open\n'],
    [['--format', 'sarif'], 'modelplan: onbekend formaat "sarif"; kies uit: text, json, csv, markdown\n'],
  ])('%j', async (extra, stderr) => {
    expect(await runInProcess(['status', 'examples', ...extra])).toEqual({ code: 2, stdout: '', stderr });
  });
  it('in English too', async () => {
    expect((await runInProcess(['status', 'examples', '--alleen', 'done', '--lang', 'en'])).stderr).toBe(
      'modelplan: unknown status "done" in --alleen; choose from: wacht-op-coordinerend, wacht-op-tweede, akkoord, wacht-op-bevestiging, definitief, bo-afgewezen, aangehouden, afgewezen, strijdig, verouderd, dubbel, gewijzigd\n',
    );
  });
});

describe('formats (a small synthetic round in a temporary folder)', () => {
  const app = baseAanvraag();
  const regional = regionalAanvraag();
  const reacties = [
    { regel: 'regionale-invulling', pointer: '/regionale_invulling/0', motivering: 'Goed.' },
    { regel: 'regionale-invulling', pointer: '/regionale_invulling/1', motivering: 'Goed.' },
  ];
  const batch = () =>
    writeBatch({
      'a.yaml': app,
      'b.yaml': regional,
      'a.c.yaml': decision(app, 'coordinerend'),
      'a.t.yaml': decision(app, 'tweede'),
      'b.c.yaml': decision(regional, 'coordinerend', { uitkomst: 'aanhouden', reacties }, 'b.yaml'),
    });
  it.each(['text', 'json', 'csv', 'markdown'])('%s', async (format) => {
    const { dir } = batch();
    const result = await runInProcess(['status', '.', '--format', format], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchSnapshot();
    if (format === 'json') expect(validate(JSON.parse(result.stdout))).toBe(true);
  });
  it('text in English', async () => {
    const { dir } = batch();
    expect((await runInProcess(['status', '.', '--lang', 'en'], { cwd: dir })).stdout).toMatchSnapshot();
  });
});

describe('fouten: the round’s own errors, not those of the applications', () => {
  it('counts an error in a decision file and leaves an invalid application to check', async () => {
    const app = baseAanvraag();
    const broken = { ...baseAanvraag(), titel: 42 };
    const badDecision = { ...decision(app, 'coordinerend'), uitkomst: 'misschien' };
    const { dir } = writeBatch({ 'a.yaml': app, 'kapot.yaml': broken, 'a.c.yaml': badDecision, 'a.t.yaml': decision(app, 'tweede') });
    const check = JSON.parse((await runInProcess(['check', '--format', 'json', '.'], { cwd: dir })).stdout) as { files: { file: string; counts: { errors: number } }[] };
    expect(check.files.map((f) => [f.file, f.counts.errors > 0])).toEqual([
      ['a.c.yaml', true],
      ['a.t.yaml', false],
      ['a.yaml', false],
      ['kapot.yaml', true],
    ]);
    const status = await statusJson(['.'], dir);
    expect(status.fouten).toBe(check.files.find((f) => f.file === 'a.c.yaml')!.counts.errors);
    const text = (await runInProcess(['status', '.'], { cwd: dir })).stdout;
    expect(text).toContain(`Let op: ${status.fouten} fout(en) in deze run (beoordelingen of register)`);
  });

  it('is 0 for the bundled round, although examples/ holds invalid applications', async () => {
    expect((await statusJson(['examples', 'examples/beoordelingen', '--register', 'examples/register.json'])).fouten).toBe(0);
  });
});
