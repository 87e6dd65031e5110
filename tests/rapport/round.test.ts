/**
 * The round in the report: with decision files among the inputs the page shows where every
 * application stands (the same counts as `modelplan status`), and with `--register` the stamp names
 * the register and its hash; a changed file is an error in the run, as with `check --register`.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { attr, elements, parseHtml, section, textOf } from './html-figures.js';

const counts = (html: string) =>
  Object.fromEntries(
    elements(section(parseHtml(html), 'ronde'), (e) => e.tagName === 'tr' && attr(e, 'data-key') !== undefined).map((tr) => [
      attr(tr, 'data-key'),
      Number(textOf(elements(tr, (e) => attr(e, 'data-count') === 'count')[0]!)),
    ]),
  );

describe('modelplan rapport and the assessment round', () => {
  it('with decision files: the counts per status equal modelplan status, and the amount both insurers approved', async () => {
    const page = await runInProcess(['rapport', 'examples/', '--peildatum', '2027-03-01']);
    expect(page.code).toBe(0);
    const status = JSON.parse((await runInProcess(['status', '--format', 'json', 'examples/'])).stdout) as { tellingen: { totaal: number; perStatus: Record<string, number>; toegekend: number }; buitenRonde: string[] };
    expect(counts(page.stdout)).toEqual({ ...status.tellingen.perStatus, totaal: status.tellingen.totaal, 'buiten-ronde': status.buitenRonde.length });
    expect(counts(page.stdout)).toEqual({
      'wacht-op-coordinerend': 1,
      'wacht-op-tweede': 1,
      akkoord: 2,
      'wacht-op-bevestiging': 0,
      definitief: 0,
      'bo-afgewezen': 0,
      aangehouden: 1,
      afgewezen: 1,
      strijdig: 1,
      verouderd: 1,
      dubbel: 0,
      gewijzigd: 0,
      totaal: 8,
      'buiten-ronde': 1,
    });
    const approved = elements(section(parseHtml(page.stdout), 'ronde'), (e) => attr(e, 'data-euro') !== undefined)[0]!;
    expect(BigInt(attr(approved, 'data-euro')!)).toBe(BigInt(status.tellingen.toegekend));
    expect(status.tellingen.toegekend).toBe(4_200_000);
  });

  it('without decision files and without a register there is no round section, and the stamp says so', async () => {
    const page = await runInProcess(['rapport', 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml', '--peildatum', '2027-03-01']);
    expect(page.stdout).not.toContain('id="ronde"');
    const stamp = section(parseHtml(page.stdout), 'stempel');
    expect(textOf(elements(stamp, (e) => attr(e, 'data-field') === 'register')[0]!)).toBe('geen (zie modelplan register en --register)');
  });

  it('--register: the stamp names the register and its hash; a file changed since is an error of the run (register-gewijzigd)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-register-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const made = await runInProcess(['register', 'examples/', '-o', 'register.json', '--peildatum', '2026-11-30'], { cwd: dir });
    expect(made.code).toBe(0);
    const register = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as { registerHash: string };
    const page = await runInProcess(['rapport', 'examples/', '--register', 'register.json', '--peildatum', '2027-03-01'], { cwd: dir });
    expect(page.code).toBe(0);
    const stamp = section(parseHtml(page.stdout), 'stempel');
    expect(textOf(elements(stamp, (e) => attr(e, 'data-field') === 'register')[0]!)).toBe(`register.json, peildatum 2026-11-30, hash ${register.registerHash}`);

    // One byte changed in a submitted file: check --register and the report's run both see it.
    const file = join(dir, 'examples', 'ai-spraakgestuurd-rapporteren-vvt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('fte_besparing: 18', 'fte_besparing: 19'));
    const check = await runInProcess(['check', '--format', 'json', '--register', 'register.json', 'examples/'], { cwd: dir });
    const changed = (JSON.parse(check.stdout) as { files: { file: string; findings: { ruleId: string }[] }[] }).files.find((f) => f.file === 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml')!;
    expect(changed.findings.map((f) => f.ruleId)).toContain('register-gewijzigd');
    copyFileSync(join(ROOT, 'examples', 'ai-spraakgestuurd-rapporteren-vvt.yaml'), file);
  });

  it('--register with an unsigned register: the register is in the stamp, never a row of the applications (the same rows as without it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-register-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    expect((await runInProcess(['register', 'examples/', '-o', 'register.json', '--peildatum', '2026-12-01'], { cwd: dir })).code).toBe(0);
    const rows = (html: string) => elements(parseHtml(html), (e) => attr(e, 'data-status') !== undefined).map((e) => [attr(e, 'data-status'), textOf(e).slice(0, 60)]);
    const withRegister = (await runInProcess(['rapport', 'examples/', '--register', 'register.json', '--peildatum', '2027-03-01'], { cwd: dir })).stdout;
    const without = (await runInProcess(['rapport', 'examples/', '--peildatum', '2027-03-01'], { cwd: dir })).stdout;
    expect(rows(withRegister).length).toBeGreaterThan(0);
    expect(rows(withRegister)).toEqual(rows(without));
    expect(rows(withRegister).some(([, text]) => text!.includes('register.json'))).toBe(false);
  });

  it('an unreadable --register path is a finding of the run, never a crash', async () => {
    const page = await runInProcess(['rapport', 'examples/', '--register', 'bestaat-niet.json', '--peildatum', '2027-03-01']);
    expect(page.stderr).toBe('');
    expect(page.code).toBe(0);
    expect(page.stdout).toContain('id="ronde"');
  });
});
