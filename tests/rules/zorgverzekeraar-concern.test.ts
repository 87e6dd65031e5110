import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('zorgverzekeraar-concern', () => {
  ruleCases('zorgverzekeraar-concern', [
    { name: 'two insurers of different groups pass', base: baseAanvraag, expected: [] },
    { name: 'the SPUK route has no insurers to check', base: spukAanvraag, expected: [] },
    {
      name: 'two insurers of one group are an error',
      base: baseAanvraag,
      mutate: (a) => (a.zorgverzekeraars!.tweede = { naam: 'Zorgverzekeraar Voorbeeld Noord Plus', uzovi: '3312' }),
      expected: [
        {
          messageId: 'sameConcern',
          severity: 'error',
          pointer: '/zorgverzekeraars/tweede/uzovi',
          args: { coordinerend: 'Zorgverzekeraar Voorbeeld Noord', tweede: 'Zorgverzekeraar Voorbeeld Noord Plus', concern: 'Voorbeeldconcern Noord' },
          at: 'uzovi: |"3312',
        },
      ],
    },
    {
      name: 'an unknown UZOVI code is a warning, for each role',
      base: baseAanvraag,
      mutate: (a) => {
        a.zorgverzekeraars!.coordinerend.uzovi = '9999';
        a.zorgverzekeraars!.tweede.uzovi = '9998';
      },
      expected: [
        { messageId: 'unknown', severity: 'warning', pointer: '/zorgverzekeraars/coordinerend/uzovi', args: { uzovi: '9999' }, at: 'uzovi: |"9999' },
        { messageId: 'unknown', severity: 'warning', pointer: '/zorgverzekeraars/tweede/uzovi', args: { uzovi: '9998' }, at: 'uzovi: |"9998' },
      ],
    },
  ]);
});
