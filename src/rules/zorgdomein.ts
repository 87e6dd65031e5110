import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { memberById } from './util.js';

type Id = 'missing' | 'outsideZvw';

export const zorgdomein = defineRule({
  id: 'zorgdomein',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Zorg buiten de Zvw op de Zvw-route', en: 'Care outside the Zvw on the Zvw route' },
  docs: {
    description: {
      nl: 'De aanwijzing voor de Zvw-route geldt alleen voor zorg als bedoeld in artikel 11, eerste lid, onderdeel a, van de Zorgverzekeringswet. Elke begrotingsregel (of het lid waar hij naartoe gaat) zegt welke zorg hij dient: zvw, wlz, wmo of jeugdwet. Op de Zvw-route is een regel voor zorg buiten de Zvw (zoals verpleeghuiszorg onder de Wlz) een fout, en een regel zonder zorgdomein ook: dan is niet te zien of hij binnen de aanwijzing valt. Dat Wlz-, Wmo- en Jeugdwetzorg buiten art. 11 lid 1 a Zvw vallen, is een afleiding van deze tool, geen tekst van de nota.',
      en: 'The designation for the Zvw route applies only to care as meant in article 11(1)(a) of the Zorgverzekeringswet. Every budget line (or the member it goes to) says which care it serves: zvw, wlz, wmo or jeugdwet. On the Zvw route a line for care outside the Zvw (such as nursing-home care under the Wlz) is an error, and so is a line without a care domain: then it cannot be seen whether it falls within the designation. That Wlz, Wmo and Jeugdwet care fall outside art. 11(1)(a) Zvw is this tool’s inference, not text of the note.',
    },
    source: 'Nota VWS 26 maart 2026, §3: “zorg of overige diensten als bedoeld in artikel 11, eerste lid, onderdeel a, van de Zorgverzekeringswet”; dat Wlz, Wmo en Jeugdwet erbuiten vallen is een afleiding van deze tool',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: Verpleeghuis, ontvanger: "73731111", zorgdomein: wlz, jaar: 2027, bedrag: 100000 }',
  },
  messages: {
    missing: {
      nl: 'begrotingsregel "{omschrijving}" noemt geen zorgdomein en zijn ontvanger ook niet; zet zorgdomein: zvw bij de regel of bij het lid',
      en: 'budget line "{omschrijving}" names no care domain and neither does its recipient; set zorgdomein: zvw on the line or the member',
    },
    outsideZvw: {
      nl: 'begrotingsregel "{omschrijving}" dient {zorgdomein}-zorg; de Zvw-route dekt alleen zorg als bedoeld in art. 11 lid 1 onder a Zvw (nota §3); haal deze kosten uit de aanvraag',
      en: 'budget line "{omschrijving}" serves {zorgdomein} care; the Zvw route covers only care as meant in art. 11(1)(a) Zvw (note §3); take these costs out of the application',
    },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan || modelplan.financieringsroute !== 'zvw') return [];
    const out: RawFinding<Id>[] = [];
    aanvraag.begroting.forEach((regel, i) => {
      const member = memberById(aanvraag, regel.ontvanger);
      const domein = regel.zorgdomein ?? member?.lid.zorgdomein;
      // An unknown recipient is begroting-ontvanger's to report.
      if (domein === undefined && member) out.push({ pointer: `/begroting/${i}`, messageId: 'missing', args: { omschrijving: regel.omschrijving } });
      else if (domein !== undefined && domein !== 'zvw') {
        // Inherited from the member: point at the line's recipient, so each line has its own place.
        const pointer = regel.zorgdomein !== undefined ? `/begroting/${i}/zorgdomein` : `/begroting/${i}/ontvanger`;
        out.push({ pointer, messageId: 'outsideZvw', args: { omschrijving: regel.omschrijving, zorgdomein: domein } });
      }
    });
    return out;
  },
});
