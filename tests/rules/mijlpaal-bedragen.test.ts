import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('mijlpaal-bedragen', () => {
  ruleCases('mijlpaal-bedragen', [
    { name: 'amounts adding up to the total pass', base: baseAanvraag, expected: [] },
    { name: 'where money is not tied to milestones nothing is checked', base: spukAanvraag, mutate: (a) => (a.mijlpalen[0]!.bedrag = 1), expected: [] },
    {
      name: 'a sum that differs shows both sums and the difference',
      base: baseAanvraag,
      mutate: (a) => (a.mijlpalen[0]!.bedrag = 350000),
      expected: [{ messageId: 'sumDiffers', severity: 'error', pointer: '/mijlpalen', args: { som: 2390000, totaal: 2400000, verschil: 10000 }, at: 'mijlpalen' }],
    },
    {
      name: 'a milestone without an amount',
      base: baseAanvraag,
      mutate: (a) => delete a.mijlpalen[1]!.bedrag,
      expected: [{ messageId: 'missingAmount', severity: 'error', pointer: '/mijlpalen/1', args: { id: 'implementatie-gestart' }, at: 'id: implementatie-gestart' }],
    },
  ]);
});
