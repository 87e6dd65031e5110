import { defineRule, type RawFinding } from './define.js';

type Id = 'agb' | 'gemeentecode' | 'uzovi';

export const aanvragerIdentificatie = defineRule({
  id: 'aanvrager-identificatie',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Lid zonder identificatie', en: 'Member without identifier' },
  docs: {
    description: {
      nl: 'Elk lid van de coalitie is herleidbaar: een zorgaanbieder met zijn AGB-code, een gemeente met haar CBS-gemeentecode, een zorgverzekeraar met zijn UZOVI-code. Het formaat van die codes toetst het schema; deze regel toetst dat ze er zijn.',
      en: 'Every coalition member can be traced: a care provider by its AGB code, a municipality by its CBS code, an insurer by its UZOVI code. The schema checks their format; this rule checks they are there.',
    },
    source: 'Vektis AGB- en UZOVI-register; CBS gemeentecodes (zie DOMAIN.md, identificaties)',
    example: 'leden:\n  - naam: Thuiszorg Voorbeeld\n    soort: zorgaanbieder   # agb ontbreekt',
  },
  messages: {
    agb: { nl: 'zorgaanbieder "{naam}" heeft geen AGB-code', en: 'care provider "{naam}" has no AGB code' },
    gemeentecode: { nl: 'gemeente "{naam}" heeft geen CBS-gemeentecode', en: 'municipality "{naam}" has no CBS municipality code' },
    uzovi: { nl: 'zorgverzekeraar "{naam}" heeft geen UZOVI-code', en: 'insurer "{naam}" has no UZOVI code' },
  },
  check({ aanvraag }) {
    const out: RawFinding<Id>[] = [];
    aanvraag.aanvrager.leden.forEach((lid, i) => {
      const pointer = `/aanvrager/leden/${i}`;
      if (lid.soort === 'zorgaanbieder' && lid.agb === undefined) out.push({ pointer, messageId: 'agb', args: { naam: lid.naam } });
      if (lid.soort === 'gemeente' && lid.gemeentecode === undefined) out.push({ pointer, messageId: 'gemeentecode', args: { naam: lid.naam } });
      if (lid.soort === 'zorgverzekeraar' && lid.uzovi === undefined) out.push({ pointer, messageId: 'uzovi', args: { naam: lid.naam } });
    });
    return out;
  },
});
