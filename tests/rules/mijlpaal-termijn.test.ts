import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('mijlpaal-termijn', () => {
  ruleCases('mijlpaal-termijn', [
    { name: 'dates on or before the frame’s latest date pass', base: baseAanvraag, mutate: (a) => (a.mijlpalen[2]!.datum = '2028-12-31'), expected: [] },
    {
      name: 'a later date is an undeclared deviation',
      base: baseAanvraag,
      mutate: (a) => (a.mijlpalen[2]!.datum = '2029-02-01'),
      expected: [{ messageId: 'late', severity: 'warning', pointer: '/mijlpalen/2/datum', deviation: 'mijlpaalplanning', args: { id: 'opgeschaald', datum: '2029-02-01', uiterlijk: '2028-12-31', normBron: 'aanname' }, at: '2029-02-01' }],
    },
    {
      name: 'declared, it is info and a review reason with the motivation',
      base: baseAanvraag,
      mutate: (a) => {
        a.mijlpalen[2]!.datum = '2029-02-01';
        a.afwijkingen = [{ onderdeel: 'mijlpaalplanning', motivering: 'Aanbesteding ECD loopt tot eind 2028' }];
      },
      expected: [
        {
          messageId: 'late',
          severity: 'info',
          pointer: '/mijlpalen/2/datum',
          deviation: 'mijlpaalplanning',
          reviewReason: true,
          args: { id: 'opgeschaald', datum: '2029-02-01', uiterlijk: '2028-12-31', motivering: 'Aanbesteding ECD loopt tot eind 2028', normBron: 'aanname' },
        },
      ],
    },
  ]);
});
