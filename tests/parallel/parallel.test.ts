import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, MODELPLANNEN, runBuilt } from '../helpers/cli.js';

/** 600 files: every example many times over (valid, deviating, broken), plus modelplannen and odd files. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-parallel-'));
  const examples = readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'));
  for (let i = 0; i < 580; i++) {
    const sub = join(dir, `map-${String(i % 7)}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(join(EXAMPLES, examples[i % examples.length]!), join(sub, `aanvraag-${String(i).padStart(3, '0')}.yaml`));
  }
  // Modelplannen go back to the main thread (they are checked as a set): two with the same id and version.
  cpSync(join(MODELPLANNEN, 'valpreventie.yaml'), join(dir, 'modelplan-a.yaml'));
  cpSync(join(MODELPLANNEN, 'valpreventie.yaml'), join(dir, 'modelplan-b.yaml'));
  writeFileSync(join(dir, 'leeg.yaml'), '');
  writeFileSync(join(dir, 'binair.yaml'), Buffer.from([0, 1, 2, 255, 254, 0]));
  // A folder named like a file is searched like any folder (named by a glob it would be a finding).
  mkdirSync(join(dir, 'map.yaml'));
  copyFileSync(join(EXAMPLES, 'schemafouten.yaml'), join(dir, 'map.yaml', 'binnen.yaml'));
  return dir;
}

describe('worker threads (--jobs)', () => {
  it('give exactly the report and exit code of a run on one thread', () => {
    const dir = corpus();
    // csv: no fingerprints in the output, so copies are found across threads by content key (and read again).
    for (const command of [['check', '-f', 'json'], ['check', '-f', 'csv'], ['budget', '-f', 'json']]) {
      const single = runBuilt([...command, '--jobs', '1', dir]);
      const parallel = runBuilt([...command, '--jobs', '3', dir]);
      const automatic = runBuilt([...command, dir]);
      expect(parallel.stderr).toBe('');
      expect(parallel.code).toBe(single.code);
      expect(parallel.stdout).toBe(single.stdout);
      expect(automatic.stdout).toBe(single.stdout);
    }
    const report = JSON.parse(runBuilt(['check', '-f', 'json', '--jobs', '2', dir]).stdout) as {
      files: { file: string; findings: { ruleId: string }[] }[];
      summary: { files: number; decisions: Record<string, number> };
    };
    expect(report.summary.files).toBe(585);
    expect(report.files.filter((f) => f.file.endsWith('.yaml')).length).toBe(585);
    expect(report.files.filter((f) => f.file.endsWith('modelplan-a.yaml') || f.file.endsWith('modelplan-b.yaml')).map((f) => f.findings.map((x) => x.ruleId))).toEqual([['modelplan-uniek'], ['modelplan-uniek']]);
    expect(report.files.find((f) => f.file.endsWith('binair.yaml'))!.findings.map((x) => x.ruleId)).toEqual(['bestand-codering']);
    // aanvraag-007 is a copy of schemafouten.yaml too (the eighth example).
    const rules = (name: string) => report.files.find((f) => f.file.endsWith(name))!.findings.map((x) => x.ruleId);
    expect(rules('map.yaml/binnen.yaml')).toEqual(rules('aanvraag-007.yaml'));
    expect(rules('aanvraag-007.yaml').length).toBe(6);
  }, 120_000);

  it('--jobs takes a whole number', () => {
    const result = runBuilt(['check', '--jobs', 'veel', 'examples/']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('modelplan: --jobs verwacht een geheel getal van 0 of meer, gevonden "veel"\n');
  });
});
