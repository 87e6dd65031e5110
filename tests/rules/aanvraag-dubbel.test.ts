import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import { baseAanvraag, frame } from './harness.js';
import { batchCases, checkBatch } from './batch-harness.js';

const copy = { messageId: 'copy', severity: 'warning', pointer: '/titel', reviewReason: true };

describe('aanvraag-dubbel', () => {
  batchCases('aanvraag-dubbel', [
    { name: 'one application: nothing to report', files: { 'a.yaml': baseAanvraag() }, expected: {} },
    {
      name: 'the same file twice: a warning and a review reason on each copy, naming the other',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': baseAanvraag() },
      expected: {
        'a.yaml': [{ messageId: 'counted', severity: 'warning', pointer: '/titel', args: { aantal: 1, andere: 'b.yaml' }, reviewReason: true }],
        'b.yaml': [{ ...copy, args: { telt: 'a.yaml' } }],
      },
      decisions: { 'a.yaml': 'aanvullende-beoordeling', 'b.yaml': 'aanvullende-beoordeling' },
    },
    {
      name: 'three copies: the first by path counts',
      files: { 'c.yaml': baseAanvraag(), 'a.yaml': baseAanvraag(), 'b.yaml': baseAanvraag() },
      expected: {
        'a.yaml': [{ messageId: 'counted', severity: 'warning', pointer: '/titel', args: { aantal: 2, andere: 'b.yaml, c.yaml' }, reviewReason: true }],
        'b.yaml': [copy],
        'c.yaml': [copy],
      },
    },
    {
      name: 'the same content under another title is not a copy (agb-dubbel reports it)',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': { ...baseAanvraag(), titel: 'Andere titel' } },
      expected: {},
    },
  ]);

  it('check and budget agree on the copy that counts', async () => {
    const report = await checkBatch({ 'b.yaml': baseAanvraag(), 'a.yaml': baseAanvraag() });
    expect(report.files.map((f) => [f.file, f.duplicateOf ?? null])).toEqual([
      ['a.yaml', null],
      ['b.yaml', 'a.yaml'],
    ]);
    const budget = aggregateBudget({ files: report.files, frame, lang: 'nl', options: { allocation: 'geen', excludeAdditionalReview: false } });
    expect(budget.aanvragen.map((a) => a.file)).toEqual(['a.yaml']);
    expect(budget.leftOut.duplicates).toEqual([{ file: 'b.yaml', duplicateOf: 'a.yaml', requested: 2400000n }]);
  });
});
