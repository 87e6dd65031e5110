/** `modelplan export nza`: exactly the definitief applications at the BO's amounts, amounts that add up, valid JSON, one folder written at once. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { split, type NzaOverview, type NzaRequest } from '../../src/round/export.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/nza-aanvraag.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

async function exportExamples(extra: string[] = []): Promise<{ dir: string; stdout: string; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-nza-'));
  const result = await runInProcess(['export', 'nza', 'examples', 'examples/beoordelingen', '--register', 'examples/register.json', '-o', dir, ...extra]);
  expect(result.stderr).toBe('');
  return { dir, stdout: result.stdout, code: result.code };
}

describe('export nza on the bundled round', () => {
  it('writes the requests of exactly the definitief applications (fingerprint in the name), plus the CSV and the overview', async () => {
    const { dir, code, stdout } = await exportExamples();
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['examples_ai-spraakgestuurd-rapporteren-vvt.bb45e7ddfd51dcc3.nza.json', 'examples_digitaal-zorgpad-copd-msz.afbdbddfc1fc932c.nza.json', 'nza-aanvragen.csv', 'nza-overzicht.json']);
    // The summary counts the files written.
    expect(stdout.split('\n')[0]).toBe(`2 bestand(en) met een aanvraag aan de NZa geschreven naar ${dir} (na het BO-besluit € 3.800.000); plus nza-aanvragen.csv en nza-overzicht.json`);
    // The bundled NZa requests of examples/verantwoording are what export nza writes.
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(readFileSync(join(ROOT, 'examples/verantwoording/nza', name), 'utf8'));
  });

  it('every amount adds up: years and milestones to the provider, providers to the BO’s amount, years to the overview', async () => {
    const { dir } = await exportExamples();
    const requests = readdirSync(dir)
      .filter((f) => f.endsWith('.nza.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as NzaRequest);
    expect(requests.map((r) => [r.aanvraag.bestand, r.toegekend])).toEqual([
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', 2000000],
      ['examples/digitaal-zorgpad-copd-msz.yaml', 1800000],
    ]);
    // AI: both approved € 2.400.000, the BO made € 2.000.000 available (pro rata); COPD accepted.
    expect(requests.map((r) => [r.toegekendDoorVerzekeraars, r.boBesluit.besluit])).toEqual([
      [2400000, 'pro-rata'],
      [1800000, 'accepteren'],
    ]);
    expect(requests[0]!.zorgaanbieders.map((p) => [p.ontvanger, p.toegekend, p.overeenkomst.verzekeraars.map((v) => v.uzovi)])).toEqual([
      ['73730101', 791667, ['3311', '3343']],
      ['73730303', 475000, ['3311']],
      ['75750202', 733333, ['3311']],
    ]);
    for (const r of requests) {
      expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
      expect(sum(r.zorgaanbieders.map((p) => p.toegekend))).toBe(r.toegekend);
      expect(r.toegekend).toBeLessThanOrEqual(Math.min(r.gevraagd, r.bovengrens));
      for (const p of r.zorgaanbieders) {
        expect(sum(p.perJaar.map((y) => y.bedrag)), p.ontvanger).toBe(p.toegekend);
        if (p.perMijlpaal.length > 0) expect(sum(p.perMijlpaal.map((m) => m.bedrag)), p.ontvanger).toBe(p.toegekend);
      }
      expect(r.beoordelingen.map((b) => b.rol)).toEqual(['coordinerend', 'tweede']);
      expect(r.beoordelingen.every((b) => typeof b.sha256 === 'string')).toBe(true);
    }
    // The reduced approval follows the decision's split per receiving party.
    expect(requests[1]!.zorgaanbieders.map((p) => [p.ontvanger, p.agb, p.kvk, p.toegekend])).toEqual([
      ['06010101', '06010101', '11223344', 1150000],
      ['06020202', '06020202', '22334455', 650000],
    ]);
    const overview = JSON.parse(readFileSync(join(dir, 'nza-overzicht.json'), 'utf8')) as NzaOverview;
    expect(overview.toegekend).toBe(3800000);
    expect(sum(overview.perJaar.map((y) => y.toegekend))).toBe(overview.toegekend);
    expect(overview.perJaar.at(-1)!.cumulatief).toBe(overview.toegekend);
    expect(overview.ruimte).toBe(overview.beschikbaar.bedrag - overview.toegekend);
    // The CSV: one row per application, provider and year; its amounts add up to the same total.
    const rows = readFileSync(join(dir, 'nza-aanvragen.csv'), 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('aanvraag;fingerprint;ontvanger;naam;agb;kvk;jaar;bedrag;coordinerend_uzovi;tweede_uzovi');
    expect(sum(rows.slice(1).map((r) => Number(r.split(';')[7])))).toBe(3800000);
  });

  it('refers to the register of the run', async () => {
    const { dir } = await exportExamples();
    const request = JSON.parse(readFileSync(join(dir, 'examples_ai-spraakgestuurd-rapporteren-vvt.bb45e7ddfd51dcc3.nza.json'), 'utf8')) as NzaRequest;
    const register = JSON.parse(readFileSync(join(ROOT, 'examples/register.json'), 'utf8')) as { registerHash: string; peildatum: string };
    expect(request.register).toEqual({ bestand: 'examples/register.json', peildatum: register.peildatum, registerHash: register.registerHash });
  });

  it('refuses when nothing is definitief (no decision files, no BO decision): exit 1, no folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'modelplan-nza-none-')), 'nza');
    const result = await runInProcess(['export', 'nza', 'examples/*.yaml', '--register', 'examples/register.json', '-o', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('export nza geweigerd, niets geschreven:\n  - geen BO-besluit dat telt: het BO besluit eerst over het totaal (modelplan init-bo-besluit)\n');
    expect(existsSync(dir)).toBe(false);
  });

  it.each([
    [['export', 'nza', 'examples'], 'modelplan: geef -o <map> op: de map waarin de aanvragen aan de NZa komen\n'],
    [['export', 'nza', 'examples', '-o', '/nonexistent/nza'], 'modelplan: de map boven /nonexistent/nza bestaat niet (het gereedschap maakt alleen de uitvoermap zelf)\n'],
    [['export', 'zorgkantoor', 'examples', '-o', '.'], 'modelplan: onbekend doel "zorgkantoor" voor export; kies nza of nza-verantwoording\n'],
  ])('usage mistake %j: exit 2', async (args, stderr) => {
    expect(await runInProcess(args)).toEqual({ code: 2, stdout: '', stderr });
    expect(existsSync('/nonexistent/nza')).toBe(false);
  });
});

describe('split (largest remainder, exact integers)', () => {
  it('always adds up to the target and never gives a share more than its part of it rounded up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 50_000_000 }), (amounts, target) => {
        const shares = amounts.map((amount, i) => ({ key: i, amount }));
        const total = sum(amounts);
        const out = split(shares, total === 0 ? 0 : target);
        const values = shares.map((s) => out.get(s.key)!);
        expect(sum(values)).toBe(total === 0 ? 0 : target);
        values.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          if (total > 0) expect(Math.abs(v * total - amounts[i]! * target)).toBeLessThan(total);
        });
      }),
    );
  });
});
