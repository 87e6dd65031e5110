import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runInProcess } from '../helpers/cli.js';

const VALID = 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml';

async function checkJson(args: string[], cwd?: string): Promise<{ code: number; report: Report }> {
  const result = await runInProcess(['check', '--format', 'json', ...args], cwd ? { cwd } : {});
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe('bestand-onleesbaar', () => {
  it('a symbolic link loop is a finding; the rest of the batch is still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-loop-'));
    symlinkSync(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    const { code, report } = await checkJson([dir, join(process.cwd(), VALID)]);
    expect(code).toBe(1);
    const loops = report.files.filter((f) => f.findings.some((x) => x.ruleId === 'bestand-onleesbaar'));
    expect(loops.map((f) => f.findings.map((x) => [x.ruleId, x.messageId, x.line, x.column]))).toEqual([
      [['bestand-onleesbaar', 'linkLoop', 1, 1]],
      [['bestand-onleesbaar', 'linkLoop', 1, 1]],
    ]);
    expect(report.files.find((f) => f.file.endsWith('ai-spraakgestuurd-rapporteren-vvt.yaml'))?.review?.decision).toBe('standaard');
  });

  it('a directory whose name ends in .yaml, matched by a glob, is reported as a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-dir-'));
    mkdirSync(join(dir, 'map.yaml'));
    writeFileSync(join(dir, 'leeg.yaml'), '');
    const { code, report } = await checkJson(['*.yaml'], dir);
    expect(code).toBe(1);
    expect(report.files.map((f) => [f.file, f.findings.map((x) => [x.ruleId, x.messageId])])).toEqual([
      ['leeg.yaml', [['bestand-leeg', 'empty']]],
      ['map.yaml', [['bestand-onleesbaar', 'isDirectory']]],
    ]);
  });

  it('a dangling link inside a directory is reported, not skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-dangling-'));
    symlinkSync(join(dir, 'weg.yaml'), join(dir, 'kapot.yaml'));
    const { report } = await checkJson([dir]);
    expect(report.files.map((f) => f.findings.map((x) => [x.ruleId, x.messageId, x.args.reason]))).toEqual([[['bestand-onleesbaar', 'unreadable', 'ENOENT']]]);
  });

  it.each([
    ['in a directory', (dir: string) => [dir]],
    ['by a glob', (dir: string) => [`${dir}/*.yaml`]],
    ['by name', (dir: string) => [join(dir, 'pijp.yaml')]],
  ])('a named pipe found %s is reported and never opened (it would block)', async (_how, paths) => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-fifo-'));
    execFileSync('mkfifo', [join(dir, 'pijp.yaml')]);
    const { code, report } = await checkJson(paths(dir));
    expect(code).toBe(1);
    expect(report.files.map((f) => f.findings.map((x) => [x.ruleId, x.messageId, x.message]))).toEqual([
      [['bestand-onleesbaar', 'notRegular', 'geen gewoon bestand (een pipe, socket of apparaat); niet geopend']],
    ]);
  });
});
