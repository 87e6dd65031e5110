import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('zorgkantoorregio', () => {
  ruleCases('zorgkantoorregio', [
    { name: 'a region from the list passes', base: baseAanvraag, expected: [] },
    { name: 'no region given passes', base: baseAanvraag, mutate: (a) => delete a.aanvrager.zorgkantoorregio, expected: [] },
    {
      name: 'an unknown code is an error naming the nearest regions',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.zorgkantoorregio = 'ZK45'),
      expected: [
        {
          messageId: 'unknown',
          severity: 'error',
          pointer: '/aanvrager/zorgkantoorregio',
          args: { code: 'ZK45', dichtstbij: 'ZK29 Zuidoost-Brabant, ZK30 Noord- en Midden-Limburg, ZK31 Zuid-Limburg' },
          at: 'zorgkantoorregio: |ZK45',
        },
      ],
    },
    {
      name: 'ZK00 lists the first regions',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.zorgkantoorregio = 'ZK00'),
      expected: [{ messageId: 'unknown', severity: 'error', pointer: '/aanvrager/zorgkantoorregio', args: { code: 'ZK00', dichtstbij: 'ZK01 Groningen, ZK02 Friesland, ZK03 Drenthe' } }],
    },
  ]);
});
