/**
 * Formats written in pieces (Formatter.chunks): the pieces joined are byte for byte the
 * formatter's text, for every format and the options that change it, and what emit() writes to a
 * file or to standard output is that text too.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/commands/context.js';
import { CHECK_FORMATS, formatterFor } from '../../src/format/table.js';
import type { FormatOptions } from '../../src/format/types.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';
import type { Report } from '../../src/report/types.js';
import { applyView } from '../../src/report/view.js';
import { runCheck } from '../../src/runs/check.js';
import { batched } from '../../src/write.js';
import { EXAMPLES, ROOT } from '../helpers/cli.js';

const base: FormatOptions = { lang: 'nl', color: false, explainScore: false, separator: ';', bom: false, headerLabels: false };
const variants: FormatOptions[] = [
  base,
  { ...base, lang: 'en', color: true, explainScore: true },
  { ...base, separator: ',', bom: true, headerLabels: true },
];

async function examplesReport(): Promise<Report> {
  // Every example: valid, deviating, broken, a YAML error, and two decision files.
  const { report } = await runCheck(
    { paths: [EXAMPLES], cwd: ROOT, modelplannenDir: BUNDLED_MODELPLANNEN_DIR, lang: 'nl', maxFileBytes: 1_000_000, failOn: 'error' },
    { stdin: () => Readable.from([]) },
  );
  return report;
}

describe('formats in pieces', () => {
  it('json, text, github and csv have pieces; joined they are the text, for every option and view', async () => {
    const report = await examplesReport();
    const empty: Report = { ...report, files: [] };
    const streamed: string[] = [];
    for (const name of CHECK_FORMATS) {
      const format = await formatterFor('check', name);
      if (!format.chunks) continue;
      streamed.push(name);
      for (const r of [report, applyView(report, { quiet: true }), empty]) {
        for (const options of variants) {
          const pieces = [...format.chunks(r, options)];
          expect(pieces.join('')).toBe(format(r, options));
          // A piece per file, besides a few for the rest of the report (json: one per member).
          expect(pieces.length).toBeLessThanOrEqual(r.files.length + 10);
        }
      }
    }
    expect(streamed.sort()).toEqual(['csv', 'github', 'json', 'text']);
  });

  it('json in pieces is JSON.stringify of the report with two spaces, also without files', async () => {
    const report = await examplesReport();
    const json = await formatterFor('check', 'json');
    expect([...json.chunks!(report, base)].join('')).toBe(JSON.stringify(report, null, 2) + '\n');
    const empty = { ...report, files: [] };
    expect([...json.chunks!(empty, base)].join('')).toBe(JSON.stringify(empty, null, 2) + '\n');
  });

  it('emit writes the pieces to a file and to standard output as the one text', async () => {
    const report = await examplesReport();
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-chunks-'));
    for (const name of ['json', 'text', 'github', 'csv'] as const) {
      const format = await formatterFor('check', name);
      const text = format(report, base);
      const output = join(dir, `report.${name}`);
      await emit({ stdout: () => undefined }, output, format.chunks!(report, base));
      expect(readFileSync(output, 'utf8')).toBe(text);
      let written = '';
      await emit({ stdout: (piece) => (written += piece) }, undefined, format.chunks!(report, base));
      expect(written).toBe(text);
    }
  });

  it('batches pieces into writes of a bounded size, in order', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `${i}:${'x'.repeat(i % 97)}\n`);
    const batches = [...batched(pieces)];
    expect(batches.join('')).toBe(pieces.join(''));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches.slice(0, -1)) expect(batch.length).toBeLessThan((1 << 16) + 200);
    expect([...batched('one text')]).toEqual(['one text']);
  });
});
