import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('looptijd', () => {
  ruleCases('looptijd', [
    { name: 'spending in 2027–2029 passes', base: baseAanvraag, expected: [] },
    {
      name: 'a year after the term',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[10]!.jaar = 2030),
      expected: [{ messageId: 'outside', severity: 'error', pointer: '/begroting/10/jaar', args: { jaar: 2030, van: 2027, tot: 2029 }, at: 'jaar: |2030' }],
    },
    {
      name: 'a year before the term',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[0]!.jaar = 2026),
      expected: [{ messageId: 'outside', severity: 'error', pointer: '/begroting/0/jaar', args: { jaar: 2026, van: 2027, tot: 2029 }, at: '    jaar: |2026' }],
    },
  ]);
});
