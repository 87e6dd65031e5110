import { defineRule } from './define.js';

export const verantwoordingOntvanger = defineRule({
  id: 'verantwoording-ontvanger',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Geld naar een partij die niet is goedgekeurd', en: 'Money to a party that was not approved' },
  docs: {
    description: {
      nl: 'De verzekeraars keren uit aan de zorgaanbieders van de overeenkomst: elke kostenregel noemt als ontvanger een zorgaanbieder uit de aanvraag aan de NZa (AGB, KvK of gemeentecode). Geld dat via een andere partij loopt (een adviesbureau, een leverancier, een nieuwe stichting) is niet goedgekeurd.',
      en: 'The insurers pay the care providers of the agreement: every cost line names as its receiver a care provider from the NZa request (AGB, KvK or gemeentecode). Money routed through another party (a consultancy, a supplier, a new foundation) was not approved.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (uitkering aan de zorgaanbieders op grond van de overeenkomsten)',
    example: 'kosten:\n  - { categorie: implementatie, ontvanger: "99999999", … }  # niet in de aanvraag aan de NZa',
  },
  messages: {
    unknown: { nl: '{ontvanger} is geen goedgekeurde zorgaanbieder van dit project (goedgekeurd: {goedgekeurd})', en: '{ontvanger} is not an approved care provider of this project (approved: {goedgekeurd})' },
  },
  check({ accounts }) {
    return accounts.flatMap((a) => {
      if (!a.approval) return [];
      const ids = a.approval.request.zorgaanbieders.map((z) => z.ontvanger);
      return a.account.kosten.flatMap((k, i) =>
        ids.includes(k.ontvanger) ? [] : [{ file: a.file, pointer: `/kosten/${i}/ontvanger`, messageId: 'unknown' as const, args: { ontvanger: k.ontvanger, goedgekeurd: ids.join(', ') } }],
      );
    });
  },
});
