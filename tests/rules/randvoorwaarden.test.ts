import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

const CONTRACT =
  'Overeenkomst met één of meer zorgverzekeraars (contractvereiste): bij indiening beoogd, gesloten na goedkeuring door de coördinerende en de tweede zorgverzekeraar';

describe('randvoorwaarden', () => {
  ruleCases('randvoorwaarden', [
    { name: 'every precondition met, explained where required, passes', base: baseAanvraag, expected: [] },
    {
      name: 'a missing precondition',
      base: baseAanvraag,
      mutate: (a) => a.randvoorwaarden.splice(2, 1),
      expected: [{ messageId: 'missing', severity: 'error', pointer: '/randvoorwaarden', args: { id: 'dpia', titel: 'DPIA uitgevoerd' }, at: 'randvoorwaarden' }],
    },
    {
      name: 'structural financing not secured',
      base: baseAanvraag,
      mutate: (a) => (a.randvoorwaarden[0]!.voldaan = false),
      expected: [{ messageId: 'notMet', severity: 'error', pointer: '/randvoorwaarden/0/voldaan', args: { id: 'structurele-financiering', titel: 'Structurele financiering is geborgd' }, at: 'voldaan: |false' }],
    },
    {
      name: 'structural financing without its description',
      base: baseAanvraag,
      mutate: (a) => delete a.randvoorwaarden[0]!.toelichting,
      expected: [{ messageId: 'noExplanation', severity: 'error', pointer: '/randvoorwaarden/0', args: { id: 'structurele-financiering', titel: 'Structurele financiering is geborgd' }, at: 'id: structurele-financiering' }],
    },
    {
      name: 'the contract requirement is a status: beoogd passes, voldaan without a status does not',
      base: baseAanvraag,
      mutate: (a) => (a.randvoorwaarden[1] = { id: 'overeenkomst-zorgverzekeraar', voldaan: true }),
      expected: [
        {
          messageId: 'noStatus',
          severity: 'error',
          pointer: '/randvoorwaarden/1',
          args: { id: 'overeenkomst-zorgverzekeraar', titel: CONTRACT, statussen: 'beoogd, gesloten' },
          at: 'id: overeenkomst-zorgverzekeraar',
        },
      ],
    },
    { name: 'gesloten passes too', base: baseAanvraag, mutate: (a) => (a.randvoorwaarden[1] = { id: 'overeenkomst-zorgverzekeraar', status: 'gesloten' }), expected: [] },
    {
      name: 'a precondition without voldaan is not met',
      base: baseAanvraag,
      mutate: (a) => delete a.randvoorwaarden[2]!.voldaan,
      expected: [{ messageId: 'notMet', severity: 'error', pointer: '/randvoorwaarden/2', args: { id: 'dpia', titel: 'DPIA uitgevoerd' } }],
    },
    {
      name: 'a precondition the modelplan does not have',
      base: baseAanvraag,
      mutate: (a) => a.randvoorwaarden.push({ id: 'iso-27001', voldaan: true }),
      expected: [{ messageId: 'unknown', severity: 'error', pointer: '/randvoorwaarden/3/id', args: { id: 'iso-27001' }, at: 'iso-27001' }],
    },
  ]);
});
