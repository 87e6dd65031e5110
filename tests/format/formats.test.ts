/** Every check format on the examples: snapshots, and each machine format against its official validator. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { artifactUri } from '../../src/format/sarif.js';
import { xmlText } from '../../src/format/junit.js';
import { CHECK_FORMATS } from '../../src/format/table.js';
import { ROOT, runBuilt, runInProcess } from '../helpers/cli.js';
import { at, SPRAAK, typed } from '../rules/as-written-helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
// Copied from the team's shared folder into the repository (origin and MIT licence in the file's header).
const JUNIT_XSD = join(ROOT, 'tests', 'fixtures', 'junit-4.xsd');
// The platform binary itself: the npm wrapper runs it through a shell, which splits 'Error;Warning;Note'.
const SARIF_MULTITOOL = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

async function run(format: string, extra: string[] = []) {
  return runInProcess(['check', '--format', format, ...extra, 'examples/']);
}

describe('check formats on the examples', () => {
  /**
   * The rule catalogue has a snapshot of its own (tests/rules/catalogue.test.ts): here it is replaced
   * by its size, so editing a rule's docs does not change every format snapshot.
   */
  function withoutCatalogue(format: string, stdout: string): string {
    if (format === 'json') {
      const report = JSON.parse(stdout) as { rules: unknown[] };
      return JSON.stringify({ ...report, rules: `${report.rules.length} rules (tests/rules/__snapshots__/catalogue.json)` }, null, 2) + '\n';
    }
    if (format === 'sarif') {
      const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: unknown[] } } }[] };
      const driver = log.runs[0]!.tool.driver;
      (driver as { rules: unknown }).rules = `${driver.rules.length} rules (tests/rules/__snapshots__/catalogue.json)`;
      return JSON.stringify(log, null, 2) + '\n';
    }
    return stdout;
  }

  it.each(CHECK_FORMATS)('%s matches its snapshot and exits 1', async (format) => {
    const result = await run(format);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    await expect(withoutCatalogue(format, result.stdout)).toMatchFileSnapshot(`__snapshots__/examples.${format}`);
  });

  it('json validates against schemas/report.schema.json', async () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
    for (const lang of ['nl', 'en']) {
      const report: unknown = JSON.parse((await run('json', ['--lang', lang])).stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
    const modelplannen: unknown = JSON.parse((await runInProcess(['check', '--format', 'json', 'modelplannen/'])).stdout);
    expect(validate(modelplannen), JSON.stringify(validate.errors)).toBe(true);
  });

  it("sarif passes Microsoft's SARIF validator with no errors and no warnings", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-sarif-'));
    const sarif = join(dir, 'report.sarif');
    writeFileSync(sarif, (await run('sarif')).stdout);
    const log = join(dir, 'validation.sarif');
    execFileSync(SARIF_MULTITOOL, ['validate', sarif, '--output', log, '--level', 'Error;Warning;Note'], { stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(log, 'utf8')) as { runs: { results?: { level: string; ruleId: string }[] }[] };
    // Notes (style suggestions such as code snippets or numeric rule ids) are not defects.
    expect((validation.runs[0]!.results ?? []).filter((r) => r.level !== 'note')).toEqual([]);

    // The validator exits 0 either way; this control shows that it does report a broken log.
    const broken = JSON.parse(readFileSync(sarif, 'utf8'));
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    writeFileSync(join(dir, 'broken.sarif'), JSON.stringify(broken));
    execFileSync(SARIF_MULTITOOL, ['validate', join(dir, 'broken.sarif'), '--output', join(dir, 'broken-validation.sarif'), '--level', 'Error;Warning;Note'], { stdio: 'pipe' });
    const brokenValidation = JSON.parse(readFileSync(join(dir, 'broken-validation.sarif'), 'utf8')) as { runs: { results: { level: string }[] }[] };
    expect(brokenValidation.runs[0]!.results.map((r) => r.level)).toContain('error');
  });

  it('sarif carries a finding’s repair as its fix, and the validator accepts it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-sarif-fix-'));
    const text = typed(SPRAAK, 'bedrag: 500000', 'bedrag: 500.000');
    writeFileSync(join(dir, 'a.yaml'), text);
    const sarifText = (await runInProcess(['check', '--format', 'sarif', 'a.yaml'], { cwd: dir })).stdout;
    const sarif = JSON.parse(sarifText) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] };
    const where = at(text, 'bedrag: |500.000');
    expect(sarif.runs[0]!.results.filter((r) => r.fixes).map((r) => [r.ruleId, r.fixes])).toEqual([
      [
        'bedrag-notatie',
        [
          {
            description: { text: expect.stringContaining('500000') },
            artifactChanges: [
              {
                artifactLocation: { uri: 'a.yaml' },
                replacements: [{ deletedRegion: { startLine: where.line, startColumn: where.column, endLine: where.line, endColumn: where.column + '500.000'.length }, insertedContent: { text: '500000' } }],
              },
            ],
          },
        ],
      ],
    ]);
    writeFileSync(join(dir, 'report.sarif'), sarifText);
    execFileSync(SARIF_MULTITOOL, ['validate', join(dir, 'report.sarif'), '--output', join(dir, 'validation.sarif'), '--level', 'Error;Warning;Note'], { stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8')) as { runs: { results?: { level: string }[] }[] };
    expect((validation.runs[0]!.results ?? []).filter((r) => r.level !== 'note')).toEqual([]);
  });

  it('sarif carries the rule catalogue, positions and the review decision', async () => {
    const sarif = JSON.parse((await run('sarif')).stdout);
    const driver = sarif.runs[0].tool.driver;
    expect(sarif.version).toBe('2.1.0');
    expect(driver.rules.map((r: { id: string }) => r.id)).toContain('bovengrens');
    const bovengrens = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'bovengrens');
    expect(bovengrens).toMatchObject({
      level: 'error',
      ruleIndex: driver.rules.findIndex((r: { id: string }) => r.id === 'bovengrens'),
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/regelfouten-vacuumtherapie.yaml' }, region: { startLine: 44, startColumn: 1 } } }],
      properties: { beoordeling: 'ongeldig', pointer: '/begroting' },
    });
    expect(sarif.runs[0].artifacts).toHaveLength(34);
  });

  it('junit validates against the Jenkins junit-4.xsd', async () => {
    const xsd = readFileSync(JUNIT_XSD, 'utf8');
    for (const args of [[], ['--lang', 'en'], ['--quiet']]) {
      const xml = (await run('junit', args)).stdout;
      const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit-4.xsd', contents: xsd }] });
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('junit has one test case per file and a failure per error', async () => {
    const xml = (await run('junit')).stdout;
    expect(xml.match(/<testcase /g)).toHaveLength(34);
    expect(xml.match(/<failure /g)).toHaveLength(27);
    expect(xml).toContain('<testsuites name="modelplan" tests="34" failures="10" errors="0">');
  });

  it('--output writes exactly what stdout would, for every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-out-'));
    for (const format of CHECK_FORMATS) {
      const file = join(dir, `report.${format}`);
      const toFile = runBuilt(['check', '--format', format, '--output', file, 'examples/']);
      const toStdout = runBuilt(['check', '--format', format, 'examples/']);
      expect(toFile.code).toBe(1);
      expect(toFile.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
    }
  });
});

describe('escaping per format', () => {
  it("github: data and properties as GitHub's toolkit escapes them", () => {
    expect(escapeData('50%\r\nnext::error')).toBe('50%25%0D%0Anext::error');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('junit: XML-special and control characters', () => {
    expect(xmlText(`<a href="x">&'\u0001\u001b`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\\x01\\x1b');
  });

  it('sarif: relative, percent-encoded artifact URIs', () => {
    expect(artifactUri('map met spatie/a#b.yaml')).toBe('map%20met%20spatie/a%23b.yaml');
  });

  it('csv: formulas from input are neutralised and fields quoted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-csv-'));
    const text = readFileSync(join(ROOT, 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8').replace(
      'naam: "Coalitie Spraakgestuurd Rapporteren Vechtstreek"',
      'naam: "=HYPERLINK(\\"http://x\\";\\"klik\\")"',
    );
    writeFileSync(join(dir, 'a.yaml'), text);
    const csv = (await runInProcess(['check', '--format', 'csv', '--bom', join(dir, 'a.yaml')])).stdout;
    expect(csv.startsWith('\uFEFFbestand;soort;titel;aanvrager;')).toBe(true);
    expect(csv).toContain(';"\'=HYPERLINK(""http://x"";""klik"")";');
  });

  it('csv: --separator , gives a decimal point; --bom without csv is a usage error', async () => {
    const csv = (await run('csv', ['--separator', ','])).stdout;
    expect(csv.split('\r\n')[3]).toBe(
      'examples/ai-spraakgestuurd-rapporteren-vvt.yaml,aanvraag,Spraakgestuurd rapporteren in de wijkverpleging (ZK11),Coalitie Spraakgestuurd Rapporteren Vechtstreek,spraakgestuurd-rapporteren@1.0.0,ai,vvt,,3311,3343,standaard,,115.0,2400000,18,133333,0,0,,',
    );
    const wrong = await runInProcess(['check', '--bom', 'examples/']);
    expect(wrong).toMatchObject({ code: 2, stderr: 'modelplan: --bom geldt alleen voor --format csv\n' });
  });
});

describe('exit-code options', () => {
  const review = 'examples/regionale-invulling-digitale-triage.yaml';
  const warning = 'examples/afwijking-niet-gemeld-emdr-ggz.yaml';
  it.each([
    [['check', review], 0],
    [['check', '--fail-on', 'review', review], 1],
    [['check', '--fail-on', 'warning', review], 0],
    [['check', '--fail-on', 'warning', warning], 1],
    [['check', '--max-warnings', '0', warning], 1],
    // Two warnings: the late milestone (mijlpaal-termijn) and its money in 2029 (aandeel-2029).
    [['check', '--max-warnings', '1', warning], 1],
    [['check', '--max-warnings', '2', warning], 0],
    [['check', '--fail-on', 'sometimes', warning], 2],
    [['check', '--max-warnings', 'veel', warning], 2],
  ])('%j exits %i', (args, code) => {
    expect(runBuilt(args as string[]).code).toBe(code);
  });

  it('--quiet shows errors only', async () => {
    const quiet = await runInProcess(['check', '--quiet', '--no-color', warning, 'examples/yaml-syntaxfout.yaml']);
    expect(quiet.stdout).not.toContain('mijlpaal-termijn');
    expect(quiet.stdout).toContain('yaml-syntaxis');
  });
});
