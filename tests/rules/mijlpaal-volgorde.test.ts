import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('mijlpaal-volgorde', () => {
  ruleCases('mijlpaal-volgorde', [
    { name: 'ascending dates pass', base: baseAanvraag, expected: [] },
    { name: 'two milestones on the same day pass', base: baseAanvraag, mutate: (a) => (a.mijlpalen[1]!.datum = '2027-03-15'), expected: [] },
    {
      name: 'a later milestone before an earlier one',
      base: baseAanvraag,
      mutate: (a) => (a.mijlpalen[1]!.datum = '2027-01-01'),
      expected: [
        {
          messageId: 'before',
          severity: 'error',
          pointer: '/mijlpalen/1/datum',
          args: { id: 'implementatie-gestart', datum: '2027-01-01', vorige: 'projectplan-vastgesteld', vorigeDatum: '2027-03-15' },
          at: '2027-01-01',
        },
      ],
    },
    {
      name: 'order follows the modelplan, not the order written',
      base: baseAanvraag,
      mutate: (a) => a.mijlpalen.reverse(),
      expected: [],
    },
  ]);
});
