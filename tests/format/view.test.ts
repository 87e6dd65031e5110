/** What every format shows: --quiet, stable CSV column names, the decimal comma, the github summary line. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CSV_COLUMNS } from '../../src/format/csv.js';
import { applyView } from '../../src/report/view.js';
import type { Report } from '../../src/report/types.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const WITH_WARNING = 'examples/afwijking-niet-gemeld-emdr-ggz.yaml';
const BROKEN = 'examples/yaml-syntaxfout.yaml';
const CONFORMING = 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml';

describe('--quiet: only files with errors, and only their errors; the summary counts everything', () => {
  it('text lists no clean file and no "geen bevindingen"', async () => {
    const result = await runInProcess(['check', '--quiet', '--no-color', 'examples/']);
    expect(result.code).toBe(1);
    const headers = result.stdout.split('\n').filter((line) => line.startsWith('examples/'));
    expect(headers.map((line) => line.split('  ')[0])).toEqual(['examples/bo/besluit.yaml', 'examples/regelfouten-vacuumtherapie.yaml', 'examples/schemafouten.yaml',
      'examples/verantwoording/digitaal-zorgpad-copd-msz.2027.yaml',
      'examples/verantwoording/varianten/ai-spraakgestuurd-rapporteren-vvt.mijlpaal-niet-bereikt.2027.plausibiliteit.yaml',
      'examples/verantwoording/varianten/ai-spraakgestuurd-rapporteren-vvt.mijlpaal-niet-bereikt.2027.yaml',
      'examples/verantwoording/varianten/digitaal-zorgpad-copd-msz.minder-besparing.2027.plausibiliteit.yaml',
      'examples/verantwoording/varianten/digitaal-zorgpad-copd-msz.minder-besparing.2027.yaml',
      'examples/wlz-zorg-op-zvw-route-incontinentie.yaml', 'examples/yaml-syntaxfout.yaml']);
    expect(result.stdout).not.toContain('geen bevindingen');
    expect(result.stdout).not.toContain('waarschuwing ');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '34 bestand(en): 24 zonder fouten, 10 met fouten; 27 fout(en), 8 waarschuwing(en), 3 info · beoordeling: 4 standaard, 3 aanvullende beoordeling, 4 ongeldig',
    );
  });

  it('json, csv and github carry the same view', async () => {
    const json = JSON.parse((await runInProcess(['check', '--quiet', '--format', 'json', WITH_WARNING, BROKEN])).stdout) as Report;
    expect(json.files.map((f) => [f.file, f.findings.map((x) => x.severity)])).toEqual([[BROKEN, ['error']]]);
    expect(json.summary.warnings).toBe(2);
    const csv = (await runInProcess(['check', '--quiet', '--format', 'csv', WITH_WARNING, BROKEN])).stdout.split('\r\n');
    expect(csv.slice(1, -1).map((row) => row.split(';')[0])).toEqual([BROKEN]);
    const github = (await runInProcess(['check', '--quiet', '--format', 'github', WITH_WARNING, BROKEN])).stdout;
    expect(github).not.toContain('::warning');
  });

  it('applyView leaves the report alone without --quiet', () => {
    const report = { files: [{ file: 'a', kind: null, findings: [], counts: { errors: 0, warnings: 0, infos: 0 } }] } as unknown as Report;
    expect(applyView(report, { quiet: false })).toBe(report);
    expect(applyView(report, { quiet: true }).files).toEqual([]);
  });
});

describe('CSV column names are stable identifiers in every language', () => {
  const header = CHECK_CSV_COLUMNS.join(';');

  it.each(['nl', 'en'])('%s: the same header row; values in the language', async (lang) => {
    const csv = (await runInProcess(['check', '--format', 'csv', '--lang', lang, CONFORMING])).stdout.split('\r\n');
    expect(csv[0]).toBe(header);
    expect(csv[0]).toBe(
      'bestand;soort;titel;aanvrager;modelplan;thema;sectoren;zorgpad;coordinerend_uzovi;tweede_uzovi;beoordeling;uitkomst;score;gevraagd_euro;fte_besparing;euro_per_fte;fouten;waarschuwingen;duplicaat_van;redenen',
    );
    expect(csv[1]).toBe(
      `${CONFORMING};aanvraag;Spraakgestuurd rapporteren in de wijkverpleging (ZK11);Coalitie Spraakgestuurd Rapporteren Vechtstreek;spraakgestuurd-rapporteren@1.0.0;ai;vvt;;3311;3343;${lang === 'nl' ? 'standaard;;115,0' : 'standard;;115.0'};2400000;18;133333;0;0;;`,
    );
  });

  it('--header-labels gives readable names in the chosen language', async () => {
    const nl = (await runInProcess(['check', '--format', 'csv', '--header-labels', CONFORMING])).stdout.split('\r\n')[0]!;
    const en = (await runInProcess(['check', '--format', 'csv', '--header-labels', '--lang', 'en', CONFORMING])).stdout.split('\r\n')[0]!;
    expect(nl.split(';').slice(0, 3)).toEqual(['Bestand', 'Soort bestand', 'Titel']);
    expect(en.split(';').slice(0, 3)).toEqual(['File', 'Kind of file', 'Title']);
    expect(nl.split(';')).toHaveLength(CHECK_CSV_COLUMNS.length);
  });

  it('budget CSV: the same column names with --lang en', async () => {
    const nl = (await runInProcess(['budget', '--format', 'csv', 'examples/'])).stdout.split('\r\n')[0];
    const en = (await runInProcess(['budget', '--format', 'csv', '--lang', 'en', 'examples/'])).stdout.split('\r\n')[0];
    expect(en).toBe(nl);
    const labels = (await runInProcess(['budget', '--format', 'csv', '--lang', 'en', '--header-labels', 'examples/'])).stdout.split('\r\n')[0];
    expect(labels?.startsWith('section;key;name;theme;')).toBe(true);
  });

  it('gives a decision file its kind, its outcome and the deciding insurer\'s UZOVI (by its role), not a row of empty cells', async () => {
    const rows = (await runInProcess(['check', '--format', 'csv', 'examples/digitaal-zorgpad-copd-msz.yaml', 'examples/beoordelingen/digitaal-zorgpad-copd-msz.coordinerend.yaml', 'examples/beoordelingen/digitaal-zorgpad-copd-msz.tweede.yaml'])).stdout.split('\r\n');
    const pick = (row: string) => Object.fromEntries(['bestand', 'soort', 'coordinerend_uzovi', 'tweede_uzovi', 'uitkomst'].map((c) => [c, row.split(';')[CHECK_CSV_COLUMNS.indexOf(c as (typeof CHECK_CSV_COLUMNS)[number])]]));
    expect(rows.slice(1, -1).map(pick)).toEqual([
      { bestand: 'examples/beoordelingen/digitaal-zorgpad-copd-msz.coordinerend.yaml', soort: 'beoordeling', coordinerend_uzovi: '3358', tweede_uzovi: '', uitkomst: 'akkoord-onder-voorwaarden' },
      { bestand: 'examples/beoordelingen/digitaal-zorgpad-copd-msz.tweede.yaml', soort: 'beoordeling', coordinerend_uzovi: '', tweede_uzovi: '7029', uitkomst: 'akkoord-onder-voorwaarden' },
      { bestand: 'examples/digitaal-zorgpad-copd-msz.yaml', soort: 'aanvraag', coordinerend_uzovi: '3358', tweede_uzovi: '7029', uitkomst: '' },
    ]);
  });

  it('marks a second copy of the same application with the file that counts (as budget does)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-dup-'));
    const text = readFileSync(join(ROOT, CONFORMING));
    writeFileSync(join(dir, 'a.yaml'), text);
    writeFileSync(join(dir, 'b.yaml'), text);
    const rows = (await runInProcess(['check', '--format', 'csv', dir], { cwd: dir })).stdout.split('\r\n');
    const column = CHECK_CSV_COLUMNS.indexOf('duplicaat_van');
    expect(rows.slice(1, -1).map((row) => [row.split(';')[0], row.split(';')[column]])).toEqual([
      ['a.yaml', ''],
      ['b.yaml', 'a.yaml'],
    ]);
  });
});

describe('Dutch output uses the decimal comma everywhere', () => {
  const review = 'examples/afwijking-gemotiveerd-capaciteitsplanning-msz.yaml';

  it('text header and --explain-score lines', async () => {
    const nl = (await runInProcess(['check', '--no-color', '--explain-score', review])).stdout;
    expect(nl).toContain('[aanvullende beoordeling]  score 103,7');
    expect(nl).toMatch(/score 103,7 = conformiteit \d+,\d × \d+ \+ doelmatigheid \d+,\d × \d+/);
    expect(nl).not.toMatch(/\d\.\d(?!\d\d)/);
    const en = (await runInProcess(['check', '--no-color', '--explain-score', '--lang', 'en', review])).stdout;
    expect(en).toContain('[additional review]  score 103.7');
  });

  it('markdown and a rule message with a share that is not whole', async () => {
    expect((await runInProcess(['check', '--format', 'markdown', review])).stdout).toContain('| aanvullende beoordeling | 103,7 |');
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-share-'));
    const text = readFileSync(join(ROOT, review), 'utf8');
    const changed = text.replace(/bedrag: 450000/, 'bedrag: 470000');
    expect(changed).not.toBe(text);
    writeFileSync(join(dir, 'a.yaml'), changed);
    const nl = (await runInProcess(['check', '--format', 'json', join(dir, 'a.yaml')])).stdout;
    const en = (await runInProcess(['check', '--format', 'json', '--lang', 'en', join(dir, 'a.yaml')])).stdout;
    const share = (out: string) => (JSON.parse(out) as Report).files[0]!.findings.find((f) => f.ruleId === 'kostenverdeling')!.message;
    expect(share(nl)).toMatch(/is \d+,\d+% van het totaal/);
    expect(share(en)).toMatch(/is \d+\.\d+% of the total/);
  });

  it('the github summary line follows --lang', async () => {
    const nl = (await runInProcess(['check', '--format', 'github', CONFORMING])).stdout;
    const en = (await runInProcess(['check', '--format', 'github', '--lang', 'en', CONFORMING])).stdout;
    expect(nl).toBe('modelplan: 1 bestand(en), 0 fout(en), 0 waarschuwing(en); standaard 1, aanvullende beoordeling 0, ongeldig 0\n');
    expect(en).toBe('modelplan: 1 file(s), 0 error(s), 0 warning(s); standard 1, additional review 0, invalid 0\n');
  });
});
