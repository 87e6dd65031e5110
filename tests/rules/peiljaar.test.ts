import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('peiljaar', () => {
  ruleCases('peiljaar', [
    { name: 'a baseline in 2026, before the term', base: baseAanvraag, expected: [] },
    {
      name: 'a baseline in the first year of the term',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.peiljaar = 2027),
      expected: [{ messageId: 'notBefore', severity: 'error', pointer: '/businesscase/peiljaar', args: { peiljaar: 2027, van: 2027, totEnMet: 2029 }, at: 'peiljaar: |2027' }],
    },
    { name: 'a baseline after the term', base: baseAanvraag, mutate: (a) => (a.businesscase.peiljaar = 2030), expected: [{ messageId: 'notBefore', severity: 'error', pointer: '/businesscase/peiljaar' }] },
  ]);
});
