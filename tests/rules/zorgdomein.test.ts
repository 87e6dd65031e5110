import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('zorgdomein', () => {
  ruleCases('zorgdomein', [
    { name: 'Zvw care through the members passes', base: baseAanvraag, expected: [] },
    { name: 'the SPUK route is not checked', base: spukAanvraag, expected: [] },
    {
      name: 'a Wlz line on the Zvw route is an error at the line',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[0]!.zorgdomein = 'wlz'),
      expected: [
        {
          messageId: 'outsideZvw',
          severity: 'error',
          pointer: '/begroting/0/zorgdomein',
          args: { omschrijving: 'Inrichting werkprocessen en ondersteuning op de werkvloer, fase 1', zorgdomein: 'wlz' },
          at: 'zorgdomein: |wlz',
        },
      ],
    },
    {
      name: 'a member in the Wmo makes each of its lines an error at the line’s recipient',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.leden[2]!.zorgdomein = 'wmo'),
      expected: [2, 5, 8, 11].map((i) => ({
        messageId: 'outsideZvw',
        severity: 'error' as const,
        pointer: `/begroting/${i}/ontvanger`,
        args: { omschrijving: baseAanvraag().begroting[i]!.omschrijving, zorgdomein: 'wmo' },
      })),
    },
    {
      name: 'the line overrides its member',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden[0]!.zorgdomein = 'wlz';
        for (const regel of a.begroting) regel.zorgdomein = 'zvw';
      },
      expected: [],
    },
    {
      name: 'no care domain on line or member is an error',
      base: baseAanvraag,
      mutate: (a) => delete a.aanvrager.leden[1]!.zorgdomein,
      expected: [1, 4, 7, 10].map((i) => ({
        messageId: 'missing',
        severity: 'error' as const,
        pointer: `/begroting/${i}`,
        args: { omschrijving: baseAanvraag().begroting[i]!.omschrijving },
      })),
    },
  ]);
});
