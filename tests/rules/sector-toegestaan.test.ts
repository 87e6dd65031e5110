import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('sector-toegestaan', () => {
  ruleCases('sector-toegestaan', [
    { name: 'vvt is allowed for spraakgestuurd rapporteren', base: baseAanvraag, expected: [] },
    { name: 'members may span sectors the modelplan allows', base: baseAanvraag, mutate: (a) => (a.aanvrager.leden[1]!.sector = 'huisartsenzorg'), expected: [] },
    {
      name: 'a partner that receives no money may be of another sector',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden[2]!.sector = 'sociaal-domein';
        for (const r of a.begroting) if (r.ontvanger === '73730303') r.ontvanger = '73730101';
      },
      expected: [],
    },
    {
      name: 'a receiving member in the social domain is not allowed',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.leden[2]!.sector = 'sociaal-domein'),
      expected: [
        {
          messageId: 'notAllowed',
          severity: 'error',
          pointer: '/aanvrager/leden/2/sector',
          args: { sector: 'sociaal-domein', toegestaan: 'msz, vvt, ggz, huisartsenzorg' },
          at: 'sociaal-domein',
        },
      ],
    },
  ]);
});
