import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runInProcess } from '../helpers/cli.js';

describe('bestand-te-groot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-large-'));
  const big = join(dir, 'groot.yaml');
  // A 20 MB single line: never read past the limit.
  writeFileSync(big, 'titel: ' + 'x'.repeat(20 * 1024 * 1024) + '\n');

  it('a file above the limit is a finding with its size and the limit', async () => {
    const result = await runInProcess(['check', '--format', 'json', big]);
    expect(result.code).toBe(1);
    const finding = (JSON.parse(result.stdout) as Report).files[0]!.findings[0]!;
    expect([finding.ruleId, finding.messageId, finding.line, finding.column]).toEqual(['bestand-te-groot', 'tooLarge', 1, 1]);
    expect(finding.args).toEqual({ size: 20 * 1024 * 1024 + 8, limit: 2 * 1024 * 1024 });
    expect(finding.message).toBe(`bestand is ${20 * 1024 * 1024 + 8} bytes; de grens is 2097152 bytes (zie --max-file-size)`);
  });

  it('the limit can be set', async () => {
    const small = join(dir, 'klein.yaml');
    writeFileSync(small, 'soort: aanvraag\n');
    const result = await runInProcess(['check', '--format', 'json', '--max-file-size', '10', small]);
    expect((JSON.parse(result.stdout) as Report).files[0]!.findings.map((f) => [f.ruleId, f.args])).toEqual([['bestand-te-groot', { size: 16, limit: 10 }]]);
  });

  it('a limit that is not a size is a usage error', async () => {
    const result = await runInProcess(['check', '--max-file-size', 'veel', big]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('modelplan: --max-file-size verwacht een aantal bytes, bijvoorbeeld 2000000 of 2MB, gevonden "veel"\n');
  });
});
