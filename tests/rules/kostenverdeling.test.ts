import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('kostenverdeling', () => {
  ruleCases('kostenverdeling', [
    { name: 'shares inside their norms pass', base: baseAanvraag, expected: [] },
    {
      name: 'exactly at the maximum passes (integer-exact: 40% of 2.500.000)',
      base: baseAanvraag,
      mutate: (a) => {
        // licenties-en-ict 1.000.000 of 2.500.000 = 40%
        a.begroting[2]!.bedrag = 700000;
        a.begroting[0]!.bedrag = 300000;
        a.begroting[1]!.bedrag = 320000;
        a.begroting.push({ categorie: 'implementatie', omschrijving: 'Extra', ontvanger: '73730101', jaar: 2028, bedrag: 300000 });
      },
      expected: [],
    },
    {
      name: 'above the maximum is an undeclared deviation: a warning at the category’s first line',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2]!.bedrag = 1000000), // 1.300.000 of 3.100.000 = 41.9%
      expected: [{ messageId: 'aboveMax', severity: 'warning', pointer: '/begroting/2/categorie', deviation: 'kostenverdeling', args: { categorie: 'licenties-en-ict', aandeel: 41.9, max: 40, normBron: 'aanname' }, at: 'licenties-en-ict' }],
    },
    {
      name: 'below the minimum is reported at the category’s first line',
      base: baseAanvraag,
      mutate: (a) => {
        a.begroting[0]!.bedrag = 100000; // implementatie 200.000 of 1.580.000 = 12.7%
        a.begroting[1]!.bedrag = 100000;
      },
      expected: [{ messageId: 'belowMin', severity: 'warning', pointer: '/begroting/0/categorie', deviation: 'kostenverdeling', args: { categorie: 'implementatie', aandeel: 12.7, min: 20, normBron: 'aanname' }, at: 'categorie: |implementatie' }],
    },
    {
      name: 'a category with a minimum that is absent is reported at the begroting',
      base: baseAanvraag,
      mutate: (a) => {
        a.begroting = [
          { categorie: 'licenties-en-ict', omschrijving: 'Koppeling', ontvanger: '73730101', jaar: 2027, bedrag: 400000 },
          { categorie: 'opleiding', omschrijving: 'Training', ontvanger: '73730101', jaar: 2027, bedrag: 300000 },
          { categorie: 'projectmanagement', omschrijving: 'Leiding', ontvanger: '73730101', jaar: 2028, bedrag: 150000 },
          { categorie: 'kennisnetwerk', omschrijving: 'Kennisdeling', ontvanger: '73730101', jaar: 2028, bedrag: 100000 },
          { categorie: 'evaluatie', omschrijving: 'Evaluatie', ontvanger: '73730101', jaar: 2029, bedrag: 50000 },
        ];
      },
      expected: [{ messageId: 'belowMin', severity: 'warning', pointer: '/begroting', deviation: 'kostenverdeling', args: { categorie: 'implementatie', aandeel: 0, min: 20, normBron: 'aanname' }, at: 'begroting' }],
    },
    {
      name: 'declared with a motivation it becomes info and a review reason',
      base: baseAanvraag,
      mutate: (a) => {
        a.begroting[2]!.bedrag = 1000000;
        a.afwijkingen = [{ onderdeel: 'kostenverdeling', motivering: 'Drie EPD-koppelingen na een fusie' }];
      },
      expected: [
        {
          messageId: 'aboveMax',
          severity: 'info',
          pointer: '/begroting/2/categorie',
          deviation: 'kostenverdeling',
          reviewReason: true,
          args: { categorie: 'licenties-en-ict', aandeel: 41.9, max: 40, motivering: 'Drie EPD-koppelingen na een fusie', normBron: 'aanname' },
        },
      ],
    },
  ]);
});
