import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

const S3 = 'Nota VWS 26 maart 2026, §3: de aanwijzing geldt voor zorg als bedoeld in art. 11 lid 1 onder a Zvw; de Wlz valt erbuiten';

describe('financiering-buiten-zvw', () => {
  ruleCases('financiering-buiten-zvw', [
    { name: 'financing within the Zvw passes', base: baseAanvraag, expected: [] },
    { name: 'Wmo money on the SPUK route is not checked', base: spukAanvraag, expected: [] },
    {
      name: 'structural financing "uit het reguliere Wlz-budget" is a review reason, in borging and in the precondition',
      base: baseAanvraag,
      mutate: (a) => {
        a.borging.structurele_financiering = 'Na 2028 uit het reguliere Wlz-budget.';
        a.randvoorwaarden[0]!.toelichting = 'Ingekocht binnen het reguliere Wlz-budget.';
      },
      expected: [
        { messageId: 'outsideZvw', severity: 'warning', pointer: '/borging/structurele_financiering', reviewReason: true, args: { gevonden: 'Wlz', bron: S3 }, at: 'structurele_financiering: |Na' },
        { messageId: 'outsideZvw', severity: 'warning', pointer: '/randvoorwaarden/0/toelichting', reviewReason: true, args: { gevonden: 'Wlz', bron: S3 } },
      ],
    },
  ]);
});
