import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

const BRON = 'SPUK IZA Bijlage I (geen dubbele financiering); aanname: dit zijn de woorden waarmee een andere bekostiging wordt beschreven';

describe('financiering-elders', () => {
  ruleCases('financiering-elders', [
    { name: 'the AI example describes no other funding', base: baseAanvraag, expected: [] },
    {
      name: 'other funding described in the business case, inflected',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.onderbouwing = 'De pilot werd gesubsidieerd door de provincie.'),
      expected: [{ messageId: 'described', severity: 'warning', pointer: '/businesscase/onderbouwing', reviewReason: true, args: { gevonden: 'gesubsidieerd', bron: BRON }, at: 'onderbouwing: |De pilot' }],
    },
    {
      name: 'English, in a budget line',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[0]!.omschrijving = 'Rollout phase co-funded by the region'),
      expected: [{ messageId: 'described', severity: 'warning', pointer: '/begroting/0/omschrijving', reviewReason: true, args: { gevonden: 'co funded', bron: BRON } }],
    },
    { name: 'a negation: no subsidy', base: baseAanvraag, mutate: (a) => (a.businesscase.onderbouwing = 'Er is geen subsidie voor deze activiteiten.'), expected: [] },
    {
      name: 'declared other funding is andere-financiering’s to report',
      base: baseAanvraag,
      mutate: (a) => {
        a.businesscase.onderbouwing = 'Gesubsidieerd door de provincie.';
        a.andere_financiering = [{ soort: 'subsidie', bedrag: 1000, omschrijving: 'Provincie' }];
      },
      expected: [],
    },
    { name: 'the borging is not about double funding', base: baseAanvraag, mutate: (a) => (a.borging.structurele_financiering = 'Uit een fonds van de aanbieders, vastgelegd in de begroting'), expected: [] },
  ]);
});
