import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { memberById } from './util.js';

type Id = 'penvoerder' | 'noProvider';

export const zvwZorgaanbieder = defineRule({
  id: 'zvw-zorgaanbieder',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Zvw-route zonder zorgaanbieder', en: 'Zvw route without a care provider' },
  docs: {
    description: {
      nl: 'Op de Zvw-route keren de zorgverzekeraars de doorbraakmiddelen uit aan zorgaanbieders, met de prestatiebeschrijving van de NZa. Daarom is de penvoerder een zorgaanbieder en ontvangt minstens één zorgaanbieder geld uit de begroting. Een aanvraag met alleen overige partijen kan langs die weg niet worden betaald.',
      en: 'On the Zvw route the insurers pay the doorbraakmiddelen to care providers, through the NZa’s prestatie. So the lead party is a care provider and at least one care provider receives money from the budget. An application with only other parties cannot be paid that way.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2: “De zorgverzekeraars keren op grond van de overeenkomsten met zorgaanbieders doorbraakmiddelen uit aan de zorgaanbieders”',
    example: 'aanvrager:\n  leden:\n    - { naam: Adviesbureau, soort: overig, sector: vvt, penvoerder: true, kvk: "12345678" }',
  },
  messages: {
    penvoerder: {
      nl: 'op de Zvw-route is de penvoerder een zorgaanbieder; "{naam}" is {soort}; maak een zorgaanbieder uit de coalitie penvoerder',
      en: 'on the Zvw route the lead party is a care provider; "{naam}" is {soort}; make a care provider of the coalition the lead party',
    },
    noProvider: {
      nl: 'op de Zvw-route ontvangt geen enkele zorgaanbieder geld; de NZa-prestatie betaalt zorgaanbieders, dus boek de kosten op een zorgaanbieder uit de leden',
      en: 'on the Zvw route no care provider receives money; the NZa prestatie pays care providers, so book the costs on a care provider among the members',
    },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan || modelplan.financieringsroute !== 'zvw') return [];
    const out: RawFinding<Id>[] = [];
    const index = aanvraag.aanvrager.leden.findIndex((l) => l.penvoerder === true);
    const penvoerder = aanvraag.aanvrager.leden[index];
    if (penvoerder && penvoerder.soort !== 'zorgaanbieder') {
      out.push({ pointer: `/aanvrager/leden/${index}/soort`, messageId: 'penvoerder', args: { naam: penvoerder.naam, soort: penvoerder.soort } });
    }
    if (!aanvraag.begroting.some((r) => memberById(aanvraag, r.ontvanger)?.lid.soort === 'zorgaanbieder')) out.push({ pointer: '/begroting', messageId: 'noProvider' });
    return out;
  },
});
