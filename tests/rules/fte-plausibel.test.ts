import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('fte-plausibel', () => {
  ruleCases('fte-plausibel', [
    { name: '18 of 220 fte in scope passes', base: baseAanvraag, expected: [] },
    { name: 'exactly 20% passes', base: baseAanvraag, mutate: (a) => (a.businesscase.fte_in_scope = 90), expected: [] },
    {
      name: 'more than 20% is a deviation',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.fte_in_scope = 89.5),
      expected: [{ messageId: 'implausible', severity: 'warning', pointer: '/businesscase/fte_besparing', deviation: 'fte-besparing', args: { fte: 18, scope: 89.5, max: 20, normBron: 'aanname' }, at: 'fte_besparing: |18' }],
    },
    {
      name: 'saving more than the staff in scope is an error',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.fte_in_scope = 17.5),
      expected: [{ messageId: 'aboveScope', severity: 'error', pointer: '/businesscase/fte_besparing', args: { fte: 18, scope: 17.5 } }],
    },
  ]);
});
