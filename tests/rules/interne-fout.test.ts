import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';
import { runCheck } from '../../src/runs/check.js';
import { bovengrens } from '../../src/rules/bovengrens.js';
import { EXAMPLES, ROOT } from '../helpers/cli.js';

describe('interne-fout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a bug while checking one file becomes a finding on that file, exit 2, and the batch goes on', async () => {
    vi.spyOn(bovengrens, 'check').mockImplementation(() => {
      throw new Error('kapot');
    });
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-bug-'));
    writeFileSync(join(dir, 'leeg.yaml'), '');
    const { report, exitCode } = await runCheck(
      {
        paths: [join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), join(dir, 'leeg.yaml')],
        cwd: ROOT,
        modelplannenDir: BUNDLED_MODELPLANNEN_DIR,
        lang: 'nl',
        maxFileBytes: 1_000_000,
        failOn: 'error',
      },
      { stdin: () => Readable.from([]) },
    );
    expect(exitCode).toBe(2);
    const byFile = Object.fromEntries(report.files.map((f) => [f.file.split('/').at(-1), f.findings.map((x) => [x.ruleId, x.messageId, x.message])]));
    expect(byFile).toEqual({
      'ai-spraakgestuurd-rapporteren-vvt.yaml': [['interne-fout', 'internal', 'interne fout bij dit bestand: kapot; meld dit als bug (details met --verbose)']],
      'leeg.yaml': [['bestand-leeg', 'empty', 'bestand is leeg of bevat alleen commentaar']],
    });
  });
});
