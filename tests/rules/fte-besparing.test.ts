import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('fte-besparing', () => {
  ruleCases('fte-besparing', [
    { name: 'a positive saving passes', base: baseAanvraag, expected: [] },
    {
      name: 'no saving is an error',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.fte_besparing = 0),
      expected: [{ messageId: 'none', severity: 'error', pointer: '/businesscase/fte_besparing', at: 'fte_besparing: |0' }],
    },
  ]);
});
