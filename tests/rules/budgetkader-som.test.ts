import { describe } from 'vitest';
import { baseBudgetkader, ruleCases } from './harness.js';

describe('budgetkader-som', () => {
  ruleCases('budgetkader-som', [
    { name: 'the bundled budget frame adds up (275 + 275 + 50 + 200 = 800 million)', base: baseBudgetkader, expected: [] },
    {
      name: 'guide amounts that do not add up to the total',
      base: baseBudgetkader,
      mutate: (b) => (b.themas[0]!.richtbedrag!.bedrag = 300_000_000),
      expected: [
        { messageId: 'themes', severity: 'error', pointer: '/themas', args: { som: 825_000_000, totaal: 800_000_000 }, at: 'themas' },
        { messageId: 'routeCap', severity: 'error', pointer: '/plafonds/0/bedrag', args: { route: 'zvw', som: 625_000_000, plafond: 'zvw-plafond', bedrag: 600_000_000 } },
      ],
    },
    {
      name: 'amounts per year that do not add up to the guide amount',
      base: baseBudgetkader,
      mutate: (b) => (b.themas[3]!.per_jaar![1]!.bedrag = 90_000_000),
      expected: [{ messageId: 'perYear', severity: 'error', pointer: '/themas/3/per_jaar', args: { id: 'sociaal-domein', som: 190_000_000, bedrag: 200_000_000 }, at: '    |per_jaar:\n      - jaar' }],
    },
    {
      name: 'Zvw themes that do not add up to the Zvw cap',
      base: baseBudgetkader,
      mutate: (b) => (b.plafonds[0]!.bedrag = 550_000_000),
      expected: [{ messageId: 'routeCap', severity: 'error', pointer: '/plafonds/0/bedrag', args: { route: 'zvw', som: 600_000_000, plafond: 'zvw-plafond', bedrag: 550_000_000 }, at: 'bedrag: |550000000' }],
    },
    {
      name: 'an earlier cash rhythm (seed 004) that does not add up to the total',
      base: baseBudgetkader,
      mutate: (b) => (b.eerder_kasritme!.per_jaar[1]!.bedrag = 300_000_000),
      expected: [{ messageId: 'earlierRhythm', severity: 'error', pointer: '/eerder_kasritme/per_jaar', args: { som: 700_000_000, totaal: 800_000_000 } }],
    },
    {
      name: 'a theme with both a richtbedrag and a reserved amount',
      base: baseBudgetkader,
      mutate: (b) => (b.themas[3]!.richtbedrag = { bedrag: 200_000_000, bron: 'aanname: x' }),
      expected: [{ messageId: 'twoAmounts', severity: 'error', pointer: '/themas/3', args: { id: 'sociaal-domein' } }],
    },
    {
      name: 'a theme without an amount (the social domain no longer under the key richtbedrag, issue 24)',
      base: baseBudgetkader,
      mutate: (b) => delete b.themas[3]!.gereserveerd,
      expected: [
        { messageId: 'themes', severity: 'error', pointer: '/themas', args: { som: 600_000_000, totaal: 800_000_000 } },
        { messageId: 'noAmount', severity: 'error', pointer: '/themas/3', args: { id: 'sociaal-domein' } },
        { messageId: 'perYear', severity: 'error', pointer: '/themas/3/per_jaar', args: { id: 'sociaal-domein', som: 200_000_000, bedrag: 0 } },
      ],
    },
    {
      name: 'a cap year outside the spending years',
      base: baseBudgetkader,
      mutate: (b) => (b.plafonds[0]!.tot_en_met = 2030),
      expected: [{ messageId: 'yearOutside', severity: 'error', pointer: '/plafonds/0/tot_en_met', args: { jaar: 2030, jaren: '2027, 2028, 2029' }, at: '2030' }],
    },
  ]);
});
