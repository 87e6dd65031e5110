import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('mijlpaal-looptijd', () => {
  ruleCases('mijlpaal-looptijd', [
    { name: 'milestones in 2027–2029 pass', base: baseAanvraag, expected: [] },
    { name: 'the last day of the term passes', base: baseAanvraag, mutate: (a) => (a.mijlpalen[3]!.datum = '2029-12-31'), expected: [] },
    {
      name: 'a milestone after the term',
      base: baseAanvraag,
      mutate: (a) => (a.mijlpalen[3]!.datum = '2030-01-15'),
      expected: [{ messageId: 'outside', severity: 'error', pointer: '/mijlpalen/3/datum', args: { id: 'eindevaluatie', datum: '2030-01-15', van: 2027, tot: 2029 }, at: '2030-01-15' }],
    },
  ]);
});
