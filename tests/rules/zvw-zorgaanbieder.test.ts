import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

describe('zvw-zorgaanbieder', () => {
  ruleCases('zvw-zorgaanbieder', [
    { name: 'care providers lead and receive money', base: baseAanvraag, expected: [] },
    { name: 'the SPUK route pays gemeenten', base: spukAanvraag, expected: [] },
    {
      name: 'all members overig: the lead party and the money go to no care provider',
      base: baseAanvraag,
      mutate: (a) => {
        for (const lid of a.aanvrager.leden) lid.soort = 'overig';
      },
      expected: [
        { messageId: 'penvoerder', severity: 'error', pointer: '/aanvrager/leden/0/soort', args: { naam: 'Zorggroep Vechtstreek', soort: 'overig' }, at: 'soort: |overig' },
        { messageId: 'noProvider', severity: 'error', pointer: '/begroting', at: 'begroting' },
      ],
    },
    {
      name: 'money only for a non-provider member',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden.push({ naam: 'ICT-leverancier', soort: 'overig', sector: 'vvt', kvk: '87654321' });
        for (const regel of a.begroting) regel.ontvanger = '87654321';
      },
      expected: [{ messageId: 'noProvider', severity: 'error', pointer: '/begroting' }],
    },
  ]);
});
