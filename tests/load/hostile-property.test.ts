import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/validate/document.js';
import { runCheck } from '../../src/runs/check.js';
import { MODELPLANNEN } from '../helpers/cli.js';

/** Whatever the input, the loader answers: valid data without findings, or at least one finding. */
function expectAnswer(bytes: Uint8Array) {
  const outcome = readDocument(bytes);
  if (outcome.valid) {
    expect(outcome.findings).toEqual([]);
    expect(outcome.kind).not.toBeNull();
  } else {
    expect(outcome.findings.length).toBeGreaterThan(0);
  }
  for (const finding of outcome.findings) expect(typeof finding.ruleId).toBe('string');
}

const yamlish = fc
  .array(fc.constantFrom('soort: aanvraag\n', 'a', ':', ': ', '- ', '  ', '\n', '\t', '#', '"', "'", '|', '>', '[', ']', '{', '}', ',', '&x ', '*x', '!!js/function ', '!foo ', '---\n', '...\n', '%YAML 1.2\n', '? ', '<<: ', '__proto__: ', '.inf', '1e400', '0o17', '\u0000', '\u001b[31m', '\uFEFF', '\r\n', 'é'), { maxLength: 60 })
  .map((tokens) => tokens.join(''));

describe('the loader never throws', () => {
  it('on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectAnswer(bytes)), { seed: 7, numRuns: 300 });
  });

  it('on any text, including every Unicode plane', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => expectAnswer(Buffer.from(text, 'utf8'))), { seed: 7, numRuns: 300 });
  });

  it('on YAML-like text: anchors, tags, directives, documents, flow, escapes', () => {
    fc.assert(fc.property(yamlish, (text) => expectAnswer(Buffer.from(text, 'utf8'))), { seed: 7, numRuns: 1000 });
  });
});

describe('the whole pipeline never throws', () => {
  it('any set of files gives a report with each file once, and exit 1 exactly when there are errors', async () => {
    const file = fc.oneof(fc.uint8Array({ maxLength: 600 }), yamlish.map((t) => Buffer.from(t, 'utf8')));
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 5 }), async (contents) => {
        const dir = mkdtempSync(join(tmpdir(), 'modelplan-property-'));
        const names = contents.map((_, i) => `bestand-${i}.yaml`);
        contents.forEach((bytes, i) => writeFileSync(join(dir, names[i]!), bytes));
        const { report, exitCode } = await runCheck(
          { paths: [dir], cwd: dir, modelplannenDir: MODELPLANNEN, lang: 'nl', maxFileBytes: 2 * 1024 * 1024, failOn: 'error' },
          { stdin: () => Readable.from([]) },
        );
        expect(report.files.map((f) => f.file)).toEqual(names);
        expect(exitCode).toBe(report.summary.errors > 0 ? 1 : 0);
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});
