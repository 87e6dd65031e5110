/**
 * `modelplan budget` end to end: the examples' totals to the euro, every format carrying the same
 * figures, pro rata through a budgetkader with small guide amounts, options and exit codes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { EXAMPLES, MODELPLANNEN, runBuilt, runInProcess } from '../helpers/cli.js';
import { csvObjects } from './csv-parse.js';

/** The JSON budget report as the formatter writes it (amounts here are all below 2^53). */
interface BudgetJson {
  overall: { count: number; additionalReview: number; requested: number; budget: number; difference: number; percentage: number; subscription: string };
  themas: { id: string; naam: string; richtbedrag: number | null; count: number; additionalReview: number; requested: number; difference: number | null; percentage: number | null; subscription: string | null; proRata?: { factor: { numerator: number; denominator: number }; percentage: number } }[];
  plafonds: { id: string; bedrag: number; totEnMet: number; requested: number; requestedLater: number; difference: number; percentage: number }[];
  jaarbedragen: { thema: string; jaren: { jaar: number; bedrag: number | null; requested: number; difference: number | null; percentage: number | null }[] }[];
  breakdowns: {
    perJaar: { key: string; count: number; requested: number; inBudgetkader: boolean }[];
    perToepassingsgebied: { key: string; label: string; thema: string; count: number; requested: number; zorgpaden?: { key: string; label: string; count: number; requested: number }[] }[];
    perSector: { key: string; label: string; count: number; requested: number }[];
    perVerzekeraar: { key: string; label: string; count: number; requested: number }[];
    perOntvanger: { key: string; label: string; sector: string; count: number; requested: number }[];
  };
  aanvragen: { file: string; thema: string; decision: string; requested: number; allocated?: number }[];
  leftOut: {
    invalid: { file: string; kind: string | null; ruleId: string | null; line: number | null; column: number | null; message: string }[];
    duplicates: { file: string; duplicateOf: string; requested: number }[];
    additionalReview: { file: string; thema: string; requested: number }[];
    frameFiles: { file: string; kind: string }[];
  };
}

const EXPECTED_EXAMPLES = [
  'afwijking-gemotiveerd-capaciteitsplanning-msz.yaml',
  'afwijking-niet-gemeld-emdr-ggz.yaml',
  'ai-spraakgestuurd-rapporteren-vvt.yaml',
  'digitaal-zorgpad-copd-msz.yaml',
  'medtech-slim-incontinentiemateriaal-vvt.yaml',
  'regelfouten-vacuumtherapie.yaml',
  'regionale-invulling-digitale-triage.yaml',
  'schemafouten.yaml',
  'sociaal-domein-valpreventie.yaml',
  'wlz-zorg-op-zvw-route-incontinentie.yaml',
  'yaml-syntaxfout.yaml',
];

const REVIEW = ['examples/afwijking-gemotiveerd-capaciteitsplanning-msz.yaml', 'examples/afwijking-niet-gemeld-emdr-ggz.yaml', 'examples/regionale-invulling-digitale-triage.yaml'];

async function budgetJson(args: string[]): Promise<BudgetJson> {
  const result = await runInProcess(['budget', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as BudgetJson;
}

/** A copy of the bundled modelplannen with the AI and digital-care guide amounts lowered, so both are over-subscribed. */
function smallFrame(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-budget-frame-'));
  for (const name of readdirSync(MODELPLANNEN).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(MODELPLANNEN, name), join(dir, name));
  const kader = readFileSync(join(dir, 'budgetkader.yaml'), 'utf8');
  let seen = 0;
  const lowered = kader.replace(/bedrag: 275000000/g, () => (++seen === 1 ? 'bedrag: 5000000' : 'bedrag: 4000000'));
  expect(seen).toBe(2);
  writeFileSync(join(dir, 'budgetkader.yaml'), lowered);
  return dir;
}

describe('modelplan budget examples/', () => {
  beforeAll(() => {
    expect(readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml')).sort()).toEqual(EXPECTED_EXAMPLES);
  });

  it('totals every theme to the euro, against the richtbedragen of the budgetkader', async () => {
    const report = await budgetJson(['examples/']);
    expect(report.themas.map((t) => [t.id, t.richtbedrag, t.count, t.additionalReview, t.requested, t.difference, t.percentage, t.subscription])).toEqual([
      ['ai', 275_000_000, 2, 1, 5_400_000, -269_600_000, 2.0, 'under'],
      ['digitale-hybride-zorg', 275_000_000, 3, 2, 4_500_000, -270_500_000, 1.6, 'under'],
      ['medische-technologie', 50_000_000, 1, 0, 1_200_000, -48_800_000, 2.4, 'under'],
      ['sociaal-domein', 200_000_000, 1, 0, 600_000, -199_400_000, 0.3, 'under'],
    ]);
    expect(report.overall).toEqual({ count: 7, additionalReview: 3, leftOut: 27, requested: 11_700_000, budget: 800_000_000, difference: -788_300_000, percentage: 1.5, subscription: 'under' });
    expect(report.plafonds).toEqual([
      expect.objectContaining({ id: 'zvw-plafond', bedrag: 600_000_000, totEnMet: 2029, requested: 11_100_000, requestedLater: 0, difference: -588_900_000, percentage: 1.9 }),
    ]);
    expect(report.jaarbedragen).toEqual([
      expect.objectContaining({
        thema: 'sociaal-domein',
        jaren: [
          expect.objectContaining({ jaar: 2027, bedrag: 100_000_000, requested: 270_000, difference: -99_730_000, percentage: 0.3 }),
          expect.objectContaining({ jaar: 2028, bedrag: 100_000_000, requested: 280_000, difference: -99_720_000, percentage: 0.3 }),
          expect.objectContaining({ jaar: 2029, bedrag: null, requested: 50_000, difference: null, percentage: null }),
        ],
      }),
    ]);
    expect(report.themas.every((t) => t.proRata === undefined)).toBe(true);
  });

  it('breaks the total down per year, application area, zorgpad, sector and insurer', async () => {
    const { breakdowns } = await budgetJson(['examples/']);
    expect(breakdowns.perJaar.map((r) => [r.key, r.count, r.requested])).toEqual([
      ['2027', 7, 5_430_000],
      ['2028', 7, 5_390_000],
      ['2029', 7, 880_000],
    ]);
    expect(breakdowns.perToepassingsgebied.filter((r) => r.count > 0).map((r) => [r.key, r.count, r.requested])).toEqual([
      ['capaciteitsplanning', 1, 3_000_000],
      ['spraakgestuurd-rapporteren', 1, 2_400_000],
      ['digitale-emdr', 1, 900_000],
      ['digitale-hybride-zorgpaden', 1, 2_100_000],
      ['digitale-triage', 1, 1_500_000],
      ['slim-incontinentiemateriaal', 1, 1_200_000],
      ['valpreventie', 1, 600_000],
    ]);
    expect(breakdowns.perToepassingsgebied).toHaveLength(17);
    expect(breakdowns.perToepassingsgebied.find((r) => r.key === 'digitale-hybride-zorgpaden')!.zorgpaden!.map((z) => [z.key, z.count, z.requested])).toEqual([
      ['copd', 1, 2_100_000],
      ['hartfalen', 0, 0],
      ['diabetes', 0, 0],
      ['astma', 0, 0],
      ['hypertensie-zwangeren', 0, 0],
      ['ibd', 0, 0],
    ]);
    expect(breakdowns.perSector.map((r) => [r.key, r.count, r.requested])).toEqual([
      ['ggz', 1, 900_000],
      ['huisartsenzorg', 1, 1_500_000],
      ['msz', 2, 5_100_000],
      ['sociaal-domein', 1, 600_000],
      ['vvt', 2, 3_600_000],
    ]);
    expect(breakdowns.perVerzekeraar.map((r) => [r.key, r.label, r.count, r.requested])).toEqual([
      ['3311', 'Zorgverzekeraar Voorbeeld Noord', 2, 3_900_000],
      ['3343', 'Zorgverzekeraar Voorbeeld Midden', 1, 3_000_000],
      ['3358', 'Zorgverzekeraar Voorbeeld Zuid', 2, 3_000_000],
      ['7029', 'Zorgverzekeraar Voorbeeld West', 1, 1_200_000],
      ['geen', 'geen', 1, 600_000],
    ]);
    // Per receiving party (begroting[].ontvanger), with the member's sector; adds up to the total.
    expect(breakdowns.perOntvanger.map((r) => [r.key, r.label, r.sector, r.count, r.requested])).toEqual([
      ['01060606', 'Huisartsencoöperatie IJssel-Vecht', 'huisartsenzorg', 1, 730_000],
      ['01070707', 'Huisartsenpost IJssel-Vecht', 'huisartsenzorg', 1, 770_000],
      ['06010101', 'Ziekenhuis Rivierenland Voorbeeld', 'msz', 1, 1_350_000],
      ['06020202', 'Streekziekenhuis De Waard', 'msz', 1, 750_000],
      ['06040404', 'Ziekenhuisgroep Zuidwest Voorbeeld', 'msz', 1, 1_630_000],
      ['06050505', 'Revalidatiecentrum De Schelde', 'msz', 1, 1_370_000],
      ['22080808', 'GGZ Noord Voorbeeld', 'ggz', 1, 510_000],
      ['73730101', 'Zorggroep Vechtstreek', 'vvt', 1, 950_000],
      ['73730303', 'Wijkverpleging Het Anker', 'vvt', 1, 570_000],
      ['73731111', 'Stichting Thuiszorg De Kempen', 'vvt', 1, 620_000],
      ['73732222', 'Wijkverpleging Eikenhof', 'vvt', 1, 580_000],
      ['75750202', 'Thuiszorg De Linde', 'vvt', 1, 880_000],
      ['94090909', 'Psychologenpraktijk De Brug', 'ggz', 1, 390_000],
      ['GM0344', 'Gemeente Utrecht', 'sociaal-domein', 1, 300_000],
      ['GM0356', 'Gemeente Nieuwegein', 'sociaal-domein', 1, 300_000],
    ]);
    expect(breakdowns.perOntvanger.reduce((s, r) => s + r.requested, 0)).toBe(11_700_000);
  });

  it('leaves out the invalid examples with their first error, and marks the ones needing additional review', async () => {
    const report = await budgetJson(['examples/']);
    const check = JSON.parse((await runInProcess(['check', '--format', 'json', 'examples/'])).stdout) as Report;
    const firstError = (file: string) => check.files.find((f) => f.file === file)!.findings.find((f) => f.severity === 'error')!;
    const regelfout = firstError('examples/regelfouten-vacuumtherapie.yaml');
    expect(report.leftOut.invalid).toEqual([
      // It passed its schema, so what it asks is known: shown apart, not counted.
      { file: 'examples/regelfouten-vacuumtherapie.yaml', kind: 'aanvraag', ruleId: regelfout.ruleId, line: regelfout.line, column: regelfout.column, message: regelfout.message, requested: 1_800_000 },
      { file: 'examples/schemafouten.yaml', kind: 'aanvraag', ruleId: 'schema', line: 3, column: 1, message: 'contactpersoon: verplicht veld ontbreekt' },
      {
        file: 'examples/wlz-zorg-op-zvw-route-incontinentie.yaml',
        kind: 'aanvraag',
        ruleId: 'zorgdomein',
        line: 51,
        column: 16,
        message: 'begrotingsregel "Uitrol naar de overige wijkteams" dient wlz-zorg; de Zvw-route dekt alleen zorg als bedoeld in art. 11 lid 1 onder a Zvw (nota §3); haal deze kosten uit de aanvraag',
        requested: 1200000,
      },
      { file: 'examples/yaml-syntaxfout.yaml', kind: null, ruleId: 'yaml-syntaxis', line: 13, column: 1, message: 'deze regel springt 3 spatie(s) in, maar "naam" op regel 12 springt 2 spatie(s) in; laat de regel beginnen op kolom 3, gelijk met "naam"' },
    ]);
    expect(report.leftOut.duplicates).toEqual([]);
    // The insurers' decision files in examples/beoordelingen/ are listed, not counted and not invalid.
    // Issue 25: the BO decision and the four confirmations too.
    expect(report.leftOut.frameFiles).toHaveLength(23);
    expect(report.leftOut.frameFiles.filter((x) => x.kind === 'beoordeling').every((x) => x.file.startsWith('examples/beoordelingen/'))).toBe(true);
    // So are the accounts and plausibility tests after approval in examples/verantwoording/.
    expect(report.leftOut.frameFiles.filter((x) => x.kind === 'bo-besluit' || x.kind === 'bevestiging').map((x) => x.file.split('/')[1])).toEqual(['bevestigingen', 'bevestigingen', 'bevestigingen', 'bevestigingen', 'bo']);
    expect(report.leftOut.frameFiles.filter((x) => x.kind !== 'beoordeling' && x.kind !== 'bo-besluit' && x.kind !== 'bevestiging').every((x) => (x.kind === 'verantwoording' || x.kind === 'plausibiliteit') && x.file.startsWith('examples/verantwoording/'))).toBe(true);
    expect(report.aanvragen.filter((a) => a.decision === 'aanvullende-beoordeling').map((a) => a.file)).toEqual(REVIEW);
    expect(report.aanvragen).toHaveLength(7);
  });

  it('marks the social domain’s amount as reserved, not a guide amount, in every language and in json', async () => {
    const nl = (await runInProcess(['budget', '--no-color', 'examples/'])).stdout.split('\n');
    // The themes table, and (with the decision files in examples/beoordelingen/) the three tables after assessment.
    expect(nl.filter((l) => l.includes('(gereserveerd)')).map((l) => l.split('│')[1]!.trim())).toEqual(Array.from({ length: 4 }, () => 'Sociaal domein (basisfunctionaliteiten) (gereserveerd)'));
    expect(nl).toContain('Gereserveerd: Sociaal domein (basisfunctionaliteiten) heeft geen richtbedrag maar een gereserveerd en gealloceerd bedrag (nota VWS 26 maart 2026, §1 en §4.3), met eigen afspraken; in de kolom Richtbedrag staat dat bedrag.');
    const en = (await runInProcess(['budget', '--no-color', '--lang', 'en', 'examples/'])).stdout;
    expect(en).toContain('│ Sociaal domein (basisfunctionaliteiten) (reserved) │');
    const json = JSON.parse((await runInProcess(['budget', '--format', 'json', 'examples/'])).stdout) as { themas: { id: string; gereserveerd?: true }[] };
    expect(json.themas.filter((t) => t.gereserveerd).map((t) => t.id)).toEqual(['sociaal-domein']);
  });

  it('labels seed 004’s €400m per year as the earlier cash rhythm, never as the total for the year, in every format (issue 24)', async () => {
    const nl = (await runInProcess(['budget', '--no-color', 'examples/'])).stdout;
    expect(nl).toContain('│ Jaar   │ Aanvragen │ Gevraagd (€) │ Eerder kasritme, seed 004 (€) │ Van eerder kasritme │');
    expect(nl).toContain('│ 2029   │         7 │      880.000 │  niet in het eerdere kasritme │ —                   │');
    expect(nl).toContain('Eerder kasritme: het bedrag per jaar dat seed 004 noemt, vervangen door het kasritme waarin de middelen in 2027, 2028 en 2029 worden besteed (nota §5a; een deel mag in 2029, §1). Ter vergelijking: geen plafond en niet het totaal voor het jaar.');
    const en = (await runInProcess(['budget', '--no-color', '--lang', 'en', 'examples/'])).stdout;
    expect(en).toContain('Earlier cash rhythm, seed 004 (€)');
    expect(en).toContain('For comparison only: not a cap and not the total for the year.');
    const markdown = (await runInProcess(['budget', '--format', 'markdown', 'examples/'])).stdout;
    expect(markdown).toContain('| Jaar | Aanvragen | Gevraagd (€) | Eerder kasritme, seed 004 (€) | Van eerder kasritme |');
    for (const out of [nl, en, markdown]) expect(out).not.toMatch(/Totaal voor het jaar|Total for the year/);
    const json = JSON.parse((await runInProcess(['budget', '--format', 'json', 'examples/'])).stdout) as { breakdowns: { perJaar: { key: string; eerderKasritme?: { bedrag: number }; jaarbedrag?: unknown }[] } };
    expect(json.breakdowns.perJaar.map((y) => [y.key, y.eerderKasritme?.bedrag, y.jaarbedrag])).toEqual([
      ['2027', 400_000_000, undefined],
      ['2028', 400_000_000, undefined],
      ['2029', undefined, undefined],
    ]);
    const csv = (await runInProcess(['budget', '--format', 'csv', 'examples/'])).stdout.split('\r\n');
    expect(csv.filter((l) => l.startsWith('jaar;2027;'))).toEqual(['jaar;2027;;;;2027;;400000000;7;;5430000;-394570000;1,4;;;;;;norm = eerder kasritme (seed 004), ter vergelijking: geen plafond en niet het totaal voor het jaar']);
  });

  it('shows a bar per theme in the table, and marks the applications needing additional review', async () => {
    const result = await runInProcess(['budget', '--no-color', 'examples/']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('│ AI                                                     │     275.000.000 │         2 │             1 │    5.400.000 │ -269.600.000 │ ░░░░░░░░░░ 2,0% │');
    expect(lines).toContain('│ Totaal (budgetkader)                                   │     800.000.000 │         7 │             3 │   11.700.000 │ -788.300.000 │ ░░░░░░░░░░ 1,5% │');
    for (const file of REVIEW) expect(result.stdout).toContain(`${file} *`);
    expect(lines).toContain('* = aanvraag met aanvullende beoordeling (3); meegeteld, maar nog niet definitief.');
    expect(lines.at(-2)).toBe('Totaal gevraagd € 11.700.000 van € 800.000.000 (1,5%). Meegeteld: 7 (aanvullende beoordeling: 3). Niet meegeteld: 27.');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks English with --lang en', async () => {
    const result = await runInProcess(['--lang', 'en', 'budget', '--no-color', 'examples/']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Budget per theme: all applications against the guide amounts of budget frame azwa-doorbraakmiddelen 1.0.0 (concept)');
    expect(lines).toContain('│ AI                                                 │      275,000,000 │            2 │           1 │     5,400,000 │   -269,600,000 │ ░░░░░░░░░░ 2.0% │');
    expect(lines.at(-2)).toBe('Total requested € 11,700,000 of € 800,000,000 (1.5%). Counted: 7 (additional review: 3). Not counted: 27.');
    const csv = await runInProcess(['budget', '--lang', 'en', '--format', 'csv', 'examples/']);
    // The decimal mark follows the separator, not the language: ; goes with a decimal comma.
    expect(csv.stdout.split('\r\n')[1]).toBe('total;azwa-doorbraakmiddelen;;;;;;800000000;7;3;11700000;-788300000;1,5;;;;;;');
  });

  it('leaves out the applications needing additional review with --zonder-aanvullende-beoordeling', async () => {
    const report = await budgetJson(['--zonder-aanvullende-beoordeling', 'examples/']);
    expect(report.overall).toMatchObject({ count: 4, additionalReview: 0, requested: 6_300_000 });
    expect(report.themas.map((t) => [t.id, t.count, t.requested])).toEqual([
      ['ai', 1, 2_400_000],
      ['digitale-hybride-zorg', 1, 2_100_000],
      ['medische-technologie', 1, 1_200_000],
      ['sociaal-domein', 1, 600_000],
    ]);
    expect(report.leftOut.additionalReview).toEqual([
      { file: REVIEW[0], thema: 'ai', requested: 3_000_000 },
      { file: REVIEW[1], thema: 'digitale-hybride-zorg', requested: 900_000 },
      { file: REVIEW[2], thema: 'digitale-hybride-zorg', requested: 1_500_000 },
    ]);
  });

  it('counts the same application given twice once, and lists modelplannen and budgetkader among the inputs apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-budget-dup-'));
    mkdirSync(join(dir, 'a'));
    copyFileSync(join(EXAMPLES, 'sociaal-domein-valpreventie.yaml'), join(dir, 'a', 'tweede.yaml'));
    copyFileSync(join(EXAMPLES, 'sociaal-domein-valpreventie.yaml'), join(dir, 'eerste.yaml'));
    copyFileSync(join(MODELPLANNEN, 'valpreventie.yaml'), join(dir, 'valpreventie.yaml'));
    copyFileSync(join(MODELPLANNEN, 'budgetkader.yaml'), join(dir, 'budgetkader.yaml'));
    const result = await runInProcess(['budget', '--format', 'json', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as BudgetJson;
    expect(report.aanvragen.map((a) => a.file)).toEqual(['a/tweede.yaml']);
    expect(report.leftOut.duplicates).toEqual([{ file: 'eerste.yaml', duplicateOf: 'a/tweede.yaml', requested: 600_000 }]);
    expect(report.leftOut.frameFiles).toEqual([
      { file: 'budgetkader.yaml', kind: 'budgetkader' },
      { file: 'valpreventie.yaml', kind: 'modelplan' },
    ]);
    expect(report.overall).toMatchObject({ count: 1, requested: 600_000 });
  });
});

describe('modelplan budget --toewijzing pro-rata', () => {
  it('gives the factor of every over-subscribed theme and scales each application, adding up exactly to the richtbedrag', async () => {
    const frame = smallFrame();
    // The applications without their decision files: the scenario divides what was requested.
    const report = await budgetJson(['--modelplannen', frame, '--toewijzing', 'pro-rata', 'examples/*.yaml']);
    expect(report.themas.map((t) => [t.id, t.richtbedrag, t.requested, t.subscription, t.proRata ?? null])).toEqual([
      ['ai', 5_000_000, 5_400_000, 'over', { factor: { numerator: 25, denominator: 27 }, percentage: 92.6 }],
      ['digitale-hybride-zorg', 4_000_000, 4_500_000, 'over', { factor: { numerator: 8, denominator: 9 }, percentage: 88.9 }],
      ['medische-technologie', 50_000_000, 1_200_000, 'under', null],
      ['sociaal-domein', 200_000_000, 600_000, 'under', null],
    ]);
    // 3.000.000 × 25/27 = 2.777.777,8 and 2.400.000 × 25/27 = 2.222.222,2: the larger remainder gets the euro.
    // 2.100.000 × 8/9 = 1.866.666,7; 900.000 × 8/9 = 800.000; 1.500.000 × 8/9 = 1.333.333,3.
    expect(report.aanvragen.map((a) => [a.file.replace('examples/', ''), a.requested, a.allocated])).toEqual([
      ['afwijking-gemotiveerd-capaciteitsplanning-msz.yaml', 3_000_000, 2_777_778],
      ['afwijking-niet-gemeld-emdr-ggz.yaml', 900_000, 800_000],
      ['ai-spraakgestuurd-rapporteren-vvt.yaml', 2_400_000, 2_222_222],
      ['digitaal-zorgpad-copd-msz.yaml', 2_100_000, 1_866_667],
      ['medtech-slim-incontinentiemateriaal-vvt.yaml', 1_200_000, 1_200_000],
      ['regionale-invulling-digitale-triage.yaml', 1_500_000, 1_333_333],
      ['sociaal-domein-valpreventie.yaml', 600_000, 600_000],
    ]);
  });

  it('shows the over-subscription marker and the pro-rata section in the table', async () => {
    const frame = smallFrame();
    const result = await runInProcess(['budget', '--no-color', '--modelplannen', frame, '--toewijzing', 'pro-rata', 'examples/']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('│ AI                                                     │       5.000.000 │         2 │             1 │    5.400.000 │     +400.000 │ ██████████ 108,0% ▲ overtekend │');
    expect(lines).toContain('│ AI                       │       5.000.000 │    5.400.000 │                         25 / 27 │  92,6% │');
    expect(lines).toContain('toewijzing: pro-rata (overtekende thema’s teruggebracht tot hun richtbedrag)');
  });
});

describe('modelplan budget formats', () => {
  /** Every figure of the JSON report, looked up in the CSV rows. */
  async function expectAgreement(args: string[], lang: 'nl' | 'en'): Promise<void> {
    const json = (await budgetJson([...args, '--lang', lang])) as BudgetJson;
    const csvText = (await runInProcess(['budget', '--format', 'csv', '--separator', ',', '--lang', lang, ...args])).stdout;
    const rows = csvObjects(csvText, ',');
    // Column names are the same stable identifiers in every language; section values are localized.
    const h = { s: 'sectie', k: 'sleutel', req: 'gevraagd', ref: 'norm', n: 'aantal', rev: 'aanvullende_beoordeling', diff: 'verschil', pct: 'percentage', alloc: 'toegewezen' };
    const sec = lang === 'nl' ? { total: 'totaal', theme: 'thema', cap: 'plafond', year: 'jaar', area: 'toepassingsgebied', zorgpad: 'zorgpad', sector: 'sector', insurer: 'verzekeraar', app: 'aanvraag', invalid: 'ongeldig' } : { total: 'total', theme: 'theme', cap: 'cap', year: 'year', area: 'application-area', zorgpad: 'care-pathway', sector: 'sector', insurer: 'insurer', app: 'application', invalid: 'invalid' };
    const find = (section: string, key: string) => {
      const matches = rows.filter((r) => r[h.s] === section && r[h.k] === key);
      expect(matches, `${section} ${key}`).toHaveLength(1);
      return matches[0]!;
    };
    const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    const pct = (v: number | null) => (v === null ? '' : v.toFixed(1));
    const total = find(sec.total, 'azwa-doorbraakmiddelen');
    expect([total[h.req], total[h.ref], total[h.n], total[h.rev], total[h.diff], total[h.pct]]).toEqual([num(json.overall.requested), num(json.overall.budget), num(json.overall.count), num(json.overall.additionalReview), num(json.overall.difference), pct(json.overall.percentage)]);
    for (const t of json.themas) {
      const row = find(sec.theme, t.id);
      expect([row[h.ref], row[h.n], row[h.rev], row[h.req], row[h.diff], row[h.pct]]).toEqual([num(t.richtbedrag), num(t.count), num(t.additionalReview), num(t.requested), num(t.difference), pct(t.percentage)]);
      const proRata = [row.pro_rata_teller, row.pro_rata_noemer];
      expect(proRata).toEqual([num(t.proRata?.factor.numerator), num(t.proRata?.factor.denominator)]);
      expect(row.pro_rata_percentage).toBe(t.proRata ? pct(t.proRata.percentage) : '');
    }
    for (const p of json.plafonds) {
      const row = find(sec.cap, p.id);
      expect([row[h.ref], row[h.req], row[h.diff], row[h.pct]]).toEqual([num(p.bedrag), num(p.requested), num(p.difference), pct(p.percentage)]);
    }
    for (const y of json.breakdowns.perJaar) expect([find(sec.year, y.key)[h.n], find(sec.year, y.key)[h.req]]).toEqual([num(y.count), num(y.requested)]);
    for (const a of json.breakdowns.perToepassingsgebied) {
      expect([find(sec.area, a.key)[h.n], find(sec.area, a.key)[h.req]]).toEqual([num(a.count), num(a.requested)]);
      for (const z of a.zorgpaden ?? []) expect(find(sec.zorgpad, `${a.key}/${z.key}`)[h.req]).toBe(num(z.requested));
    }
    for (const s of json.breakdowns.perSector) expect(find(sec.sector, s.key)[h.req]).toBe(num(s.requested));
    for (const v of json.breakdowns.perVerzekeraar) expect(find(sec.insurer, v.key)[h.req]).toBe(num(v.requested));
    for (const a of json.aanvragen) {
      const row = find(sec.app, a.file);
      expect([row[h.req], row[h.alloc], row[h.rev]]).toEqual([num(a.requested), num(a.allocated), a.decision === 'aanvullende-beoordeling' ? '1' : '0']);
    }
    expect(rows.filter((r) => r[h.s] === sec.invalid).map((r) => r[h.k])).toEqual(json.leftOut.invalid.map((x) => x.file));
  }

  it('carries the same figures in json and csv', async () => {
    await expectAgreement(['examples/'], 'nl');
    await expectAgreement(['--modelplannen', smallFrame(), '--toewijzing', 'pro-rata', 'examples/'], 'en');
  });

  it('writes Dutch-Excel CSV by default: ; and a decimal comma; --bom adds a byte order mark', async () => {
    const plain = await runInProcess(['budget', '--format', 'csv', 'examples/']);
    expect(plain.stdout.startsWith('sectie;sleutel;naam;thema;')).toBe(true);
    expect(plain.stdout.split('\r\n')).toContain('thema;ai;AI;ai;;;zvw;275000000;2;1;5400000;-269600000;2,0;;;;;;');
    const withBom = await runInProcess(['budget', '--format', 'csv', '--bom', 'examples/']);
    expect(withBom.stdout).toBe('\uFEFF' + plain.stdout);
    const tabs = await runInProcess(['budget', '--format', 'csv', '--separator', 'tab', 'examples/']);
    expect(tabs.stdout.split('\r\n')[2]).toBe(['thema', 'ai', 'AI', 'ai', '', '', 'zvw', '275000000', '2', '1', '5400000', '-269600000', '2.0', '', '', '', '', '', ''].join('\t'));
  });

  it('writes markdown tables with the same figures', async () => {
    const result = await runInProcess(['budget', '--format', 'markdown', 'examples/']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# Budget per thema: alle aanvragen tegen de richtbedragen van budgetkader azwa-doorbraakmiddelen 1.0.0 (concept)');
    expect(lines).toContain('| AI | 275.000.000 | 2 | 1 | 5.400.000 | -269.600.000 | ░░░░░░░░░░ 2,0% |');
    // With the decision files in examples/beoordelingen/: the outcome and the approved amount per application.
    expect(lines).toContain('| examples/afwijking-niet-gemeld-emdr-ggz.yaml \\* | digitale-hybride-zorg | digitale-emdr | ggz | 900.000 | Afgewezen | — |');
    expect(lines).toContain('| examples/digitaal-zorgpad-copd-msz.yaml | digitale-hybride-zorg | digitale-hybride-zorgpaden / copd | msz | 2.100.000 | Goedgekeurd (beide) | 1.800.000 |');
  });

  it('writes to a file with -o, atomically, and nothing to standard output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-budget-out-'));
    const target = join(dir, 'budget.json');
    const result = await runInProcess(['budget', '--format', 'json', '-o', target, 'examples/']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(await budgetJson(['examples/']));
    expect(readdirSync(dir)).toEqual(['budget.json']);
  });
});

describe('modelplan budget exit codes (built CLI)', () => {
  it('exits 0 when the totals were produced, even with invalid applications among the inputs', () => {
    const result = runBuilt(['budget', '--no-color', 'examples/']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('examples/schemafouten.yaml');
  });

  it.each([
    [['budget', '--format', 'xml', 'examples/'], 'modelplan: onbekend formaat "xml"; kies uit: table, json, csv, markdown\n'],
    [['budget', '--toewijzing', 'loting', 'examples/'], 'modelplan: onbekende waarde voor --toewijzing "loting"; kies uit: geen, pro-rata, rangorde, verschuiven\n'],
    [['budget', '--format', 'csv', '--separator', '|', 'examples/'], 'modelplan: onbekend scheidingsteken "|"; kies ; , of tab\n'],
    [['budget', '--separator', ',', 'examples/'], 'modelplan: --separator geldt alleen voor --format csv\n'],
    [['budget', '--bom', 'examples/'], 'modelplan: --bom geldt alleen voor --format csv\n'],
    [['budget', 'bestaat-niet/'], 'modelplan: pad bestaat niet: bestaat-niet/\n'],
    [['--lang', 'en', 'budget', '--toewijzing', 'loting', 'examples/'], 'modelplan: unknown value for --toewijzing "loting"; choose from: geen, pro-rata, rangorde, verschuiven\n'],
  ])('exits 2 on a usage error: %j', (args, stderr) => {
    expect(runBuilt(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('exits 2 without paths', () => {
    const result = runBuilt(['budget']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("modelplan: argument 'paden' ontbreekt\nZie 'modelplan --help'.\n");
  });
});
