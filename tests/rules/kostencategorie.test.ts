import { describe } from 'vitest';
import { baseAanvraag, baseModelplan, ruleCases } from './harness.js';

describe('kostencategorie', () => {
  ruleCases('kostencategorie', [
    { name: 'categories of the modelplan pass', base: baseAanvraag, expected: [] },
    {
      name: 'a misspelt category gets a suggestion',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[4]!.categorie = 'opleding'),
      expected: [{ messageId: 'unknownSuggestion', severity: 'error', pointer: '/begroting/4/categorie', args: { categorie: 'opleding', suggestion: 'opleiding' }, at: 'opleding' }],
    },
    {
      name: 'an unknown category lists the modelplan’s categories',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[4]!.categorie = 'huisvesting'),
      expected: [
        {
          messageId: 'unknown',
          severity: 'error',
          pointer: '/begroting/4/categorie',
          args: { categorie: 'huisvesting', categorieen: baseModelplan().kostencategorieen.map((c) => c.id).join(', ') },
          at: 'huisvesting',
        },
      ],
    },
  ]);
});
