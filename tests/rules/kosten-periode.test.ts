import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

const MEERJARIG = 'Nota VWS 26 maart 2026, §1 en §5a (besteding in 2027, 2028 en 2029); aanname: een kost die vooruit of voor meer jaren betaalt, dekt jaren buiten de looptijd';

describe('kosten-periode', () => {
  ruleCases('kosten-periode', [
    { name: 'the AI example covers only its term', base: baseAanvraag, expected: [] },
    {
      name: 'a year after the term',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2]!.omschrijving = 'Licentie 2027-2031'),
      expected: [{ messageId: 'yearAfter', severity: 'warning', pointer: '/begroting/2/omschrijving', reviewReason: true, args: { omschrijving: 'Licentie 2027-2031', jaar: 2031, totEnMet: 2029 }, at: 'omschrijving: |Licentie 2027-2031' }],
    },
    {
      name: 'a duration past the end of the term, counted from the line’s year (Dutch number word)',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[3]!.omschrijving = 'Licentie voor drie jaar'),
      expected: [{ messageId: 'duration', severity: 'warning', pointer: '/begroting/3/omschrijving', reviewReason: true, args: { omschrijving: 'Licentie voor drie jaar', maanden: 36, jaar: 2028, totEnMet: 2029 } }],
    },
    { name: 'three years from 2027 stay inside the term', base: baseAanvraag, mutate: (a) => (a.begroting[2]!.omschrijving = 'Licentie voor 36 maanden'), expected: [] },
    {
      name: 'a prepayment in English',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2]!.omschrijving = 'Upfront licence payment'),
      expected: [{ messageId: 'multiYear', severity: 'warning', pointer: '/begroting/2/omschrijving', reviewReason: true, args: { omschrijving: 'Upfront licence payment', gevonden: 'Upfront', bron: MEERJARIG } }],
    },
    { name: 'a year before the term (the baseline) does not count', base: baseAanvraag, mutate: (a) => (a.begroting[9]!.omschrijving = 'Nulmeting 2026'), expected: [] },
  ]);
});
