import { describe } from 'vitest';
import { baseModelplan, ruleCases } from './harness.js';

describe('modelplan-normaandelen', () => {
  ruleCases('modelplan-normaandelen', [
    { name: 'norms that leave room for a valid budget pass', base: baseModelplan, expected: [] },
    {
      name: 'a minimum above its maximum',
      base: baseModelplan,
      mutate: (m) => (m.kostencategorieen[0]!.min_aandeel = 65),
      expected: [{ messageId: 'minAboveMax', severity: 'error', pointer: '/kostencategorieen/0', args: { id: 'implementatie', min: 65, max: 60 }, at: 'id: implementatie\n' }],
    },
    {
      name: 'minima adding up to more than 100%',
      base: baseModelplan,
      mutate: (m) => {
        m.kostencategorieen[1]!.min_aandeel = 40;
        m.kostencategorieen[2]!.min_aandeel = 30;
        m.kostencategorieen[3]!.min_aandeel = 15;
      },
      expected: [{ messageId: 'minsTooHigh', severity: 'error', pointer: '/kostencategorieen', args: { som: 105 }, at: 'kostencategorieen' }],
    },
    {
      name: 'maxima adding up to less than 100%',
      base: baseModelplan,
      mutate: (m) => {
        for (const c of m.kostencategorieen) {
          c.max_aandeel = 10;
          delete c.min_aandeel;
        }
      },
      expected: [{ messageId: 'maxesTooLow', severity: 'error', pointer: '/kostencategorieen', args: { som: 60 }, at: 'kostencategorieen' }],
    },
    {
      name: 'a norm share on a category that is not fundable',
      base: baseModelplan,
      mutate: (m) => m.kostencategorieen.push({ id: 'aanschaf-hulpmiddelen', titel: 'Aanschaf', financierbaar: false, max_aandeel: 10, bron: 'Nota §4.1' }),
      expected: [{ messageId: 'normOnNotFundable', severity: 'error', pointer: '/kostencategorieen/6', args: { id: 'aanschaf-hulpmiddelen' }, at: 'id: aanschaf-hulpmiddelen' }],
    },
  ]);
});
