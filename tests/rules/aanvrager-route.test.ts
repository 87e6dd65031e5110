import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('aanvrager-route', () => {
  ruleCases('aanvrager-route', [
    { name: 'a coalition on the Zvw route passes', base: baseAanvraag, expected: [] },
    { name: 'a gemeente as penvoerder on the SPUK route passes', base: spukAanvraag, expected: [] },
    {
      name: 'a gemeente cannot apply alone on the Zvw route (vorm)',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.vorm = 'gemeente'),
      expected: [{ messageId: 'zvwGemeente', severity: 'error', pointer: '/aanvrager/vorm', at: 'gemeente' }],
    },
    {
      name: 'nor as a coalition of only gemeenten',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.leden = [{ naam: 'Gemeente Utrecht', soort: 'gemeente', sector: 'vvt', penvoerder: true, gemeentecode: 'GM0344' }]),
      expected: [{ messageId: 'zvwGemeente', severity: 'error', pointer: '/aanvrager/leden', at: 'leden' }],
    },
    {
      name: 'on the SPUK route the applicant is a gemeente',
      base: spukAanvraag,
      mutate: (a) => (a.aanvrager.vorm = 'coalitie'),
      expected: [{ messageId: 'spukVorm', severity: 'error', pointer: '/aanvrager/vorm', args: { vorm: 'coalitie' }, at: 'coalitie' }],
    },
    {
      name: 'on the SPUK route the penvoerder is a gemeente',
      base: spukAanvraag,
      mutate: (a) => {
        delete a.aanvrager.leden[0]!.penvoerder;
        a.aanvrager.leden[2]!.penvoerder = true;
      },
      expected: [{ messageId: 'spukPenvoerder', severity: 'error', pointer: '/aanvrager/leden/2', at: 'naam: Stichting Welzijn' }],
    },
  ]);
});
