import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('aanvrager-penvoerder', () => {
  ruleCases('aanvrager-penvoerder', [
    { name: 'exactly one penvoerder passes', base: baseAanvraag, expected: [] },
    {
      name: 'no penvoerder',
      base: baseAanvraag,
      mutate: (a) => delete a.aanvrager.leden[0]!.penvoerder,
      expected: [{ messageId: 'none', severity: 'error', pointer: '/aanvrager/leden', at: 'leden' }],
    },
    {
      name: 'penvoerder: false counts as none',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.leden[0]!.penvoerder = false),
      expected: [{ messageId: 'none', severity: 'error', pointer: '/aanvrager/leden', at: 'leden' }],
    },
    {
      name: 'two penvoerders: pointed at the second',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.leden[2]!.penvoerder = true),
      expected: [{ messageId: 'several', severity: 'error', pointer: '/aanvrager/leden/2/penvoerder', args: { aantal: 2 } }],
    },
  ]);
});
