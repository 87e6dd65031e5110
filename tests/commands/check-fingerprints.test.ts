/**
 * Fingerprints: the engine's file stage hashes (SHA-256 over the canonical JSON) every valid
 * application exactly once per run, whatever the format (no placeholder, no file read again to
 * hash it later); a format that does not show them leaves them out, and finds what a run that
 * shows them finds. Counted through node:crypto, never timed.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';
import type { Report } from '../../src/report/types.js';
import { canonicalJson } from '../../src/review/application-summary.js';
import { runCheck, type CheckOptions } from '../../src/runs/check.js';
import { EXAMPLES, ROOT, runInProcess } from '../helpers/cli.js';

/** Every text hashed that is an application's canonical JSON (sorted keys: `aanvrager` first). */
const seam = vi.hoisted(() => ({ applications: 0, sha256: undefined as undefined | ((text: string) => string) }));

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  seam.sha256 = (text) => actual.createHash('sha256').update(text).digest('hex');
  const createHash = ((algorithm: string, options?: object) => {
    const hash = actual.createHash(algorithm, options);
    const update = hash.update.bind(hash) as (data: unknown, encoding?: unknown) => typeof hash;
    hash.update = ((data: unknown, encoding?: unknown) => {
      if (algorithm === 'sha256' && typeof data === 'string' && data.startsWith('{"aanvrager":')) seam.applications++;
      return update(data, encoding);
    }) as typeof hash.update;
    return hash;
  }) as typeof actual.createHash;
  return { ...actual, default: { ...actual, createHash }, createHash };
});

const VALID = [
  'afwijking-gemotiveerd-capaciteitsplanning-msz.yaml',
  'ai-spraakgestuurd-rapporteren-vvt.yaml',
  'digitaal-zorgpad-copd-msz.yaml',
  'medtech-slim-incontinentiemateriaal-vvt.yaml',
  'regionale-invulling-digitale-triage.yaml',
  'sociaal-domein-valpreventie.yaml',
  'wlz-zorg-op-zvw-route-incontinentie.yaml',
];

/** The valid examples once each, and with `copies`: the first of them three more times (one with other bytes, the same content). */
function corpus(copies: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-fingerprints-'));
  for (const name of VALID) copyFileSync(join(EXAMPLES, name), join(dir, name));
  if (copies) {
    copyFileSync(join(EXAMPLES, VALID[1]!), join(dir, 'kopie-1.yaml'));
    copyFileSync(join(EXAMPLES, VALID[1]!), join(dir, 'zz-kopie-2.yaml'));
    writeFileSync(join(dir, 'kopie-3.yaml'), '# dezelfde aanvraag, andere bytes\n' + readFileSync(join(EXAMPLES, VALID[1]!), 'utf8'));
  }
  return dir;
}

function options(paths: string[], extra: Partial<CheckOptions> = {}): CheckOptions {
  return { paths, cwd: ROOT, modelplannenDir: BUNDLED_MODELPLANNEN_DIR, lang: 'nl', maxFileBytes: 1_000_000, failOn: 'error', ...extra };
}

const run = async (o: CheckOptions) => (await runCheck(o, { stdin: () => Readable.from([]) })).report;

/** The report without its fingerprints. */
function withoutFingerprints(report: Report): Report {
  const copy = structuredClone(report);
  for (const file of copy.files) delete file.aanvraag?.fingerprint;
  return copy;
}

describe('fingerprints only where needed', () => {
  beforeEach(() => {
    seam.applications = 0;
  });

  it('check -f text hashes every application exactly once and shows no fingerprint', async () => {
    const dir = corpus(false);
    const result = await runInProcess(['check', '-f', 'text', dir]);
    expect(result.stdout).toContain('7 bestand(en)');
    expect(seam.applications).toBe(VALID.length);
    seam.applications = 0;
    const csv = await runInProcess(['check', '-f', 'csv', dir]);
    expect(seam.applications).toBe(VALID.length);
    expect(csv.stdout).not.toMatch(/[0-9a-f]{64}/);
  });

  it('with copies each file is hashed once, and a run without fingerprints finds what a run with them finds', async () => {
    const dir = corpus(true);
    const everything = await run(options([dir]));
    expect(seam.applications).toBe(VALID.length + 3);
    seam.applications = 0;
    const needed = await run(options([dir], { fingerprints: false }));
    expect(seam.applications).toBe(VALID.length + 3);
    expect(needed).toEqual(withoutFingerprints(everything));
    expect(needed.files.every((f) => f.aanvraag?.fingerprint === undefined)).toBe(true);
    const dubbel = needed.files.filter((f) => f.findings.some((x) => x.ruleId === 'aanvraag-dubbel')).map((f) => f.file.split('/').at(-1));
    expect(dubbel.sort()).toEqual([VALID[1], 'kopie-1.yaml', 'kopie-3.yaml', 'zz-kopie-2.yaml'].sort());
  });

  it('check -f json gives every application the fingerprint it always had: SHA-256 over the canonical JSON', async () => {
    const dir = corpus(true);
    const result = await runInProcess(['check', '-f', 'json', dir]);
    const report = JSON.parse(result.stdout) as Report;
    const applications = report.files.filter((f) => f.aanvraag);
    expect(applications).toHaveLength(VALID.length + 3);
    for (const file of applications) {
      const data: unknown = parse(readFileSync(join(ROOT, file.file), 'utf8'));
      expect(file.aanvraag!.fingerprint).toBe(seam.sha256!(canonicalJson(data)));
    }
    expect(new Set(applications.map((f) => f.aanvraag!.fingerprint)).size).toBe(VALID.length);
  });

  it('with a register (even an unusable one) every application gets its fingerprint', async () => {
    const dir = corpus(false);
    const register = join(dir, 'register.json');
    writeFileSync(register, '{}\n');
    const result = await runInProcess(['check', '-f', 'text', '--register', register, dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('register-ongeldig');
    expect(seam.applications).toBe(VALID.length);
  });

  it('decision files in a run without fingerprints still find their applications', async () => {
    const everything = await run(options([EXAMPLES]));
    const needed = await run(options([EXAMPLES], { fingerprints: false }));
    expect(withoutFingerprints(needed)).toEqual(withoutFingerprints(everything));
    expect(needed.files.some((f) => f.kind === 'beoordeling')).toBe(true);
  });
});
