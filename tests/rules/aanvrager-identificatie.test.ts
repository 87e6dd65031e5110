import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('aanvrager-identificatie', () => {
  ruleCases('aanvrager-identificatie', [
    { name: 'every provider with an AGB code passes', base: baseAanvraag, expected: [] },
    {
      name: 'a care provider without AGB code',
      base: baseAanvraag,
      mutate: (a) => delete a.aanvrager.leden[1]!.agb,
      expected: [{ messageId: 'agb', severity: 'error', pointer: '/aanvrager/leden/1', args: { naam: 'Thuiszorg De Linde' }, at: 'naam: Thuiszorg De Linde' }],
    },
    {
      name: 'a gemeente without CBS code and an insurer without UZOVI',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden.push({ naam: 'Gemeente Utrecht', soort: 'gemeente', sector: 'vvt' }, { naam: 'Verzekeraar Noord', soort: 'zorgverzekeraar', sector: 'vvt' });
      },
      expected: [
        { messageId: 'gemeentecode', severity: 'error', pointer: '/aanvrager/leden/3', args: { naam: 'Gemeente Utrecht' }, at: 'naam: Gemeente Utrecht' },
        { messageId: 'uzovi', severity: 'error', pointer: '/aanvrager/leden/4', args: { naam: 'Verzekeraar Noord' }, at: 'naam: Verzekeraar Noord' },
      ],
    },
  ]);
});
