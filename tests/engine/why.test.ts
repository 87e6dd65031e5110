/**
 * Issue 28, Why: the three wrong answers of a pipeline that finished files before the set stage
 * and was driven from several places, each as a regression test through the real CLI.
 */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { rapportInvocation } from '../../src/options/rapport.js';
import { buildRapport } from '../../src/rapport/build.js';
import { computeStatus } from '../../src/round/status.js';
import { runBudget, withoutRegisterFile } from '../../src/runs/check.js';
import type { Report } from '../../src/report/types.js';
import { EXAMPLES, runInProcess } from '../helpers/cli.js';

const VALID = 'ai-spraakgestuurd-rapporteren-vvt.yaml';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-why-'));
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
  return dir;
}

async function json<T>(args: string[], cwd: string): Promise<{ code: number; value: T }> {
  const result = await runInProcess(args, { cwd });
  expect(result.stderr).toBe('');
  return { code: result.code, value: JSON.parse(result.stdout) as T };
}

async function register(cwd: string, paths: string[]): Promise<void> {
  const result = await runInProcess(['register', ...paths, '--peildatum', '2026-12-01', '-o', 'register.json'], { cwd });
  expect(result).toMatchObject({ code: 0, stderr: '', stdout: '' });
}

describe('issue 28: the wrong answers of Why', () => {
  it('check --register: a file changed after the register is ongeldig and has no score', async () => {
    const dir = folder({ 'a.yaml': join(EXAMPLES, VALID) });
    await register(dir, ['a.yaml']);
    const before = await json<Report>(['check', '--format', 'json', '--register', 'register.json', 'a.yaml'], dir);
    expect(before.code).toBe(0);
    expect(before.value.files[0]!.score).toBeDefined();
    appendFileSync(join(dir, 'a.yaml'), '# na de indiening\n');
    for (const jobs of ['1', '2']) {
      const { code, value } = await json<Report>(['check', '--format', 'json', '--register', 'register.json', '--jobs', jobs, 'a.yaml'], dir);
      expect(code).toBe(1);
      const file = value.files.find((f) => f.file === 'a.yaml')!;
      expect(file.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['register-gewijzigd:error']);
      expect(file.review?.decision).toBe('ongeldig');
      expect(file.review?.reasons.map((r) => r.ruleId)).toEqual(['register-gewijzigd']);
      expect(file.counts).toEqual({ errors: 1, warnings: 0, infos: 0 });
      expect('score' in file).toBe(false);
    }
  });

  it('rapport --register with two copies, the first changed after the register: the page names, counts and lists one and the same copy', async () => {
    const dir = folder({ 'a.yaml': join(EXAMPLES, VALID), 'b.yaml': join(EXAMPLES, VALID) });
    await register(dir, ['a.yaml', 'b.yaml']);
    // A comment: the same application (the same content), other bytes than registered.
    appendFileSync(join(dir, 'a.yaml'), '# na de indiening\n');
    const check = await json<Report>(['check', '--format', 'json', '--register', 'register.json', 'a.yaml', 'b.yaml'], dir);
    const a = check.value.files.find((f) => f.file === 'a.yaml')!;
    const b = check.value.files.find((f) => f.file === 'b.yaml')!;
    expect(a.findings.map((f) => `${f.ruleId}:${f.messageId}`).sort()).toEqual(['aanvraag-dubbel:copy', 'register-gewijzigd:changed']);
    expect(a.findings.find((f) => f.ruleId === 'aanvraag-dubbel')!.args).toEqual({ telt: 'b.yaml' });
    expect(a.review?.decision).toBe('ongeldig');
    expect(a.duplicateOf).toBe('b.yaml');
    expect(b.findings.map((f) => [f.ruleId, f.messageId, f.args])).toEqual([['aanvraag-dubbel', 'counted', { aantal: 1, andere: 'a.yaml' }]]);
    expect('duplicateOf' in b).toBe(false);

    // The numbers of the page, as the rapport command makes them.
    const invocation = rapportInvocation(['a.yaml', 'b.yaml'], { register: 'register.json', peildatum: '2026-12-01' }, { cwd: dir, env: {}, stdoutIsTTY: false }, 'nl', new Date('2026-12-01T12:00:00Z'));
    const { report, frame, budget, round } = await runBudget(invocation.check, invocation.budget, { stdin: () => Readable.from([]) });
    expect(budget.aanvragen.map((x) => x.file)).toEqual(['b.yaml']);
    expect(budget.leftOut.invalid.map((x) => x.file)).toEqual(['a.yaml']);
    expect(budget.leftOut.duplicates).toEqual([]);
    const rapport = buildRapport({ report: { ...report, files: withoutRegisterFile(report.files, invocation.check) }, frame, budget, peildatum: invocation.peildatum, status: computeStatus(report, round) });
    expect(rapport.applications.map((x) => [x.file, x.status])).toEqual([['a.yaml', 'invalid'], ['b.yaml', 'counted']]);

    const page = await runInProcess(['rapport', '--register', 'register.json', '--peildatum', '2026-12-01', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(page.code).toBe(0);
    // The page tells b.yaml that it counts (a.yaml is listed with its error, the reason it is ongeldig).
    expect(page.stdout).toContain('dezelfde aanvraag staat nog 1 keer in de batch: a.yaml; dit bestand telt mee in budget');
    expect(page.stdout).not.toContain('alleen a.yaml telt mee');
    expect(page.stdout).not.toContain('batch: b.yaml');
  });

  it('check --fix --dry-run examples/ ends as check examples/ does (the decision files are part of its run)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-why-'));
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
    const plain = await runInProcess(['check', 'examples/'], { cwd: dir });
    const dry = await runInProcess(['check', '--fix', '--dry-run', 'examples/'], { cwd: dir });
    const last = (text: string) => text.trimEnd().split('\n').at(-1);
    expect(last(plain.stdout)).toBe('34 bestand(en): 24 zonder fouten, 10 met fouten; 27 fout(en), 8 waarschuwing(en), 3 info · beoordeling: 4 standaard, 3 aanvullende beoordeling, 4 ongeldig');
    expect(last(dry.stdout)).toBe(last(plain.stdout));
    expect(dry.stdout).toContain('beoordeling-aanvraag');
    expect(dry.code).toBe(plain.code);
    // Nothing was written by the dry run.
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) {
      expect(readFileSync(join(dir, 'examples', name), 'utf8')).toBe(readFileSync(join(EXAMPLES, name), 'utf8'));
    }
  });
});
