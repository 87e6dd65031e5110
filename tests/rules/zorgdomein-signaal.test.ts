import { describe } from 'vitest';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

const BRON =
  'Nota VWS 26 maart 2026, §3 (art. 11 lid 1 a Zvw) en §4.3 (sociaal domein via de SPUK); afleiding van deze tool: zorg met verblijf valt onder de Wlz, huishoudelijke hulp, dagbesteding en welzijn onder de Wmo, jeugdhulp onder de Jeugdwet';

describe('zorgdomein-signaal', () => {
  ruleCases('zorgdomein-signaal', [
    { name: 'the AI example is district nursing', base: baseAanvraag, expected: [] },
    { name: 'the SPUK route is not about Zvw care', base: spukAanvraag, expected: [] },
    {
      name: 'a member that is a nursing home (compound), labelled zvw',
      base: baseAanvraag,
      mutate: (a) => (a.aanvrager.leden[1]!.naam = 'Verpleeghuizen De Linde'),
      expected: [{ messageId: 'outsideZvw', severity: 'warning', pointer: '/aanvrager/leden/1/naam', reviewReason: true, args: { tekst: 'Verpleeghuizen De Linde', gevonden: 'Verpleeghuizen', bron: BRON }, at: 'naam: |Verpleeghuizen' }],
    },
    {
      name: 'a budget line in English',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[1]!.omschrijving = 'Rollout in our nursing homes'),
      expected: [{ messageId: 'outsideZvw', severity: 'warning', pointer: '/begroting/1/omschrijving', reviewReason: true, args: { tekst: 'Rollout in our nursing homes', gevonden: 'nursing homes', bron: BRON } }],
    },
  ]);
});
