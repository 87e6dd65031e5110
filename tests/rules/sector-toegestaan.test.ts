import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('sector-toegestaan', () => {
  ruleCases('sector-toegestaan', [
    { name: 'vvt is allowed for spraakgestuurd rapporteren', base: baseAanvraag, expected: [] },
    { name: 'huisartsenzorg is allowed too', base: baseAanvraag, mutate: (a) => (a.sector = 'huisartsenzorg'), expected: [] },
    {
      name: 'the social domain is not',
      base: baseAanvraag,
      mutate: (a) => (a.sector = 'sociaal-domein'),
      expected: [{ messageId: 'notAllowed', severity: 'error', pointer: '/sector', args: { sector: 'sociaal-domein', toegestaan: 'msz, vvt, ggz, huisartsenzorg' }, at: 'sociaal-domein' }],
    },
  ]);
});
