/** `modelplan check` end to end through the built binary: exit codes, streams, inputs. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { EXAMPLES, runBuilt } from '../helpers/cli.js';

const CONFORMING = 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml';

describe('modelplan check (built CLI)', () => {
  it('exits 0 for a conforming application', () => {
    const result = runBuilt(['check', '--no-color', CONFORMING]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${CONFORMING}  [standaard]`);
  });

  it('exits 1 when any file has an error, and reports every example', () => {
    const result = runBuilt(['check', '--no-color', 'examples/']);
    expect(result.code).toBe(1);
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) {
      expect(result.stdout).toContain(`examples/${name}`);
    }
  });

  it('exits 2 for a path that does not exist, naming it', () => {
    const result = runBuilt(['check', 'bestaat-niet.yaml']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'modelplan: pad bestaat niet: bestaat-niet.yaml\n' });
  });

  it('exits 2 for an unknown option, in English with --lang en', () => {
    const result = runBuilt(['--lang', 'en', 'check', '--bogus', CONFORMING]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("modelplan: unknown option '--bogus'\nSee 'modelplan --help'.\n");
  });

  it('exits 2 for an unusable modelplannen directory', () => {
    const empty = mkdtempSync(join(tmpdir(), 'modelplan-frame-'));
    const result = runBuilt(['check', '--modelplannen', empty, CONFORMING]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^modelplan: modelplannen-map is onbruikbaar: .* bevat geen budgetkader/);
  });

  it('exits 2 for a glob that matches nothing', () => {
    const result = runBuilt(['check', 'examples/*.txt']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'modelplan: geen bestanden gevonden voor patroon: examples/*.txt\n' });
  });

  it('gives every finding in --format json a line and column of at least 1', () => {
    const result = runBuilt(['check', '--format', 'json', 'examples/']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const findings = report.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.line, `${f.file} ${f.ruleId}`).toBeGreaterThanOrEqual(1);
      expect(f.column, `${f.file} ${f.ruleId}`).toBeGreaterThanOrEqual(1);
    }
    // The decision files of examples/beoordelingen/ are found too (a folder is searched recursively).
    expect(report.files.map((f) => f.file)).toEqual(
      [
        ...readdirSync(join(EXAMPLES, 'beoordelingen')).map((n) => `examples/beoordelingen/${n}`),
        // The BO decision and the confirmations after it.
        ...readdirSync(join(EXAMPLES, 'bo')).map((n) => `examples/bo/${n}`),
        ...readdirSync(join(EXAMPLES, 'bevestigingen')).map((n) => `examples/bevestigingen/${n}`),
        ...readdirSync(EXAMPLES)
          .filter((n) => n.endsWith('.yaml'))
          .map((n) => `examples/${n}`),
        // The accounts after approval (examples/verantwoording/ and its varianten/) too.
        ...readdirSync(join(EXAMPLES, 'verantwoording')).filter((n) => n.endsWith('.yaml')).map((n) => `examples/verantwoording/${n}`),
        ...readdirSync(join(EXAMPLES, 'verantwoording/varianten')).map((n) => `examples/verantwoording/varianten/${n}`),
      ].sort(),
    );
  });

  it('reads standard input for -', () => {
    const text = readFileSync(join(EXAMPLES, 'schemafouten.yaml'), 'utf8');
    const result = runBuilt(['check', '--no-color', '-'], { stdin: text });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>  [ongeldig]');
    expect(result.stdout).toContain('59:13  fout         begroting[3].bedrag: verwacht een bedrag in hele euro\'s, gevonden "1.000,50"  schema');
  });

  it('expands globs and reports in sorted order', () => {
    const result = runBuilt(['check', '--format', 'json', 'examples/*fout*.yaml']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual([
      'examples/regelfouten-vacuumtherapie.yaml',
      'examples/schemafouten.yaml',
      'examples/yaml-syntaxfout.yaml',
    ]);
  });

  it('writes messages in English with --lang en and MODELPLAN_LANG=en', () => {
    const viaFlag = runBuilt(['check', '--no-color', '--lang', 'en', 'examples/schemafouten.yaml']);
    const viaEnv = runBuilt(['check', '--no-color', 'examples/schemafouten.yaml'], { env: { MODELPLAN_LANG: 'en' } });
    const line = '59:13  error        begroting[3].bedrag: expected an amount in whole euros, found "1.000,50"  schema';
    expect(viaFlag.stdout).toContain(line);
    expect(viaEnv.stdout).toContain(line);
  });

  it('never modifies its input files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-input-'));
    const file = join(dir, 'aanvraag.yaml');
    const original = readFileSync(join(EXAMPLES, 'schemafouten.yaml'));
    writeFileSync(file, original);
    runBuilt(['check', file]);
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('colours only when asked: NO_COLOR and non-TTY give plain text', () => {
    const forced = runBuilt(['check', 'examples/yaml-syntaxfout.yaml'], { env: { FORCE_COLOR: '1' } });
    const none = runBuilt(['check', 'examples/yaml-syntaxfout.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    expect(none.stdout).not.toContain('\u001b[');
  });
});
