/**
 * bestand-niet-opgeslagen: `check --fix` never overwrites an editor's save made while it runs (the
 * save is injected just before the swap, so the race is deterministic) and never rewrites a
 * read-only file; the file stays byte for byte, the finding says why, exit 1.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFix } from '../../src/runs/fix.js';
import { checkInvocation } from '../../src/options/check.js';
import type { Finding, Report } from '../../src/report/types.js';
import { runInProcess } from '../helpers/cli.js';
import { VALPREVENTIE } from './as-written-helpers.js';

const TYPED = VALPREVENTIE.replace('    bedrag: 180000', '    bedrag: 180.000');

function workspace(text: string, mode?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-niet-opgeslagen-'));
  writeFileSync(join(dir, 'aanvraag.yaml'), text);
  if (mode !== undefined) chmodSync(join(dir, 'aanvraag.yaml'), mode);
  return dir;
}

/** A file-level finding stands at the file's start (line 1, column 1), like the other findings about the file as a whole. */
const found = (findings: readonly Finding[]) =>
  findings.filter((f) => f.ruleId === 'bestand-niet-opgeslagen').map((f) => [f.messageId, f.line, f.column, f.pointer]);

describe('bestand-niet-opgeslagen', () => {
  it('an editor saving while --fix runs is never overwritten (6 of 6 before)', async () => {
    for (let round = 0; round < 6; round++) {
      const dir = workspace(TYPED);
      const editor = TYPED.replace('titel: ', `titel: ronde ${round} `);
      const invocation = checkInvocation(['aanvraag.yaml'], {}, { cwd: dir, env: {}, stdoutIsTTY: false }, 'nl');
      const result = await runFix({ ...invocation.check, dryRun: false, beforeSwap: () => writeFileSync(join(dir, 'aanvraag.yaml'), editor) });
      expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(editor);
      expect(readdirSync(dir)).toEqual(['aanvraag.yaml']);
      expect(result.fixes.map((f) => [f.file, f.written, f.notSaved])).toEqual([['aanvraag.yaml', false, 'changed']]);
      const file = result.report.files[0]!;
      expect(found(file.findings)).toEqual([['changed', 1, 1, '']]);
      expect(file.findings.find((f) => f.ruleId === 'bestand-niet-opgeslagen')!.message).toBe(
        'reparaties niet opgeslagen: het bestand is gewijzigd terwijl check --fix liep (door een editor?); draai check --fix opnieuw',
      );
      // The findings are those of the file as it was read: the amount is still to repair.
      expect(file.findings.some((f) => f.ruleId === 'bedrag-notatie')).toBe(true);
      expect(result.exitCode).toBe(1);
    }
  });

  it('a read-only file is never rewritten: a plain message in nl and en, exit 1', async () => {
    const dir = workspace(TYPED, 0o444);
    const nl = await runInProcess(['check', '--fix', 'aanvraag.yaml'], { cwd: dir });
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain('aanvraag.yaml: 1 reparatie(s) niet opgeslagen, het bestand is niet aangeraakt (zie bestand-niet-opgeslagen hieronder)');
    expect(nl.stdout).toContain('reparaties niet opgeslagen: het bestand is alleen-lezen; maak het schrijfbaar als u de reparaties wilt');
    const en = await runInProcess(['check', '--fix', '--lang', 'en', '--format', 'json', 'aanvraag.yaml'], { cwd: dir });
    const report = JSON.parse(en.stdout) as Report;
    expect(found(report.files[0]!.findings)).toEqual([['readOnly', 1, 1, '']]);
    expect(report.files[0]!.findings.find((f) => f.ruleId === 'bestand-niet-opgeslagen')!.message).toBe('repairs not saved: the file is read-only; make it writable if you want the repairs');
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(TYPED);
    expect(statSync(join(dir, 'aanvraag.yaml')).mode & 0o777).toBe(0o444);
  });

  it('a writable file is repaired as before (no finding), its mode kept', async () => {
    const dir = workspace(TYPED, 0o600);
    const out = await runInProcess(['check', '--fix', '--format', 'json', 'aanvraag.yaml'], { cwd: dir });
    expect(found((JSON.parse(out.stdout) as Report).files[0]!.findings)).toEqual([]);
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(VALPREVENTIE);
    expect(statSync(join(dir, 'aanvraag.yaml')).mode & 0o777).toBe(0o600);
  });
});
