/** The applicant's commands: init, list, schema. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Report } from '../../src/report/types.js';
import { validateDocument } from '../../src/validate/schemas.js';
import { EXAMPLES, MODELPLANNEN, runBuilt, runInProcess } from '../helpers/cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const plans = readdirSync(MODELPLANNEN)
  .filter((f) => f.endsWith('.yaml') && f !== 'budgetkader.yaml' && f !== 'referentielijsten.yaml')
  .map((f) => f.slice(0, -5))
  .sort();

async function checkJson(file: string): Promise<{ code: number; report: Report }> {
  const result = await runInProcess(['check', '--format', 'json', file]);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

/** The parts of a generated skeleton this test fills in. */
interface Skeleton {
  titel: string;
  aanvrager: { leden: Record<string, unknown>[] } & Record<string, unknown>;
  contactpersoon: unknown;
  zorgverzekeraars: unknown;
  businesscase: unknown;
  borging: unknown;
  begroting: ({ categorie: string } & Record<string, unknown>)[];
  randvoorwaarden: ({ id: string; voldaan?: unknown; status?: unknown; toelichting?: unknown })[];
  mijlpalen: ({ id: string } & Record<string, unknown>)[];
}

describe('modelplan init', () => {
  it('covers all 17 bundled modelplannen', () => expect(plans).toHaveLength(17));

  it.each(plans)('%s: a skeleton that parses, carries the modeline and fails check only on its placeholders', async (id) => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-init-'));
    const file = join(dir, 'aanvraag.yaml');
    const result = await runInProcess(['init', id, '-o', file]);
    expect(result.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/aanvraag\.schema\.json$/);
    expect(() => parse(text)).not.toThrow();
    const { code, report } = await checkJson(file);
    expect(code).toBe(1);
    const findings = report.files[0]!.findings;
    expect(findings.length).toBeGreaterThan(10);
    expect([...new Set(findings.map((f) => f.ruleId))]).toEqual(['niet-ingevuld']);
  });

  it('a filled-in skeleton passes check as standaard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-init-'));
    const file = join(dir, 'aanvraag.yaml');
    expect((await runInProcess(['init', 'spraakgestuurd-rapporteren', '--sector', 'vvt', '-o', file])).code).toBe(0);
    const data = parse(readFileSync(file, 'utf8')) as Skeleton;
    // Fill every placeholder with a value that respects the modelplan's norms (total € 1.000.000, 10 fte).
    const amounts: Record<string, number> = { implementatie: 400000, 'licenties-en-ict': 250000, opleiding: 150000, projectmanagement: 100000, kennisnetwerk: 50000, evaluatie: 50000 };
    data.titel = 'Spraak in de wijk';
    Object.assign(data.aanvrager, { vorm: 'coalitie', naam: 'Coalitie West', zorgkantoorregio: 'ZK05' });
    Object.assign(data.aanvrager.leden[0]!, { naam: 'Zorggroep West', agb: '73730101', kvk: '41234567' });
    data.contactpersoon = { naam: 'A. Jansen', email: 'a.jansen@example.nl' };
    data.zorgverzekeraars = { coordinerend: { naam: 'Verzekeraar A', uzovi: '3311' }, tweede: { naam: 'Verzekeraar B', uzovi: '3343' } };
    data.businesscase = { fte_besparing: 10, fte_in_scope: 400, peiljaar: 2026, onderbouwing: 'Tijdmeting in een pilot', maatschappelijke_businesscase: 'Meer tijd voor zorg' };
    data.borging = { omschrijving: 'In de werkinstructies', structurele_financiering: 'Uit de lagere inhuurkosten, vastgelegd in de begroting 2029' };
    for (const line of data.begroting) Object.assign(line, { omschrijving: 'Uitvoering', ontvanger: '73730101', jaar: 2027, bedrag: amounts[line.categorie] });
    for (const rv of data.randvoorwaarden) {
      if ('status' in rv) rv.status = 'beoogd';
      else rv.voldaan = true;
      if ('toelichting' in rv) rv.toelichting = 'Geregeld en vastgelegd';
    }
    const frame = parse(readFileSync(join(MODELPLANNEN, 'spraakgestuurd-rapporteren.yaml'), 'utf8')) as { mijlpalen: { id: string; uiterlijk: string }[] };
    for (const mp of data.mijlpalen) Object.assign(mp, { datum: frame.mijlpalen.find((m) => m.id === mp.id)!.uiterlijk, bedrag: 250000, omschrijving: 'Bereikt' });
    writeFileSync(file, stringify(data));
    const { code, report } = await checkJson(file);
    expect(report.files[0]!.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.files[0]!.review?.decision).toBe('standaard');
  });

  it('never overwrites without --force, and leaves the file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-init-'));
    const file = join(dir, 'aanvraag.yaml');
    writeFileSync(file, 'mijn werk\n');
    const refused = runBuilt(['init', 'valpreventie', '-o', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`modelplan: ${file} bestaat al; gebruik --force om te overschrijven\n`);
    expect(readFileSync(file, 'utf8')).toBe('mijn werk\n');
    const forced = runBuilt(['init', 'valpreventie', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('soort: aanvraag');
    expect(readdirSync(dir)).toEqual(['aanvraag.yaml']);
  });

  it('prints to standard output with an absolute modeline', async () => {
    const result = await runInProcess(['init', 'digitale-hybride-zorgpaden', '--zorgpad', 'copd']);
    expect(result.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\/.*\/schemas\/aanvraag\.schema\.json$/);
    expect(result.stdout).toContain('zorgpad: copd');
  });

  it.each([
    [['init', 'spraakgestuurd-rapportage'], 'modelplan: onbekend modelplan "spraakgestuurd-rapportage"; bedoelde u "spraakgestuurd-rapporteren"?\n'],
    [['init', 'capaciteitsplanning', '--sector', 'ggz'], 'modelplan: sector "ggz" past niet bij capaciteitsplanning; kies uit: msz, vvt\n'],
    [['init', 'capaciteitsplanning', '--versie', '9.0.0'], 'modelplan: modelplan "capaciteitsplanning" heeft geen versie 9.0.0; beschikbaar: 1.0.0\n'],
    [['init', 'valpreventie', '--zorgpad', 'copd'], 'modelplan: zorgpad "copd" past niet bij valpreventie; kies uit: -\n'],
  ])('%j is a usage error', async (args, stderr) => {
    expect(await runInProcess(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('writes English comments and placeholders with --lang en', async () => {
    const result = await runInProcess(['--lang', 'en', 'init', 'valpreventie']);
    expect(result.stdout).toContain('"<FILL IN: name of the municipality>"');
    expect(result.stdout).toContain('# Required milestones, in this order, by the date given.');
    expect(result.stdout).toContain('Upper limit per project: € 750,000 (assumption).');
  });

  it('marks assumed norms as assumed in the comments, and sourced ones not (issue 24)', async () => {
    const lines = (await runInProcess(['init', 'slim-incontinentiemateriaal'])).stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('#') && /aanname|bovengrens|minstens|structurele-financiering:|ce-markering:|dpia:|\d{4}-\d{2}-\d{2}|\d+%|aanschaf-hulpmiddelen:/i.test(l))).toEqual([
      '# Status van het modelplan: concept. Bovengrens per project: € 1.500.000 (aanname). Looptijd: 2027–2029.',
      '# (aanname) = een aanname van deze tool, geen norm uit de nota (zie bron in het modelplan).',
      '# Arbeidsbesparing is leidend: minstens 2 fte (aanname); norm hooguit € 150.000 gevraagd per bespaarde fte (aanname).',
      '#   implementatie: Implementatie in de zorgpraktijk (werkprocessen, protocollen, ondersteuning op de werkvloer) (≥ 20%, ≤ 60%, aanname)',
      '#   opleiding: Opleiding en training van zorgverleners in het gebruik van het hulpmiddel (≤ 30%, aanname)',
      '#   licenties-en-ict: Eenmalige koppeling van sensordata aan dossier en planning (≤ 25%, aanname)',
      '#   projectmanagement: Projectleiding en coördinatie (≤ 15%, aanname)',
      '#   kennisnetwerk: Kennisnetwerk over het gebruik van het hulpmiddel (≤ 15%, aanname)',
      '#   evaluatie: Monitoring en evaluatie van de fte-besparing (≤ 10%, aanname)',
      '#   aanschaf-hulpmiddelen: Aanschaf van hulpmiddelen (niet financierbaar)',
      '#   structurele-financiering: Structurele financiering is geborgd (toelichting verplicht)',
      '#   ce-markering: Het toegepaste hulpmiddel heeft een CE-markering (aanname)',
      '#   dpia: DPIA uitgevoerd (toelichting verplicht, aanname)',
      '# Het geld hangt aan de mijlpalen: hun bedragen tellen op tot het totaal van de begroting (aanname).',
      '#   projectplan-vastgesteld: Projectplan en implementatieplan vastgesteld met beide zorgverzekeraars, uiterlijk 2027-03-31 (aanname)',
      '#   implementatie-gestart: Implementatie gestart bij alle deelnemende zorgaanbieders, uiterlijk 2027-09-30 (aanname)',
      '#   opgeschaald: Toepassing opgeschaald naar alle beoogde afdelingen en locaties, uiterlijk 2028-12-31 (aanname)',
      '#   eindevaluatie: Eindevaluatie met gerealiseerde fte-besparing opgeleverd, uiterlijk 2029-06-30 (aanname)',
    ]);
  });
});

describe('modelplan list', () => {
  it('lists exactly the bundled modelplannen as json', async () => {
    const result = await runInProcess(['list', '--format', 'json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; bovengrens: number; zorgpaden: string[] }[];
    expect(rows.map((r) => r.id).sort()).toEqual(plans);
    expect(rows.find((r) => r.id === 'digitale-hybride-zorgpaden')!.zorgpaden).toEqual(['copd', 'hartfalen', 'diabetes', 'astma', 'hypertensie-zwangeren', 'ibd']);
    expect(rows.find((r) => r.id === 'spraakgestuurd-rapporteren')!.bovengrens).toBe(4_000_000);
  });

  it('shows a table with amounts in Dutch notation', async () => {
    const result = await runInProcess(['list']);
    expect(result.stdout).toMatch(/│ spraakgestuurd-rapporteren +│ 1\.0\.0 +│ concept +│ ai +│ msz, vvt, ggz, huisartsenzorg +│ +4\.000\.000 \(aanname\) │ 2027–2029 +│/);
  });

  it('marks assumed norms as assumed (issue 24): the bovengrens, assumed sectors, and a note under the table', async () => {
    const nl = (await runInProcess(['list'])).stdout;
    expect(nl).toMatch(/│ vacuumtherapie-wondzorg +│ 1\.0\.0 +│ concept +│ medische-technologie +│ vvt, msz \(aanname\) +│ +1\.500\.000 \(aanname\) │ 2027–2029 +│/);
    // The note in the words of init (src/i18n/norms.ts, issue 28.3d).
    expect(nl.trimEnd().split('\n').at(-1)).toBe('(aanname) = een aanname van deze tool, geen norm uit de nota (zie bron in het modelplan).');
    const en = (await runInProcess(['--lang', 'en', 'list'])).stdout;
    expect(en).toContain('1,500,000 (assumption)');
    const json = JSON.parse((await runInProcess(['list', '--format', 'json'])).stdout) as { id: string; bovengrens_bron: string }[];
    expect(json.find((r) => r.id === 'valpreventie')!.bovengrens_bron).toMatch(/^aanname: /);
  });
});

describe('modelplan schema', () => {
  it.each(['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling', 'report'])('%s is one self-contained schema that compiles in strict mode', async (kind) => {
    const result = await runInProcess(['schema', kind]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('defs.schema.json');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-verwacht', schemaType: 'object' });
    ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
    expect(ajv.compile(JSON.parse(result.stdout))).toBeTypeOf('function');
  });

  it('the bundled application schema judges every example as the originals do', async () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-verwacht', schemaType: 'object' });
    ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
    const validate = ajv.compile(JSON.parse((await runInProcess(['schema', 'aanvraag'])).stdout));
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml') && n !== 'yaml-syntaxfout.yaml')) {
      const data: unknown = parse(readFileSync(join(EXAMPLES, name), 'utf8'));
      validate(data);
      const bundled = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
      const original = validateDocument('aanvraag', data).map((e) => `${e.instancePath} ${e.keyword}`).sort();
      expect(bundled, name).toEqual(original);
    }
  });

  it('the bundled referentielijsten schema keeps its own bron beside the shared one, and judges the shipped list as the original does', async () => {
    const result = await runInProcess(['schema', 'referentielijsten']);
    const schema = JSON.parse(result.stdout) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['referentielijsten.bron', 'bron', 'woorden']));
    expect(result.stdout).not.toContain('"#/$defs/bron"');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-verwacht', schemaType: 'object' });
    ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
    const validate = ajv.compile(schema);
    const lists: unknown = parse(readFileSync(join(MODELPLANNEN, 'referentielijsten.yaml'), 'utf8'));
    expect(validate(lists)).toBe(true);
    const broken = { ...(lists as Record<string, unknown>), bron: 'x' };
    validate(broken);
    expect((validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(validateDocument('referentielijsten', broken).map((e) => `${e.instancePath} ${e.keyword}`));
  });

  it('an unknown kind is a usage error', async () => {
    expect(await runInProcess(['schema', 'aanvrag'])).toMatchObject({ code: 2, stderr: 'modelplan: onbekende soort "aanvrag"; kies uit: aanvraag, modelplan, budgetkader, referentielijsten, beoordeling, report\n' });
  });
});
