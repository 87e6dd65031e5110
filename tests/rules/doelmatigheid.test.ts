import { describe, expect, it } from 'vitest';
import { exceedsPerFte } from '../../src/rules/util.js';
import { baseAanvraag, ruleCases } from './harness.js';

describe('doelmatigheid', () => {
  ruleCases('doelmatigheid', [
    { name: '€ 133.333 per fte is inside the norm of € 200.000', base: baseAanvraag, expected: [] },
    { name: 'exactly the norm passes (2.400.000 / 12 = 200.000)', base: baseAanvraag, mutate: (a) => (a.businesscase.fte_besparing = 12), expected: [] },
    {
      name: 'just above the norm is an undeclared deviation (2.400.000 / 11.99)',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.fte_besparing = 11.99),
      expected: [{ messageId: 'tooCostly', severity: 'warning', pointer: '/businesscase/fte_besparing', deviation: 'doelmatigheid', args: { perFte: 200166, norm: 200000, normBron: 'aanname' }, at: '11.99' }],
    },
  ]);

  it('compares exactly, without floating point error on decimal fte', () => {
    // 0.1 + 0.2 style: 300000 / 1.5 is exactly 200000
    expect(exceedsPerFte(300000, 1.5, 200000)).toBe(false);
    expect(exceedsPerFte(300001, 1.5, 200000)).toBe(true);
    expect(exceedsPerFte(70000, 0.35, 200000)).toBe(false);
    expect(exceedsPerFte(70001, 0.35, 200000)).toBe(true);
  });
});
