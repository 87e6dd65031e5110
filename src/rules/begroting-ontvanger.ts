import { defineRule } from './define.js';
import { memberById } from './util.js';

export const begrotingOntvanger = defineRule({
  id: 'begroting-ontvanger',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Ontvanger is geen lid van de aanvrager', en: 'Recipient is not a member of the applicant' },
  docs: {
    description: {
      nl: 'Elke begrotingsregel noemt het lid dat het geld ontvangt, met zijn AGB-code, KvK-nummer of gemeentecode zoals in aanvrager.leden. Zo is de verdeling over partijen en sectoren zichtbaar (zoals bij de transformatiemiddelen) en kan budget het geld per ontvangende partij optellen. Een ontvanger die geen lid is, is een fout.',
      en: 'Every budget line names the member that receives the money, by its AGB code, KvK number or gemeentecode as in aanvrager.leden. That makes the split over parties and sectors visible (as with the transformatiemiddelen) and lets budget add the money up per receiving party. A recipient that is not a member is an error.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (“De zorgverzekeraars keren … doorbraakmiddelen uit aan de zorgaanbieders”); SPUK IZA Bijlage I (verdeling over sectoren en partijen)',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: Uitrol, ontvanger: "99999999", jaar: 2027, bedrag: 100000 }   # geen lid',
  },
  messages: {
    notMember: {
      nl: 'ontvanger {ontvanger} is geen lid van de aanvrager; gebruik de AGB-code, het KvK-nummer of de gemeentecode van een lid: {leden}',
      en: 'recipient {ontvanger} is not a member of the applicant; use the AGB code, KvK number or gemeentecode of a member: {leden}',
    },
  },
  check({ aanvraag }) {
    const ids = aanvraag.aanvrager.leden.flatMap((l) => [l.agb, l.kvk, l.gemeentecode].filter((x): x is string => x !== undefined));
    return aanvraag.begroting.flatMap((regel, i) =>
      memberById(aanvraag, regel.ontvanger)
        ? []
        : [{ pointer: `/begroting/${i}/ontvanger`, messageId: 'notMember' as const, args: { ontvanger: regel.ontvanger, leden: ids.join(', ') } }],
    );
  },
  withoutModelplan: true,
});
