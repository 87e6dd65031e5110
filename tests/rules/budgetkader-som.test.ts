import { describe } from 'vitest';
import { baseBudgetkader, ruleCases } from './harness.js';

describe('budgetkader-som', () => {
  ruleCases('budgetkader-som', [
    { name: 'the bundled budget frame adds up (275 + 275 + 50 + 200 = 800 million)', base: baseBudgetkader, expected: [] },
    {
      name: 'guide amounts that do not add up to the total',
      base: baseBudgetkader,
      mutate: (b) => (b.themas[0]!.richtbedrag.bedrag = 300_000_000),
      expected: [{ messageId: 'themes', severity: 'error', pointer: '/themas', args: { som: 825_000_000, totaal: 800_000_000 }, at: 'themas' }],
    },
    {
      name: 'amounts per year that do not add up to the guide amount',
      base: baseBudgetkader,
      mutate: (b) => (b.themas[3]!.per_jaar![1]!.bedrag = 90_000_000),
      expected: [{ messageId: 'perYear', severity: 'error', pointer: '/themas/3/per_jaar', args: { id: 'sociaal-domein', som: 190_000_000, richtbedrag: 200_000_000 }, at: 'per_jaar:\n      - jaar: 2027' }],
    },
    {
      name: 'a cap year outside the spending years',
      base: baseBudgetkader,
      mutate: (b) => (b.plafonds[0]!.tot_en_met = 2030),
      expected: [{ messageId: 'yearOutside', severity: 'error', pointer: '/plafonds/0/tot_en_met', args: { jaar: 2030, jaren: '2027, 2028, 2029' }, at: '2030' }],
    },
  ]);
});
