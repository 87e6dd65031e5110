/**
 * Issue 25, point 1: the BO's view is of the assessments. `budget`, `rapport` and `status` with
 * decision files among the inputs total per theme and year by outcome, at the APPROVED amounts;
 * the scenarios run on the approved amounts; without decision files nothing changes. And the Why's
 * last bullet: per sector, each budget line goes to the sector of the member it goes to.
 * Exact euros throughout.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { approvedPerYear } from '../../src/budget/assessed.js';
import { EXAMPLES, MODELPLANNEN, runInProcess } from '../helpers/cli.js';
import { baseAanvraag } from '../rules/harness.js';
import { csvObjects } from './csv-parse.js';

const OUTCOMES = ['goedgekeurd', 'aangehouden', 'afgewezen', 'strijdig', 'wacht', 'buiten-ronde'] as const;
type Outcome = (typeof OUTCOMES)[number];

interface AssessedJson {
  themas: { id: string; count: number; requested: number; approved: number; difference: number | null; percentage: number | null; subscription: string | null; proRata?: { factor: { numerator: number; denominator: number } }; perUitkomst: Record<Outcome, { count: number; bedrag: number }>; jaren: { jaar: number; requested: number; perUitkomst: Record<Outcome, number> }[] }[];
  plafonds: { id: string; requested: number; approved: number; approvedLater: number; difference: number }[];
  jaren: { jaar: number; requested: number; perUitkomst: Record<Outcome, number> }[];
  overall: { count: number; requested: number; approved: number; perUitkomst: Record<Outcome, { count: number; bedrag: number }> };
  aanvragen: { file: string; status: string | null; uitkomst: Outcome; requested: number; approved: number | null; approvedPerJaar: { jaar: number; bedrag: number }[] | null; allocated?: number }[];
  scenarios: { method: string; themas: { id: string; available: number | null; allocated: number }[]; allocated: number; perAanvraag: number[] }[];
}

interface BudgetJson {
  budgetReportVersion: string;
  themas: { id: string; requested: number }[];
  overall: { requested: number; allocated?: number };
  breakdowns: { perSector: { key: string; count: number; requested: number }[]; perOntvanger: { key: string; sector: string; requested: number }[] };
  aanvragen: { file: string; requested: number; allocated?: number }[];
  beoordeeld?: AssessedJson;
}

async function budgetJson(args: string[], cwd?: string): Promise<BudgetJson> {
  const result = await runInProcess(['budget', '--format', 'json', ...args], cwd ? { cwd } : {});
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as BudgetJson;
}

/** Only the outcomes with an amount, so an expectation names what is there. */
const nonZero = (u: Record<Outcome, { count: number; bedrag: number }>) => Object.fromEntries(OUTCOMES.filter((o) => u[o].count > 0).map((o) => [o, [u[o].count, u[o].bedrag]]));

/**
 * The Why's round, copied from examples/ (same bytes, so the decisions' fingerprints hold): COPD
 * (€ 2.100.000 asked) approved by both at € 1.800.000 split per receiving party; EMDR (€ 900.000)
 * rejected by the coordinating insurer; digital triage (€ 1.500.000) held by the coordinating insurer.
 * All three are digitale-hybride-zorg.
 */
function whyRound(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-assessed-'));
  mkdirSync(join(dir, 'beoordelingen'));
  for (const name of ['digitaal-zorgpad-copd-msz', 'afwijking-niet-gemeld-emdr-ggz', 'regionale-invulling-digitale-triage']) copyFileSync(join(EXAMPLES, `${name}.yaml`), join(dir, `${name}.yaml`));
  for (const name of ['digitaal-zorgpad-copd-msz.coordinerend', 'digitaal-zorgpad-copd-msz.tweede', 'afwijking-niet-gemeld-emdr-ggz.coordinerend', 'regionale-invulling-digitale-triage.coordinerend']) {
    copyFileSync(join(EXAMPLES, 'beoordelingen', `${name}.yaml`), join(dir, 'beoordelingen', `${name}.yaml`));
  }
  return dir;
}

/** The bundled modelplannen with the digital-care guide amount lowered to € 1.000.000. */
function tightDigitalFrame(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-assessed-frame-'));
  for (const name of readdirSync(MODELPLANNEN).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(MODELPLANNEN, name), join(dir, name));
  const kader = readFileSync(join(dir, 'budgetkader.yaml'), 'utf8');
  let seen = 0;
  writeFileSync(join(dir, 'budgetkader.yaml'), kader.replace(/bedrag: 275000000/g, (m) => (++seen === 2 ? 'bedrag: 1000000' : m)));
  expect(seen).toBe(2);
  return dir;
}

describe('the Why: budget added up what was requested', () => {
  it('counts the approved application at the € 1.800.000 approved, not the € 2.100.000 requested, and the rejected and held ones apart', async () => {
    const dir = whyRound();
    const report = await budgetJson(['.'], dir);
    const view = report.beoordeeld!;
    const digital = view.themas.find((t) => t.id === 'digitale-hybride-zorg')!;
    // Requested stays what it was (4.500.000); after assessment only 1.800.000 is approved.
    expect([digital.count, digital.requested, digital.approved, digital.difference]).toEqual([3, 4_500_000, 1_800_000, 1_800_000 - 275_000_000]);
    expect(nonZero(digital.perUitkomst)).toEqual({ goedgekeurd: [1, 1_800_000], aangehouden: [1, 1_500_000], afgewezen: [1, 900_000] });
    expect(view.aanvragen.map((a) => [a.file, a.status, a.uitkomst, a.requested, a.approved])).toEqual([
      ['afwijking-niet-gemeld-emdr-ggz.yaml', 'afgewezen', 'afgewezen', 900_000, null],
      ['digitaal-zorgpad-copd-msz.yaml', 'akkoord', 'goedgekeurd', 2_100_000, 1_800_000],
      ['regionale-invulling-digitale-triage.yaml', 'aangehouden', 'aangehouden', 1_500_000, null],
    ]);
    // The Zvw cap against what was approved, not what was asked.
    expect(view.plafonds.map((p) => [p.id, p.requested, p.approved, p.approvedLater])).toEqual([['zvw-plafond', 4_500_000, 1_800_000, 0]]);
    expect([view.overall.requested, view.overall.approved]).toEqual([4_500_000, 1_800_000]);
  });

  it('spreads the approved amount over the years per receiving party as the decision splits it, to the euro', async () => {
    const view = (await budgetJson(['.'], whyRound())).beoordeeld!;
    // 06010101: € 1.150.000 over its years 800.000 / 390.000 / 160.000 → 681.481,48 / 332.222,22 / 136.296,30: the
    // euro left goes to 2027. 06020202: € 650.000 over 150.000 / 550.000 / 50.000 → 130.000 / 476.666,67 / 43.333,33:
    // the euro goes to 2028. Together: 811.482 / 808.889 / 179.629 = 1.800.000.
    expect(view.aanvragen.find((a) => a.uitkomst === 'goedgekeurd')!.approvedPerJaar).toEqual([
      { jaar: 2027, bedrag: 811_482 },
      { jaar: 2028, bedrag: 808_889 },
      { jaar: 2029, bedrag: 179_629 },
    ]);
    const digital = view.themas.find((t) => t.id === 'digitale-hybride-zorg')!;
    expect(digital.jaren.map((y) => [y.jaar, y.requested, y.perUitkomst.goedgekeurd, y.perUitkomst.aangehouden, y.perUitkomst.afgewezen])).toEqual([
      [2027, 2_040_000, 811_482, 670_000, 420_000],
      [2028, 2_060_000, 808_889, 730_000, 390_000],
      [2029, 400_000, 179_629, 100_000, 90_000],
    ]);
    // Every year adds up across the outcomes to what was requested in it, except the cut the insurers made.
    for (const y of view.jaren) expect(OUTCOMES.reduce((s, o) => s + y.perUitkomst[o], 0)).toBe(y.requested - (y.jaar === 2027 ? 800_000 + 150_000 - 811_482 : y.jaar === 2028 ? 390_000 + 550_000 - 808_889 : 160_000 + 50_000 - 179_629));
  });

  it('runs the scenarios on the approved amounts: a theme over-subscribed after assessment is cut, the held and rejected get nothing', async () => {
    const dir = whyRound();
    const frame = tightDigitalFrame();
    const report = await budgetJson(['--modelplannen', frame, '--toewijzing', 'pro-rata', '.'], dir);
    const view = report.beoordeeld!;
    const digital = view.themas.find((t) => t.id === 'digitale-hybride-zorg')!;
    expect([digital.approved, digital.subscription, digital.proRata?.factor]).toEqual([1_800_000, 'over', { numerator: 5, denominator: 9 }]);
    expect(view.scenarios.map((s) => [s.method, s.themas.find((t) => t.id === 'digitale-hybride-zorg')!.allocated, s.allocated])).toEqual([
      ['pro-rata', 1_000_000, 1_000_000],
      ['rangorde', 1_000_000, 1_000_000],
      // The AI and medtech guide amounts are untouched after assessment: their room goes to digital care, in full.
      ['verschuiven', 1_800_000, 1_800_000],
    ]);
    // --toewijzing pro-rata: only the approved application gets an amount (what was requested would give COPD 466.667).
    expect(report.aanvragen.map((a) => [a.file, a.requested, a.allocated])).toEqual([
      ['afwijking-niet-gemeld-emdr-ggz.yaml', 900_000, undefined],
      ['digitaal-zorgpad-copd-msz.yaml', 2_100_000, 1_000_000],
      ['regionale-invulling-digitale-triage.yaml', 1_500_000, undefined],
    ]);
    expect(report.overall.allocated).toBe(1_000_000);
    const table = (await runInProcess(['budget', '--no-color', '--modelplannen', frame, '--toewijzing', 'pro-rata', '.'], { cwd: dir })).stdout.split('\n');
    expect(table).toContain('Na beoordeling overtekend: Digitale en hybride zorg (180,0%, +800.000)');
    expect(table.find((l) => l.startsWith('│ Digitale en hybride zorg ') && l.includes('5 / 9'))).toBe('│ Digitale en hybride zorg                               │       1.000.000 │       1.800.000 │  5 / 9 (55,6%) │       1.000.000 │       1.000.000 │          1.800.000 │');
  });

  it('shows the same figures in status and budget (one grouping), and keeps status valid against its schema', async () => {
    const dir = whyRound();
    const budget = (await budgetJson(['.'], dir)).beoordeeld!;
    const status = await runInProcess(['status', '--format', 'json', '.'], { cwd: dir });
    expect(status.code).toBe(0);
    expect((JSON.parse(status.stdout) as { beoordeeld: AssessedJson }).beoordeeld).toEqual(budget);
    const text = (await runInProcess(['status', '.'], { cwd: dir })).stdout;
    expect(text).toContain('Na beoordeling: € 1.800.000 goedgekeurd door beide verzekeraars (1 aanvragen) van € 4.500.000 gevraagd; € 1.500.000 is nog niet beslist (aangehouden, strijdig of verouderd, nog niet beoordeeld), € 900.000 afgewezen.');
  });
});

describe('without decision files', () => {
  it('has no assessed block, and the scenario divides what was requested (as before)', async () => {
    const report = await budgetJson(['examples/*.yaml']);
    expect(report.beoordeeld).toBeUndefined();
    expect(report.budgetReportVersion).toBe('2.1.0');
    const table = (await runInProcess(['budget', '--no-color', 'examples/*.yaml'])).stdout;
    expect(table).not.toContain('Na beoordeling');
  });
});

describe('the examples with their decisions (examples/beoordelingen/)', () => {
  it('totals every theme by outcome, exactly', async () => {
    const view = (await budgetJson(['examples/'])).beoordeeld!;
    expect(view.themas.map((t) => [t.id, t.requested, t.approved, nonZero(t.perUitkomst)])).toEqual([
      // capaciteitsplanning is strijdig (the insurers disagree); spraakgestuurd rapporteren approved in full.
      ['ai', 5_400_000, 2_400_000, { goedgekeurd: [1, 2_400_000], strijdig: [1, 3_000_000] }],
      ['digitale-hybride-zorg', 4_500_000, 1_800_000, { goedgekeurd: [1, 1_800_000], aangehouden: [1, 1_500_000], afgewezen: [1, 900_000] }],
      // Slim incontinentiemateriaal waits for the second insurer; the invalid vacuum therapy is not counted at all.
      ['medische-technologie', 1_200_000, 0, { wacht: [1, 1_200_000] }],
      ['sociaal-domein', 600_000, 0, { 'buiten-ronde': [1, 600_000] }],
    ]);
    expect(view.overall).toMatchObject({ count: 7, requested: 11_700_000, approved: 4_200_000 });
    expect(nonZero(view.overall.perUitkomst)).toEqual({
      goedgekeurd: [2, 4_200_000],
      aangehouden: [1, 1_500_000],
      afgewezen: [1, 900_000],
      strijdig: [1, 3_000_000],
      wacht: [1, 1_200_000],
      'buiten-ronde': [1, 600_000],
    });
    expect(view.jaren.map((y) => [y.jaar, y.requested, y.perUitkomst.goedgekeurd])).toEqual([
      [2027, 5_430_000, 1_070_000 + 811_482],
      [2028, 5_390_000, 1_150_000 + 808_889],
      [2029, 880_000, 180_000 + 179_629],
    ]);
    expect(view.plafonds.map((p) => [p.id, p.requested, p.approved, p.difference])).toEqual([['zvw-plafond', 11_100_000, 4_200_000, 4_200_000 - 600_000_000]]);
    // Nothing is over-subscribed after assessment with the bundled frame: every scenario gives the approved amounts.
    expect(view.scenarios.map((s) => [s.method, s.allocated])).toEqual([
      ['pro-rata', 4_200_000],
      ['rangorde', 4_200_000],
      ['verschuiven', 4_200_000],
    ]);
  });
});

describe('the csv carries the same figures after assessment', () => {
  it('per theme, per outcome and per theme and year, as budget --format json', async () => {
    const view = (await budgetJson(['examples/'])).beoordeeld!;
    const csv = await runInProcess(['budget', '--format', 'csv', '--separator', ',', 'examples/']);
    const rows = csvObjects(csv.stdout, ',');
    const get = (sectie: string, sleutel: string) => rows.find((r) => r.sectie === sectie && r.sleutel === sleutel);
    for (const th of view.themas) {
      expect(get('na-beoordeling', th.id)).toMatchObject({ gevraagd: String(th.requested), toegewezen: String(th.approved), verschil: String(th.difference) });
      for (const o of OUTCOMES.filter((x) => th.perUitkomst[x].count > 0)) {
        const row = get('na-beoordeling', `${th.id}/${o}`)!;
        expect([row.aantal, o === 'goedgekeurd' ? row.toegewezen : row.gevraagd]).toEqual([String(th.perUitkomst[o].count), String(th.perUitkomst[o].bedrag)]);
      }
      for (const y of th.count > 0 ? th.jaren : []) {
        expect(get('na-beoordeling-jaar', `${th.id}/${y.jaar}`)!.gevraagd).toBe(String(y.requested));
        if (th.perUitkomst.goedgekeurd.count > 0) expect(get('na-beoordeling-jaar', `${th.id}/${y.jaar}/goedgekeurd`)!.toegewezen).toBe(String(y.perUitkomst.goedgekeurd));
      }
    }
    expect(get('na-beoordeling-plafond', 'zvw-plafond')).toMatchObject({ gevraagd: '11100000', toegewezen: '4200000' });
    // Without decision files the csv has none of these rows.
    const plain = csvObjects((await runInProcess(['budget', '--format', 'csv', '--separator', ',', 'examples/*.yaml'])).stdout, ',');
    expect(plain.filter((r) => r.sectie!.startsWith('na-beoordeling'))).toEqual([]);
  });
});

describe('approvedPerYear', () => {
  const lines = [
    { ontvanger: 'a', jaar: 2027, bedrag: 100 },
    { ontvanger: 'a', jaar: 2028, bedrag: 200 },
    { ontvanger: 'b', jaar: 2028, bedrag: 300 },
    { ontvanger: 'b', jaar: 2029, bedrag: 100 },
  ];
  it('without a split: the whole amount in proportion to the requested years (largest remainder)', () => {
    // 500 over 100/500/100 of 700: 71,43 / 357,14 / 71,43 → 71 / 357 / 71; the one euro left goes to the largest remainder, 2027 and 2029 tie: the earlier year.
    expect([...approvedPerYear(lines, 500)]).toEqual([
      [2027, 72n],
      [2028, 357n],
      [2029, 71n],
    ]);
  });
  it('with a split: each party over its own years', () => {
    expect([...approvedPerYear(lines, 350, [{ ontvanger: 'a', bedrag: 150 }, { ontvanger: 'b', bedrag: 200 }])]).toEqual([
      [2027, 50n],
      [2028, 100n + 150n],
      [2029, 50n],
    ]);
  });
  it('everything approved gives the requested years back; nothing approved gives zeros', () => {
    expect([...approvedPerYear(lines, 700)]).toEqual([
      [2027, 100n],
      [2028, 500n],
      [2029, 100n],
    ]);
    expect([...approvedPerYear(lines, 0)]).toEqual([
      [2027, 0n],
      [2028, 0n],
      [2029, 0n],
    ]);
  });
});

describe('per sector (the Why’s last bullet)', () => {
  it('adds each budget line to the sector of the member it goes to, and the sectors add up to the total', async () => {
    const aanvraag = baseAanvraag();
    // One of the three members is a hospital: its lines are msz, the other two stay vvt.
    const member = aanvraag.aanvrager.leden.find((l) => l.agb === '75750202')!;
    member.sector = 'msz';
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-sector-'));
    writeFileSync(join(dir, 'a.yaml'), stringify(aanvraag, { lineWidth: 0 }));
    const report = await budgetJson(['a.yaml'], dir);
    // Before: one row "msz, vvt" of € 2.400.000. Now: 75750202 (880.000) to msz; 73730101 (950.000) and 73730303 (570.000) to vvt.
    expect(report.breakdowns.perSector.map((r) => [r.key, r.count, r.requested])).toEqual([
      ['msz', 1, 880_000],
      ['vvt', 1, 1_520_000],
    ]);
    expect(report.breakdowns.perSector.reduce((s, r) => s + r.requested, 0)).toBe(report.overall.requested);
    expect(report.overall.requested).toBe(2_400_000);
    // The same split as per receiving party.
    const bySector = new Map<string, number>();
    for (const p of report.breakdowns.perOntvanger) bySector.set(p.sector, (bySector.get(p.sector) ?? 0) + p.requested);
    expect(Object.fromEntries(bySector)).toEqual({ msz: 880_000, vvt: 1_520_000 });
  });
});
