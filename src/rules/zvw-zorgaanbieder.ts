import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { memberById } from './util.js';

type Id = 'penvoerder' | 'noProvider' | 'recipient' | 'insurer';

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export const zvwZorgaanbieder = defineRule({
  id: 'zvw-zorgaanbieder',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Zvw-route zonder zorgaanbieder', en: 'Zvw route without a care provider' },
  docs: {
    description: {
      nl: 'Op de Zvw-route keren de zorgverzekeraars de doorbraakmiddelen uit aan zorgaanbieders, met de prestatiebeschrijving van de NZa. Daarom is de penvoerder een zorgaanbieder, ontvangt minstens één zorgaanbieder geld uit de begroting, en is elke ontvanger een zorgaanbieder: een leverancier, stichting, gemeente of zorgverzekeraar in de coalitie kan langs die weg niet worden betaald (de zorgaanbieder betaalt zelf zijn leveranciers). Een zorgverzekeraar, ook een die als zorgaanbieder is opgegeven (zelfde naam als een verzekeraar uit referentielijsten.yaml of als de beoordelaars), ontvangt nooit geld: de verzekeraars keren uit en beoordelen.',
      en: 'On the Zvw route the insurers pay the doorbraakmiddelen to care providers, through the NZa’s prestatie. So the lead party is a care provider, at least one care provider receives money from the budget, and every recipient is a care provider: a vendor, foundation, municipality or insurer in the coalition cannot be paid that way (the provider pays its own vendors). An insurer, also one listed as a care provider (the name of an insurer in referentielijsten.yaml or of the assessors), never receives money: the insurers pay out and assess.',
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
    recipient: {
      nl: 'op de Zvw-route ontvangen alleen zorgaanbieders geld; ontvanger {ontvanger} ("{naam}") is {soort}; boek de kosten op de zorgaanbieder die de leverancier of partner betaalt',
      en: 'on the Zvw route only care providers receive money; recipient {ontvanger} ("{naam}") is {soort}; book the costs on the care provider that pays the vendor or partner',
    },
    insurer: {
      nl: 'ontvanger {ontvanger} ("{naam}") is een zorgverzekeraar; de verzekeraars keren de doorbraakmiddelen uit en beoordelen de aanvraag, ze ontvangen er niets uit; boek de kosten op een zorgaanbieder',
      en: 'recipient {ontvanger} ("{naam}") is a health insurer; the insurers pay out the doorbraakmiddelen and assess the application, they receive none of it; book the costs on a care provider',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    if (!modelplan || modelplan.financieringsroute !== 'zvw') return [];
    const out: RawFinding<Id>[] = [];
    const index = aanvraag.aanvrager.leden.findIndex((l) => l.penvoerder === true);
    const penvoerder = aanvraag.aanvrager.leden[index];
    if (penvoerder && penvoerder.soort !== 'zorgaanbieder') {
      out.push({ pointer: `/aanvrager/leden/${index}/soort`, messageId: 'penvoerder', args: { naam: penvoerder.naam, soort: penvoerder.soort } });
    }
    if (!aanvraag.begroting.some((r) => memberById(aanvraag, r.ontvanger)?.lid.soort === 'zorgaanbieder')) out.push({ pointer: '/begroting', messageId: 'noProvider' });
    const insurerNames = new Set(
      [...(frame.referentielijsten?.zorgverzekeraars ?? []), ...(aanvraag.zorgverzekeraars ? [aanvraag.zorgverzekeraars.coordinerend, aanvraag.zorgverzekeraars.tweede] : [])].map((v) => folded(v.naam)),
    );
    aanvraag.begroting.forEach((r, i) => {
      const member = memberById(aanvraag, r.ontvanger);
      if (!member) return; // begroting-ontvanger reports an unknown recipient
      const { lid } = member;
      const args = { ontvanger: r.ontvanger, naam: lid.naam, soort: lid.soort };
      const pointer = `/begroting/${i}/ontvanger`;
      if (lid.soort === 'zorgverzekeraar' || lid.uzovi !== undefined || insurerNames.has(folded(lid.naam))) out.push({ pointer, messageId: 'insurer', args });
      else if (lid.soort !== 'zorgaanbieder') out.push({ pointer, messageId: 'recipient', args });
    });
    return out;
  },
});
