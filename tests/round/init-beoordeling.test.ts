/** `modelplan init-beoordeling`: a skeleton with the fingerprint and the reasons; never overwrites; --bijwerken. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import type { Beoordeling } from '../../src/round/types.js';
import { EXAMPLES, runInProcess, TEST_TODAY } from '../helpers/cli.js';
import { fingerprintOf, regionalAanvraag } from './harness.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-init-b-'));
  cpSync(join(EXAMPLES, 'regionale-invulling-digitale-triage.yaml'), join(dir, 'a.yaml'));
  return dir;
}

describe('modelplan init-beoordeling', () => {
  it('writes the fingerprint, the insurer for the role and one response per review reason, with placeholders', async () => {
    const dir = folder();
    const result = await runInProcess(['init-beoordeling', 'a.yaml', '--rol', 'tweede'], { cwd: dir });
    expect(result.code).toBe(0);
    const app = regionalAanvraag();
    const data = parse(result.stdout) as Beoordeling;
    expect(data).toEqual({
      soort: 'beoordeling',
      aanvraag: { bestand: 'a.yaml', fingerprint: fingerprintOf(app) },
      rol: 'tweede',
      verzekeraar: app.zorgverzekeraars!.tweede,
      datum: TEST_TODAY,
      uitkomst: '<VUL IN: een van akkoord, akkoord-onder-voorwaarden, aanhouden, afwijzen>',
      motivering: '<VUL IN: waarom deze uitkomst>',
      reacties: [
        { regel: 'regionale-invulling', pointer: '/regionale_invulling/0', motivering: '<VUL IN: uw afweging bij deze reden>' },
        { regel: 'regionale-invulling', pointer: '/regionale_invulling/1', motivering: '<VUL IN: uw afweging bij deze reden>' },
      ],
      toegekend: { bedrag: 1500000 },
      voorwaarden: [],
    });
    expect(result.stdout).toContain('# Reden: regionale invulling:');
  });

  it('an untouched skeleton fails check on its placeholders only; filled in, it passes', async () => {
    const dir = folder();
    expect((await runInProcess(['init-beoordeling', 'a.yaml', '--rol', 'coordinerend', '-o', 'b.yaml'], { cwd: dir })).code).toBe(0);
    const check = await runInProcess(['check', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(check.stdout) as { files: { file: string; findings: { ruleId: string; pointer: string }[] }[] };
    expect(report.files.find((f) => f.file === 'b.yaml')!.findings.map((f) => `${f.ruleId} ${f.pointer}`)).toEqual([
      'niet-ingevuld /uitkomst',
      'niet-ingevuld /motivering',
      'niet-ingevuld /reacties/0/motivering',
      'niet-ingevuld /reacties/1/motivering',
    ]);
    const filled = readFileSync(join(dir, 'b.yaml'), 'utf8').replace(/"<VUL IN: een van [^"]*>"/, 'aanhouden').replace(/"<VUL IN: [^"]*>"/g, 'Gezien.');
    writeFileSync(join(dir, 'b.yaml'), filled);
    const again = await runInProcess(['check', '.', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(again.stdout) as typeof report).files.find((f) => f.file === 'b.yaml')!.findings).toEqual([]);
  });

  it('never overwrites without --force', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'b.yaml'), 'mijn beoordeling\n');
    const result = await runInProcess(['init-beoordeling', 'a.yaml', '--rol', 'coordinerend', '-o', 'b.yaml'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'modelplan: b.yaml bestaat al; gebruik --force om te overschrijven of --bijwerken om hem bij te werken\n' });
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('mijn beoordeling\n');
    expect((await runInProcess(['init-beoordeling', 'a.yaml', '--rol', 'coordinerend', '-o', 'b.yaml', '--force'], { cwd: dir })).code).toBe(0);
    expect((parse(readFileSync(join(dir, 'b.yaml'), 'utf8')) as Beoordeling).soort).toBe('beoordeling');
  });

  it('--bijwerken brings a decision to the changed application: new fingerprint, kept answers, a placeholder for a new reason', async () => {
    const dir = folder();
    await runInProcess(['init-beoordeling', 'a.yaml', '--rol', 'coordinerend', '--uitkomst', 'aanhouden', '-o', 'b.yaml'], { cwd: dir });
    writeFileSync(join(dir, 'b.yaml'), readFileSync(join(dir, 'b.yaml'), 'utf8').replace(/"<VUL IN: [^"]*>"/g, 'Eerder gezien.'));
    const changed = parse(readFileSync(join(dir, 'a.yaml'), 'utf8')) as Aanvraag;
    changed.titel = 'Digitale triage, tweede versie';
    writeFileSync(join(dir, 'a.yaml'), stringify(changed));
    const status = async () => (JSON.parse((await runInProcess(['status', '.', '--format', 'json'], { cwd: dir })).stdout) as { aanvragen: { status: string }[] }).aanvragen[0]!.status;
    expect(await status()).toBe('verouderd');
    const result = await runInProcess(['init-beoordeling', 'a.yaml', '--rol', 'coordinerend', '-o', 'b.yaml', '--bijwerken'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const data = parse(readFileSync(join(dir, 'b.yaml'), 'utf8')) as Beoordeling;
    expect(data.aanvraag.fingerprint).toBe(fingerprintOf(changed));
    expect(data.reacties.map((r) => r.motivering)).toEqual(['Eerder gezien.', 'Eerder gezien.']);
    expect(data.datum).toBe(TEST_TODAY);
    expect(await status()).toBe('aangehouden');
  });

  it.each([
    [['init-beoordeling', 'a.yaml'], 'modelplan: geef --rol op: coordinerend of tweede\n'],
    [['init-beoordeling', 'a.yaml', '--rol', 'derde'], 'modelplan: onbekende rol "derde"; kies coordinerend of tweede\n'],
    [['init-beoordeling', 'a.yaml', 'a.yaml', '--rol', 'tweede'], 'modelplan: init-beoordeling verwacht precies één aanvraag, gevonden 2 paden\n'],
    [['init-beoordeling', 'a.yaml', '--rol', 'tweede', '--uitkomst', 'ja'], 'modelplan: onbekende uitkomst "ja"; kies uit: akkoord, akkoord-onder-voorwaarden, aanhouden, afwijzen\n'],
    [['init-beoordeling', 'a.yaml', '--rol', 'tweede', '--bijwerken', '-o', 'nieuw.yaml'], 'modelplan: --bijwerken werkt een bestaand bestand bij: geef -o met een bestaand bestand\n'],
  ])('usage mistake %j: exit 2', async (args, stderr) => {
    const dir = folder();
    expect(await runInProcess(args, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr });
    expect(existsSync(join(dir, 'nieuw.yaml'))).toBe(false);
  });

  it('an application that is not schema-valid has no fingerprint: a usage error', async () => {
    const result = await runInProcess(['init-beoordeling', 'examples/schemafouten.yaml', '--rol', 'tweede']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('modelplan: examples/schemafouten.yaml is geen schemageldige aanvraag: er is geen vingerafdruk om te beoordelen (zie modelplan check examples/schemafouten.yaml)\n');
  });
});

describe('refreshing the bundled decisions', () => {
  it('changes nothing while the examples are unchanged (the README loop is idempotent)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-refresh-'));
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
    const file = 'examples/beoordelingen/afwijking-gemotiveerd-capaciteitsplanning-msz.coordinerend.yaml';
    const before = readFileSync(join(dir, file), 'utf8');
    const result = await runInProcess(['init-beoordeling', 'examples/afwijking-gemotiveerd-capaciteitsplanning-msz.yaml', '--rol', 'coordinerend', '-o', file, '--bijwerken'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
  });
});
