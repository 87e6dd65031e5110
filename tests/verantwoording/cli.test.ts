/** From the NZa request to the yearly overview, through the real CLI on the bundled examples. */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, ROOT, runInProcess } from '../helpers/cli.js';
import type { StatusReport } from '../../src/round/status.js';
import type { NzaVerantwoordingOverview } from '../../src/verantwoording/overview.js';
import type { Verantwoording } from '../../src/verantwoording/types.js';
import { FLOW, VARIANTS } from './paths.js';

const statusOf = async (paths: string[]) => {
  const result = await runInProcess(['status', ...paths, '--format', 'json']);
  expect([result.code, result.stderr]).toEqual([0, '']);
  return JSON.parse(result.stdout) as StatusReport;
};

describe('status after approval', () => {
  it('per project and year: plausibel and niet-plausibel (flow), niet-plausibel and plausibel under conditions (variants)', async () => {
    const flow = (await statusOf(FLOW)).verantwoording!;
    expect(flow.perStatus).toEqual({ verantwoord: 0, plausibel: 1, 'niet-plausibel': 1, ontbreekt: 0 });
    expect(flow.rijen.map((r) => [r.aanvraag, r.jaar, r.status, r.uitkomst, r.gerealiseerd, r.fouten])).toEqual([
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', 2027, 'plausibel', 'plausibel', 891667, 0],
      ['examples/digitaal-zorgpad-copd-msz.yaml', 2027, 'niet-plausibel', 'niet-plausibel', 950000, 4],
    ]);
    const variants = (await statusOf(VARIANTS)).verantwoording!;
    expect(variants.rijen.map((r) => [r.aanvraag, r.status, r.uitkomst])).toEqual([
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', 'niet-plausibel', 'niet-plausibel'],
      ['examples/digitaal-zorgpad-copd-msz.yaml', 'plausibel', 'plausibel-onder-voorwaarden'],
    ]);
  });

  it('verantwoord without a judgement; ontbreekt for a definitief project without an account for a due year', async () => {
    // Definitief takes the whole round: the register, the BO decision and both confirmations.
    const round = ['examples/*.yaml', 'examples/beoordelingen', 'examples/bo', 'examples/bevestigingen', '--register', 'examples/register.json'];
    const s = (await statusOf([...round, 'examples/verantwoording/ai-spraakgestuurd-rapporteren-vvt.2027.yaml'])).verantwoording!;
    expect(s.rijen.map((r) => [r.aanvraag, r.jaar, r.status, r.verantwoording])).toEqual([
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', 2027, 'verantwoord', 'examples/verantwoording/ai-spraakgestuurd-rapporteren-vvt.2027.yaml'],
      ['examples/digitaal-zorgpad-copd-msz.yaml', 2027, 'ontbreekt', null],
    ]);
  });

  it('a run without accounts has no section after approval (the round’s status as before)', async () => {
    expect((await statusOf(['examples/*.yaml', 'examples/beoordelingen'])).verantwoording).toBeUndefined();
  });
});

describe('export nza-verantwoording', () => {
  it('per insurer the plausible costs as fixed costs, the rest apart, per theme against the Zvw cap; JSON and CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nza-verantwoording-'));
    const result = await runInProcess(['export', 'nza-verantwoording', ...FLOW, '--jaar', '2027', '-o', dir]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(`overzicht 2027 voor de NZa geschreven naar ${dir}: plausibel € 891.667 bij 1 verzekeraar(s), 1 project(en) apart; nza-verantwoording-2027.json en .csv\n`);
    const o = JSON.parse(readFileSync(join(dir, 'nza-verantwoording-2027.json'), 'utf8')) as NzaVerantwoordingOverview;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/nza-verantwoording.schema.json'), 'utf8')) as object);
    expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    expect(o.perVerzekeraar.map((v) => [v.uzovi, v.vasteKosten, v.projecten.map((p) => p.aanvraag)])).toEqual([['3311', 891667, ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml']]]);
    expect(o.apart.map((p) => [p.aanvraag, p.status, p.gerealiseerd])).toEqual([['examples/digitaal-zorgpad-copd-msz.yaml', 'niet-plausibel', 950000]]);
    expect(o.perThema).toEqual([{ thema: 'ai', plausibel: 891667, cumulatief: 891667 }]);
    expect(o.plafond).toEqual({ id: 'zvw-plafond', bedrag: 600000000, totEnMet: 2029, ruimte: 599108333, binnenPlafond: true });
    const csv = readFileSync(join(dir, 'nza-verantwoording-2027.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('jaar;coordinerend_uzovi;aanvraag;fingerprint;thema;status;uitkomst;verantwoording;plausibiliteit;gerealiseerd_euro;vaste_kosten_euro');
    expect(csv.slice(1, -1).map((l) => l.split(';').filter((_, i) => [1, 5, 9, 10].includes(i)))).toEqual([['3311', 'plausibel', '891667', '891667'], ['3358', 'niet-plausibel', '950000', '']]);
  });

  it('usage mistakes exit 2: no --jaar, no -o, a folder that does not exist', async () => {
    expect(await runInProcess(['export', 'nza-verantwoording', ...FLOW, '-o', '.'])).toMatchObject({ code: 2, stderr: 'modelplan: geef --jaar op: het jaar van de verantwoording\n' });
    expect(await runInProcess(['export', 'nza-verantwoording', ...FLOW, '--jaar', '2027'])).toMatchObject({ code: 2, stderr: 'modelplan: geef -o <map> op: de map waarin het overzicht komt\n' });
    expect(await runInProcess(['export', 'nza-verantwoording', ...FLOW, '--jaar', '27', '-o', '.'])).toMatchObject({ code: 2, stderr: 'modelplan: --jaar verwacht een jaar, bijvoorbeeld 2027, gevonden "27"\n' });
    expect((await runInProcess(['export', 'nza-verantwoording', ...FLOW, '--jaar', '2027', '-o', 'bestaat-niet'])).code).toBe(2);
  });
});

describe('init-verantwoording', () => {
  it('starts from the approved amounts: per provider the year’s lines scaled to exactly the approved amount, placeholders where the penvoerder reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-verantwoording-'));
    mkdirSync(join(dir, 'examples/verantwoording/nza'), { recursive: true });
    copyFileSync(join(EXAMPLES, 'digitaal-zorgpad-copd-msz.yaml'), join(dir, 'examples/digitaal-zorgpad-copd-msz.yaml'));
    copyFileSync(join(EXAMPLES, 'verantwoording/nza/examples_digitaal-zorgpad-copd-msz.afbdbddfc1fc932c.nza.json'), join(dir, 'copd.nza.json'));
    const result = await runInProcess(['init-verantwoording', 'copd.nza.json', '--jaar', '2027', '-o', 'examples/verantwoording/copd.2027.yaml'], { cwd: dir });
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', '']);
    const text = readFileSync(join(dir, 'examples/verantwoording/copd.2027.yaml'), 'utf8');
    const v = parse(text) as Verantwoording;
    expect([v.nza_aanvraag, v.aanvraag.bestand]).toEqual(['../../copd.nza.json', '../digitaal-zorgpad-copd-msz.yaml']);
    const per = (id: string) => v.kosten.filter((k) => k.ontvanger === id).reduce((s, k) => s + k.bedrag, 0);
    expect([per('06010101'), per('06020202')]).toEqual([681482, 130000]);
    expect(v.mijlpalen.map((m) => m.id)).toEqual(['projectplan-vastgesteld', 'implementatie-gestart']);
    // Untouched, it fails check only on its placeholders.
    const check = await runInProcess(['check', 'examples/verantwoording/copd.2027.yaml', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    const rules = new Set((JSON.parse(check.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings.map((f) => f.ruleId));
    expect([...rules]).toEqual(['niet-ingevuld']);
    // Never overwritten without --force.
    expect((await runInProcess(['init-verantwoording', 'copd.nza.json', '--jaar', '2027', '-o', 'examples/verantwoording/copd.2027.yaml'], { cwd: dir })).code).toBe(2);
  });

  it('a file that is no NZa request, and a changed application, are usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-verantwoording-'));
    writeFileSync(join(dir, 'x.nza.json'), '{}');
    expect((await runInProcess(['init-verantwoording', 'x.nza.json', '--jaar', '2027'], { cwd: dir })).code).toBe(2);
    mkdirSync(join(dir, 'examples'));
    writeFileSync(join(dir, 'examples/digitaal-zorgpad-copd-msz.yaml'), readFileSync(join(EXAMPLES, 'digitaal-zorgpad-copd-msz.yaml'), 'utf8').replace('bedrag: 450000', 'bedrag: 450001'));
    copyFileSync(join(EXAMPLES, 'verantwoording/nza/examples_digitaal-zorgpad-copd-msz.afbdbddfc1fc932c.nza.json'), join(dir, 'copd.nza.json'));
    const changed = await runInProcess(['init-verantwoording', 'copd.nza.json', '--jaar', '2027'], { cwd: dir });
    expect([changed.code, changed.stderr]).toEqual([2, 'modelplan: de aanvraag examples/digitaal-zorgpad-copd-msz.yaml uit de aanvraag aan de NZa is niet te lezen of is gewijzigd sinds de goedkeuring\n']);
  });
});

describe('init-plausibiliteit', () => {
  it('names the account by fingerprint, the coordinating insurer, and one response per finding; the bundled judgements are what it writes, filled in', async () => {
    const result = await runInProcess(['init-plausibiliteit', 'examples/verantwoording/digitaal-zorgpad-copd-msz.2027.yaml', '--datum', '2028-03-15']);
    expect(result.code).toBe(0);
    const skeleton = parse(result.stdout) as { verantwoording: { fingerprint: string }; verzekeraar: { uzovi: string }; reacties: { regel: string; pointer: string }[] };
    const bundled = parse(readFileSync(join(EXAMPLES, 'verantwoording/digitaal-zorgpad-copd-msz.2027.plausibiliteit.yaml'), 'utf8')) as typeof skeleton;
    expect(skeleton.verantwoording).toEqual(bundled.verantwoording);
    expect(skeleton.verzekeraar.uzovi).toBe('3358');
    expect(skeleton.reacties.map((r) => [r.regel, r.pointer])).toEqual(bundled.reacties.map((r) => [r.regel, r.pointer]));
    expect(skeleton.reacties.length).toBe(4);
  });
});
