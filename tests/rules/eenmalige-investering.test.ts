import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('eenmalige-investering', () => {
  ruleCases('eenmalige-investering', [
    { name: 'one-off lines pass', base: baseAanvraag, expected: [] },
    { name: 'structureel: false passes', base: baseAanvraag, mutate: (a) => (a.begroting[2]!.structureel = false), expected: [] },
    {
      name: 'a structural line is an error at its flag',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2]!.structureel = true),
      expected: [{ messageId: 'structural', severity: 'error', pointer: '/begroting/2/structureel', args: { omschrijving: 'Eenmalige koppeling spraakmodule aan het ECD' }, at: 'true\n  - categorie: licenties-en-ict' }],
    },
  ]);
});
