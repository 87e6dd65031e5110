import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('zorgverzekeraars', () => {
  ruleCases('zorgverzekeraars', [
    { name: 'two different insurers on the Zvw route pass', base: baseAanvraag, expected: [] },
    { name: 'no insurers on the SPUK route pass', base: spukAanvraag, expected: [] },
    {
      name: 'the Zvw route needs insurers',
      base: baseAanvraag,
      mutate: (a) => delete a.zorgverzekeraars,
      expected: [{ messageId: 'missing', severity: 'error', pointer: '', at: 'soort' }],
    },
    {
      name: 'the second insurer must differ from the coordinating one',
      base: baseAanvraag,
      mutate: (a) => (a.zorgverzekeraars!.tweede.uzovi = '3311'),
      expected: [{ messageId: 'same', severity: 'error', pointer: '/zorgverzekeraars/tweede/uzovi', args: { uzovi: '3311' } }],
    },
    {
      name: 'insurers on the SPUK route are a warning',
      base: spukAanvraag,
      mutate: (a) => (a.zorgverzekeraars = { coordinerend: { naam: 'A', uzovi: '3311' }, tweede: { naam: 'B', uzovi: '3343' } }),
      expected: [{ messageId: 'notOnSpuk', severity: 'warning', pointer: '/zorgverzekeraars', at: 'zorgverzekeraars' }],
    },
  ]);
});
