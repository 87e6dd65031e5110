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
        ...Array.from({ length: 12 }, (_, i) => ({ messageId: 'recipient', severity: 'error' as const, pointer: `/begroting/${i}/ontvanger` })),
      ],
    },
    {
      name: 'money only for a non-provider member',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden.push({ naam: 'ICT-leverancier', soort: 'overig', sector: 'vvt', kvk: '87654321' });
        for (const regel of a.begroting) regel.ontvanger = '87654321';
      },
      expected: [
        { messageId: 'noProvider', severity: 'error', pointer: '/begroting' },
        ...Array.from({ length: 12 }, (_, i) => ({ messageId: 'recipient', severity: 'error' as const, pointer: `/begroting/${i}/ontvanger` })),
      ],
    },
    {
      name: 'a vendor in the coalition that receives one line',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden.push({ naam: 'ICT-leverancier', soort: 'overig', sector: 'vvt', kvk: '87654321' });
        a.begroting[2]!.ontvanger = '87654321';
      },
      expected: [
        {
          messageId: 'recipient',
          severity: 'error',
          pointer: '/begroting/2/ontvanger',
          args: { ontvanger: '87654321', naam: 'ICT-leverancier', soort: 'overig' },
          at: 'ontvanger: |"87654321"',
        },
      ],
    },
    {
      name: 'an insurer, also one listed as a care provider under an assessor’s name, receives nothing',
      base: baseAanvraag,
      mutate: (a) => {
        a.aanvrager.leden.push({ naam: 'zorgverzekeraar voorbeeld midden', soort: 'zorgaanbieder', sector: 'vvt', zorgdomein: 'zvw', agb: '73739999' });
        a.aanvrager.leden.push({ naam: 'Verzekeraar X', soort: 'zorgverzekeraar', sector: 'vvt', uzovi: '3311', kvk: '30111111' });
        a.begroting[9]!.ontvanger = '73739999';
        a.begroting[10]!.ontvanger = '30111111';
      },
      expected: [
        { messageId: 'insurer', severity: 'error', pointer: '/begroting/9/ontvanger', args: { ontvanger: '73739999', naam: 'zorgverzekeraar voorbeeld midden', soort: 'zorgaanbieder' } },
        { messageId: 'insurer', severity: 'error', pointer: '/begroting/10/ontvanger', args: { ontvanger: '30111111', naam: 'Verzekeraar X', soort: 'zorgverzekeraar' } },
      ],
    },
  ]);
});
