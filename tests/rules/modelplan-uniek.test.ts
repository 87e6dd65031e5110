import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/runner.js';
import { runInProcess } from '../helpers/cli.js';
import { baseModelplan, frame } from './harness.js';

describe('modelplan-uniek', () => {
  it('distinct id and version pass', () => {
    const other = { ...baseModelplan(), versie: '1.1.0' };
    expect(runRules('modelplannen', { files: [{ file: 'a.yaml', modelplan: baseModelplan() }, { file: 'b.yaml', modelplan: other }], frame })).toEqual([]);
  });

  it('the same id and version in two files is reported in both', () => {
    const findings = runRules('modelplannen', { files: [{ file: 'a.yaml', modelplan: baseModelplan() }, { file: 'b.yaml', modelplan: baseModelplan() }], frame });
    expect(findings).toEqual([
      { file: 'a.yaml', pointer: '/versie', messageId: 'duplicate', args: { id: 'spraakgestuurd-rapporteren', versie: '1.0.0', ander: 'b.yaml' }, ruleId: 'modelplan-uniek' },
      { file: 'b.yaml', pointer: '/versie', messageId: 'duplicate', args: { id: 'spraakgestuurd-rapporteren', versie: '1.0.0', ander: 'a.yaml' }, ruleId: 'modelplan-uniek' },
    ]);
  });

  it('the bundled modelplannen are unique and consistent: check modelplannen/ exits 0', async () => {
    const result = await runInProcess(['check', '--format', 'json', 'modelplannen/']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: { findings: unknown[] }[] };
    expect(report.files).toHaveLength(19);
    expect(report.files.flatMap((f) => f.findings)).toEqual([]);
  });
});
