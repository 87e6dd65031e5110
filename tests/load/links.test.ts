/**
 * Links in a scanned folder: one that points out of it is a finding and not followed (unless
 * --follow-links); one that stays inside is followed and the file is listed, hashed and registered
 * by its real path, once. A subfolder that cannot be read is a finding (exit 1), not skipped.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/report/types.js';
import type { Register } from '../../src/round/types.js';
import { EXAMPLES, runInProcess } from '../helpers/cli.js';

// The tests run as root, for whom no permission bit makes a folder unreadable: readdir fails on cue.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = ((path: string, options: never) => {
    if (String(path).endsWith('geheim')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    return original.readdir(path, options);
  }) as typeof original.readdir;
  return { ...original, readdir, default: { ...original, readdir } };
});

const VALID = 'ai-spraakgestuurd-rapporteren-vvt.yaml';

function upload(): { cwd: string; outside: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'modelplan-links-'));
  mkdirSync(join(cwd, 'upload'));
  mkdirSync(join(cwd, 'elders'));
  copyFileSync(join(EXAMPLES, VALID), join(cwd, 'upload', 'a.yaml'));
  writeFileSync(join(cwd, 'elders', 'geheim.yaml'), 'soort: aanvraag\n');
  return { cwd, outside: join(cwd, 'elders') };
}

const brief = (report: Report) => report.files.map((f) => [f.file, f.findings.filter((x) => x.ruleId === 'bestand-onleesbaar').map((x) => [x.messageId, x.args.reason, x.message])]);

describe('links in a scanned folder', () => {
  it('a link to a folder outside is a finding, and nothing behind it is read', async () => {
    const { cwd, outside } = upload();
    symlinkSync(outside, join(cwd, 'upload', 'root'));
    symlinkSync(join(outside, 'geheim.yaml'), join(cwd, 'upload', 'los.yaml'));
    const result = await runInProcess(['check', '--format', 'json', 'upload'], { cwd });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(brief(report)).toEqual([
      ['upload/a.yaml', []],
      ['upload/los.yaml', [['outsideLink', 'elders/geheim.yaml', 'koppeling wijst buiten de gecontroleerde map, naar elders/geheim.yaml; niet gevolgd (zie --follow-links)']]],
      ['upload/root', [['outsideLink', 'elders', 'koppeling wijst buiten de gecontroleerde map, naar elders; niet gevolgd (zie --follow-links)']]],
    ]);
    expect(report.files[2]!.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['bestand-onleesbaar', 1, 1]]);
  });

  it('--follow-links follows them', async () => {
    const { cwd, outside } = upload();
    symlinkSync(outside, join(cwd, 'upload', 'root'));
    const report = JSON.parse((await runInProcess(['check', '--format', 'json', '--follow-links', 'upload'], { cwd })).stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(['upload/a.yaml', 'upload/root/geheim.yaml']);
  });

  it('a link inside the folder is one input under its real path; register hashes it once, by that path', async () => {
    const { cwd } = upload();
    mkdirSync(join(cwd, 'upload', 'sub'));
    symlinkSync(join(cwd, 'upload', 'a.yaml'), join(cwd, 'upload', 'sub', 'kopie.yaml'));
    symlinkSync(join(cwd, 'upload', 'sub'), join(cwd, 'upload', 'zelfde'));
    const report = JSON.parse((await runInProcess(['check', '--format', 'json', 'upload'], { cwd })).stdout) as Report;
    expect(report.files.map((f) => [f.file, f.findings.map((x) => x.ruleId)])).toEqual([['upload/a.yaml', []]]);
    const made = await runInProcess(['register', 'upload', '--peildatum', '2026-12-01', '-o', 'register.json'], { cwd });
    expect(made.code).toBe(0);
    const register = JSON.parse(readFileSync(join(cwd, 'register.json'), 'utf8')) as Register;
    expect(register.bestanden.map((b) => b.bestand)).toEqual(['upload/a.yaml']);
  });

  it('a subfolder that cannot be read is a finding with exit 1; the rest is checked', async () => {
    const { cwd } = upload();
    mkdirSync(join(cwd, 'upload', 'geheim'));
    const result = await runInProcess(['check', '--format', 'json', 'upload'], { cwd });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(brief(report)).toEqual([
      ['upload/a.yaml', []],
      ['upload/geheim', [['folderUnreadable', 'EACCES', 'map kan niet worden gelezen (EACCES); de bestanden erin zijn niet gecontroleerd']]],
    ]);
    const en = JSON.parse((await runInProcess(['check', '--format', 'json', '--lang', 'en', 'upload'], { cwd })).stdout) as Report;
    expect(en.files[1]!.findings[0]!.message).toBe('directory cannot be read (EACCES); the files in it were not checked');
  });
});
