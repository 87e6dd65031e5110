import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { memberById } from './util.js';

export const spukOntvanger = defineRule({
  id: 'spuk-ontvanger',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'SPUK-geld gaat naar gemeenten', en: 'SPUK money goes to municipalities' },
  docs: {
    description: {
      nl: 'Het geld voor het sociaal domein gaat via een specifieke uitkering (SPUK AZWA) naar gemeenten (nota §4.3, voetnoot 1), niet via de zorgverzekeraars. Op de SPUK-route ontvangt daarom elke begrotingsregel een gemeente uit de leden, met haar CBS-gemeentecode; een welzijnsorganisatie of zorgaanbieder die het werk doet, wordt door de gemeente betaald en staat niet als ontvanger in de aanvraag.',
      en: 'The money for the social domain goes to municipalities through a specific grant (SPUK AZWA; note §4.3, footnote 1), not through the insurers. On the SPUK route every budget line therefore goes to a municipality among the members, by its CBS code; a welfare organisation or care provider doing the work is paid by the municipality and is not a recipient in the application.',
    },
    source: 'Nota VWS 26 maart 2026, §4.3 en voetnoot 1 (SPUK AZWA 2027–2029 aan gemeenten)',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: "Valpreventie", ontvanger: "55667788", jaar: 2027, bedrag: 180000 }   # KvK van een stichting',
  },
  messages: {
    notGemeente: {
      nl: 'op de SPUK-route gaat het geld naar gemeenten; ontvanger {ontvanger} ("{naam}") is {soort}; boek de regel op een gemeente uit de leden (gemeentecode)',
      en: 'on the SPUK route the money goes to municipalities; recipient {ontvanger} ("{naam}") is {soort}; book the line on a municipality among the members (gemeentecode)',
    },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan || modelplan.financieringsroute !== 'spuk') return [];
    const out: RawFinding<'notGemeente'>[] = [];
    aanvraag.begroting.forEach((r, i) => {
      const member = memberById(aanvraag, r.ontvanger);
      // An unknown recipient is begroting-ontvanger's to report.
      if (member && (member.lid.soort !== 'gemeente' || member.lid.gemeentecode !== r.ontvanger)) {
        out.push({ pointer: `/begroting/${i}/ontvanger`, messageId: 'notGemeente', args: { ontvanger: r.ontvanger, naam: member.lid.naam, soort: member.lid.soort } });
      }
    });
    return out;
  },
});
