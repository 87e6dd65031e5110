import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

const BRON = 'Nota VWS 26 maart 2026, §4.2: aanvullende beoordeling waar van het normatieve kader wordt afgeweken';

describe('afwijking-beschreven', () => {
  ruleCases('afwijking-beschreven', [
    { name: 'the AI example describes no deviation', base: baseAanvraag, expected: [] },
    {
      name: 'a separable verb',
      base: baseAanvraag,
      mutate: (a) => (a.borging.omschrijving = 'Wij wijken op de mijlpalen af.'),
      expected: [{ messageId: 'described', severity: 'warning', pointer: '/borging/omschrijving', reviewReason: true, args: { gevonden: 'wijken … af', bron: BRON }, at: 'omschrijving: |Wij wijken' }],
    },
    {
      name: 'a contrast with the frame in English',
      base: baseAanvraag,
      mutate: (a) => (a.businesscase.onderbouwing = 'We plan three phases instead of the prescribed milestones.'),
      expected: [{ messageId: 'described', severity: 'warning', pointer: '/businesscase/onderbouwing', reviewReason: true, args: { gevonden: 'instead of … prescribed', bron: BRON } }],
    },
    { name: 'a contrast without the frame is no deviation', base: baseAanvraag, mutate: (a) => (a.businesscase.onderbouwing = 'Spraak in plaats van typen.'), expected: [] },
    { name: 'the motivation of a declared deviation does not count', base: baseAanvraag, mutate: (a) => (a.afwijkingen = [{ onderdeel: 'kostenverdeling', motivering: 'Wij wijken af.' }]), expected: [] },
  ]);
});
