import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('fte-minimum', () => {
  ruleCases('fte-minimum', [
    { name: 'exactly the minimum passes', base: baseAanvraag, mutate: (a) => (a.businesscase.fte_besparing = 5), expected: [] },
    {
      name: 'below the minimum is an undeclared deviation',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.fte_besparing = 4.5),
      expected: [{ messageId: 'below', severity: 'warning', pointer: '/businesscase/fte_besparing', deviation: 'fte-besparing', args: { fte: 4.5, minimum: 5, normBron: 'aanname' }, at: '4.5' }],
    },
    { name: 'zero is left to fte-besparing', base: baseAanvraag, mutate: (a) => (a.businesscase.fte_besparing = 0), expected: [] },
  ]);
});
