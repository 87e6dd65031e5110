import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

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
      name: 'a precondition the modelplan does not have',
      base: baseAanvraag,
      mutate: (a) => a.randvoorwaarden.push({ id: 'iso-27001', voldaan: true }),
      expected: [{ messageId: 'unknown', severity: 'error', pointer: '/randvoorwaarden/3/id', args: { id: 'iso-27001' }, at: 'iso-27001' }],
    },
  ]);
});
