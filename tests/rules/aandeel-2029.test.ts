import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('aandeel-2029', () => {
  ruleCases('aandeel-2029', [
    { name: '€ 180.000 of € 2.400.000 in 2029 (7%) passes', base: baseAanvraag, expected: [] },
    {
      name: 'exactly 25% passes',
      base: baseAanvraag,
      mutate: (a) => {
        a.begroting = a.begroting.filter((r) => r.jaar !== 2029);
        a.begroting.push({ categorie: 'evaluatie', omschrijving: 'Eindevaluatie', ontvanger: '73730101', jaar: 2029, bedrag: 740000 });
      },
      expected: [],
    },
    {
      name: 'all spending in 2029 is a deviation',
      base: baseAanvraag,
      mutate: (a) => {
        for (const r of a.begroting) r.jaar = 2029;
      },
      expected: [{ messageId: 'tooMuch', severity: 'warning', pointer: '/begroting/0/jaar', deviation: 'aandeel-2029', args: { bedrag: 2400000, aandeel: 100, max: 25, normBron: 'aanname' } }],
    },
    {
      name: 'declared with a motivation it is info and a review reason',
      base: baseAanvraag,
      mutate: (a) => {
        for (const r of a.begroting) r.jaar = 2029;
        a.afwijkingen = [{ onderdeel: 'aandeel-2029', motivering: 'De aanbesteding loopt tot eind 2028.' }];
      },
      expected: [{ messageId: 'tooMuch', severity: 'info', pointer: '/begroting/0/jaar', deviation: 'aandeel-2029', reviewReason: true }],
    },
  ]);
});
