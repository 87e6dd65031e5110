/** `modelplan register` and `check --register`: exact content for the examples, and tampering caught. */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { canonicalJson } from '../../src/review/application-summary.js';
import type { Register } from '../../src/round/types.js';
import { toolVersion } from '../../src/paths.js';
import { EXAMPLES, ROOT, runInProcess, TEST_TODAY } from '../helpers/cli.js';

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/register.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

/** The examples (applications only) in a fresh folder, so tampering never touches the repository. */
function examplesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-register-'));
  for (const f of readdirSync(EXAMPLES)) if (f.endsWith('.yaml')) cpSync(join(EXAMPLES, f), join(dir, 'examples', f));
  return dir;
}

async function makeRegister(cwd: string, extra: string[] = ['--peildatum', '2026-12-01']): Promise<Register> {
  const result = await runInProcess(['register', 'examples', ...extra, '-o', 'register.json'], { cwd });
  expect(result).toMatchObject({ code: 0, stderr: '', stdout: '' });
  return JSON.parse(readFileSync(join(cwd, 'register.json'), 'utf8')) as Register;
}

/** What check --register reports, as file → rule IDs starting with register-. */
async function registerFindings(cwd: string): Promise<{ code: number; findings: Record<string, string[]> }> {
  const result = await runInProcess(['check', 'examples', '--register', 'register.json', '--format', 'json'], { cwd });
  const report = JSON.parse(result.stdout) as { files: { file: string; findings: { ruleId: string; line: number; column: number }[] }[] };
  const findings: Record<string, string[]> = {};
  for (const f of report.files) {
    const own = f.findings.filter((x) => x.ruleId.startsWith('register-'));
    if (own.length > 0) findings[f.file] = own.map((x) => `${x.ruleId}@${x.line}:${x.column}`);
  }
  return { code: result.code, findings };
}

/** Applications of the examples: file, kind, amount requested, triage; changes with examples/ (issue 13 may change them). */
const EXPECTED: [string, string | null, number | null, string | null][] = [
  ['afwijking-gemotiveerd-capaciteitsplanning-msz.yaml', 'aanvraag', 3000000, 'aanvullende-beoordeling'],
  ['afwijking-niet-gemeld-emdr-ggz.yaml', 'aanvraag', 900000, 'aanvullende-beoordeling'],
  ['ai-spraakgestuurd-rapporteren-vvt.yaml', 'aanvraag', 2400000, 'standaard'],
  ['digitaal-zorgpad-copd-msz.yaml', 'aanvraag', 2100000, 'standaard'],
  ['medtech-slim-incontinentiemateriaal-vvt.yaml', 'aanvraag', 1200000, 'standaard'],
  ['regelfouten-vacuumtherapie.yaml', 'aanvraag', 1800000, 'ongeldig'],
  ['regionale-invulling-digitale-triage.yaml', 'aanvraag', 1500000, 'aanvullende-beoordeling'],
  ['schemafouten.yaml', 'aanvraag', null, null],
  ['sociaal-domein-valpreventie.yaml', 'aanvraag', 600000, 'standaard'],
  ['wlz-zorg-op-zvw-route-incontinentie.yaml', 'aanvraag', 1200000, 'ongeldig'],
  ['yaml-syntaxfout.yaml', null, null, null],
];

describe('modelplan register', () => {
  it('writes the exact register of the examples, valid against its schema, with a hash over itself', async () => {
    const dir = examplesCopy();
    const register = await makeRegister(dir);
    expect(validate(register), JSON.stringify(validate.errors)).toBe(true);
    const frameReport = JSON.parse((await runInProcess(['check', 'examples', '--format', 'json'], { cwd: dir })).stdout) as { audit: Register & { tool: Register['tool'] } };
    const bestanden = EXPECTED.map(([name, soort, gevraagd, beslissing]) => {
      const bytes = readFileSync(join(dir, 'examples', name));
      const entry: Record<string, unknown> = { bestand: `examples/${name}`, sha256: sha(bytes), soort };
      if (gevraagd !== null) {
        const a = parse(bytes.toString('utf8')) as Aanvraag;
        entry.aanvraag = {
          fingerprint: sha(canonicalJson(a)),
          aanvrager: a.aanvrager.naam,
          modelplan: { id: a.modelplan.id, versie: a.modelplan.versie },
          thema: register.bestanden.find((b) => b.bestand === `examples/${name}`)!.aanvraag!.thema,
          gevraagd,
          beslissing,
        };
      }
      return entry;
    });
    const body = {
      registerVersie: '2.0.0',
      peildatum: '2026-12-01',
      tool: { name: 'modelplan', version: toolVersion() },
      modelplannen: frameReport.audit.modelplannen,
      budgetkader: frameReport.audit.budgetkader,
      schemas: frameReport.audit.schemas,
      bestanden,
      totaal: { bestanden: 11, aanvragen: 9, gevraagd: EXPECTED.reduce((s, [, , g]) => s + (g ?? 0), 0) },
      // The injected clock of runInProcess; no user in its environment.
      gemaakt: { op: `${TEST_TODAY}T12:00:00.000Z`, door: 'onbekend' },
    };
    expect(register).toEqual({ ...body, registerHash: sha(canonicalJson(body)) });
    // The themes come from the modelplannen, not from the application's own field.
    expect(register.bestanden.flatMap((b) => (b.aanvraag ? [b.aanvraag.thema] : []))).toEqual(['ai', 'digitale-hybride-zorg', 'ai', 'digitale-hybride-zorg', 'medische-technologie', 'medische-technologie', 'digitale-hybride-zorg', 'sociaal-domein', 'medische-technologie']);
    // Deterministic: the same input gives the same bytes.
    const first = readFileSync(join(dir, 'register.json'), 'utf8');
    await makeRegister(dir);
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(first);
  });

  it('takes the peildatum from the injected clock when none is given', async () => {
    const register = await makeRegister(examplesCopy(), []);
    expect(register.peildatum).toBe(TEST_TODAY);
  });

  it.each([['2026-02-30'], ['1-12-2026'], ['morgen']])('rejects the peildatum %s as a usage error (exit 2)', async (value) => {
    const result = await runInProcess(['register', 'examples', '--peildatum', value], { cwd: examplesCopy() });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `modelplan: --peildatum verwacht een datum JJJJ-MM-DD, gevonden "${value}"\n` });
  });
});

describe('check --register', () => {
  it('an untouched submission: no finding on the files, the exit code of a plain check; the register says it is unsigned', async () => {
    const dir = examplesCopy();
    await makeRegister(dir);
    const plain = await runInProcess(['check', 'examples'], { cwd: dir });
    expect(await registerFindings(dir)).toEqual({ code: plain.code, findings: { 'register.json': ['register-echtheid@1:1'] } });
  });

  it('catches one changed byte, an added file and a removed file, each an error with its position', async () => {
    const dir = examplesCopy();
    await makeRegister(dir);
    const changed = join(dir, 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml');
    const bytes = readFileSync(changed);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x30 ? 0x31 : 0x30;
    writeFileSync(changed, bytes);
    cpSync(join(dir, 'examples/digitaal-zorgpad-copd-msz.yaml'), join(dir, 'examples/nagekomen.yaml'));
    rmSync(join(dir, 'examples/medtech-slim-incontinentiemateriaal-vvt.yaml'));
    expect(await registerFindings(dir)).toEqual({
      code: 1,
      findings: {
        'examples/ai-spraakgestuurd-rapporteren-vvt.yaml': ['register-gewijzigd@1:1'],
        'examples/medtech-slim-incontinentiemateriaal-vvt.yaml': ['register-ontbreekt@1:1'],
        'examples/nagekomen.yaml': ['register-toegevoegd@1:1'],
        'register.json': ['register-echtheid@1:1'],
      },
    });
  });

  it('a changed application is ongeldig until it is registered again', async () => {
    const dir = examplesCopy();
    await makeRegister(dir);
    appendFileSync(join(dir, 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml'), '# na de indiening\n');
    const result = await runInProcess(['check', 'examples', '--register', 'register.json', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout) as { files: { file: string; review?: { decision: string } }[] };
    expect(report.files.find((f) => f.file === 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml')?.review?.decision).toBe('ongeldig');
  });

  it('a tampered register is reported, not trusted', async () => {
    const dir = examplesCopy();
    await makeRegister(dir);
    const path = join(dir, 'register.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"gevraagd": 2400000/, '"gevraagd": 2500000'));
    expect(await registerFindings(dir)).toEqual({ code: 1, findings: { 'register.json': ['register-ongeldig@1:1'] } });
  });
});
