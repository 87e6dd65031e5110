import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('afwijking-zonder-grond', () => {
  ruleCases('afwijking-zonder-grond', [
    { name: 'no declared deviations, no finding', base: baseAanvraag, expected: [] },
    {
      name: 'a declared deviation that is none',
      base: baseAanvraag,
      mutate: (a) => (a.afwijkingen = [{ onderdeel: 'doelmatigheid', motivering: 'Regionale spreiding' }]),
      expected: [{ messageId: 'none', severity: 'info', pointer: '/afwijkingen/0/onderdeel', args: { onderdeel: 'doelmatigheid' }, at: 'onderdeel: |doelmatigheid' }],
    },
    {
      name: 'a declared deviation that exists is no finding of this rule',
      base: baseAanvraag,
      mutate: (a) => {
        a.businesscase.fte_besparing = 11.99;
        a.afwijkingen = [{ onderdeel: 'doelmatigheid', motivering: 'Regionale spreiding' }];
      },
      expected: [],
    },
  ]);
});
