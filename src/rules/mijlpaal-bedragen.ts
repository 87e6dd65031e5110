import { defineRule, type RawFinding } from './define.js';

type Id = 'missingAmount' | 'sumDiffers';

export const mijlpaalBedragen = defineRule({
  id: 'mijlpaal-bedragen',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Bedragen per mijlpaal kloppen niet', en: 'Milestone amounts do not add up' },
  docs: {
    description: {
      nl: 'Waar het modelplan het geld aan mijlpalen koppelt (geld_aan_mijlpalen: true), heeft elke mijlpaal een bedrag en tellen die bedragen precies op tot het aangevraagde totaal: zo wordt alles uitgekeerd en niets dubbel.',
      en: 'Where the modelplan ties money to milestones (geld_aan_mijlpalen: true), every milestone has an amount and the amounts add up exactly to the total requested: so everything is paid out and nothing twice.',
    },
    source: 'SPUK IZA Bijlage I (geld gekoppeld aan mijlpalen, uitbetaald bij het halen ervan)',
    example: 'begroting: [ { categorie: implementatie, omschrijving: Uitrol, jaar: 2027, bedrag: 1000000 } ]\nmijlpalen:\n  - { id: projectplan-vastgesteld, datum: "2027-03-01", bedrag: 400000 }\n  - { id: implementatie-gestart, datum: "2027-09-01", bedrag: 500000 }   # samen 900.000',
  },
  messages: {
    missingAmount: { nl: 'mijlpaal "{id}" heeft geen bedrag; in dit modelplan hangt het geld aan de mijlpalen', en: 'milestone "{id}" has no amount; in this modelplan the money is tied to the milestones' },
    sumDiffers: { nl: 'de mijlpalen tellen op tot € {som:euro}, het aangevraagde totaal is € {totaal:euro} (verschil € {verschil:euro})', en: 'the milestones add up to € {som:euro}, the total requested is € {totaal:euro} (difference € {verschil:euro})' },
  },
  check({ aanvraag, modelplan, totaal }) {
    if (!modelplan?.geld_aan_mijlpalen) return [];
    const out: RawFinding<Id>[] = [];
    aanvraag.mijlpalen.forEach((m, i) => {
      if (m.bedrag === undefined) out.push({ pointer: `/mijlpalen/${i}`, messageId: 'missingAmount', args: { id: m.id } });
    });
    if (out.length > 0) return out;
    const som = aanvraag.mijlpalen.reduce((s, m) => s + (m.bedrag ?? 0), 0);
    if (som !== totaal) out.push({ pointer: '/mijlpalen', messageId: 'sumDiffers', args: { som, totaal, verschil: Math.abs(som - totaal) } });
    return out;
  },
});
