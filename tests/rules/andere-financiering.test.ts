import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('andere-financiering', () => {
  ruleCases('andere-financiering', [
    { name: 'no other funding declared', base: baseAanvraag, expected: [] },
    {
      name: 'declared other funding for the same activities is a review reason',
      base: baseAanvraag,
      mutate: (a) => (a.andere_financiering = [{ soort: 'iza-transformatiemiddelen', bedrag: 250000, omschrijving: 'Pilot spraakherkenning 2025' }]),
      expected: [
        {
          messageId: 'declared',
          severity: 'info',
          pointer: '/andere_financiering/0',
          reviewReason: true,
          args: { soort: 'iza-transformatiemiddelen', bedrag: 250000, omschrijving: 'Pilot spraakherkenning 2025' },
          at: 'soort: iza',
        },
      ],
    },
  ]);
});
