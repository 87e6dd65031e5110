import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('begroting-ontvanger', () => {
  ruleCases('begroting-ontvanger', [
    { name: 'every line goes to a member by AGB', base: baseAanvraag, expected: [] },
    { name: 'or by gemeentecode', base: spukAanvraag, expected: [] },
    { name: 'or by KvK number', base: baseAanvraag, mutate: (a) => (a.begroting[0]!.ontvanger = '52345678'), expected: [] },
    {
      name: 'a recipient that is not a member is an error listing the members',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[1]!.ontvanger = '99999999'),
      expected: [
        {
          messageId: 'notMember',
          severity: 'error',
          pointer: '/begroting/1/ontvanger',
          args: { ontvanger: '99999999', leden: '73730101, 41234567, 75750202, 52345678, 73730303' },
          at: 'ontvanger: |"99999999"',
        },
      ],
    },
  ]);
});
