import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('spuk-ontvanger', () => {
  ruleCases('spuk-ontvanger', [
    { name: 'the SPUK example pays its gemeenten', base: spukAanvraag, expected: [] },
    { name: 'the Zvw route is zvw-zorgaanbieder’s', base: baseAanvraag, expected: [] },
    {
      name: 'a line for the welfare foundation',
      base: spukAanvraag,
      mutate: (a) => (a.begroting[0]!.ontvanger = '55667788'),
      expected: [
        {
          messageId: 'notGemeente',
          severity: 'error',
          pointer: '/begroting/0/ontvanger',
          args: { ontvanger: '55667788', naam: 'Stichting Welzijn Voorbeeld Utrecht', soort: 'overig' },
          at: 'ontvanger: |"55667788"',
        },
      ],
    },
    { name: 'an unknown recipient is begroting-ontvanger’s', base: spukAanvraag, mutate: (a) => (a.begroting[0]!.ontvanger = '99999999'), expected: [] },
  ]);
});
