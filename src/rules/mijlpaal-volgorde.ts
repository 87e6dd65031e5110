import { defineRule } from './define.js';

export const mijlpaalVolgorde = defineRule({
  id: 'mijlpaal-volgorde',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Mijlpalen in de verkeerde volgorde', en: 'Milestones out of order' },
  docs: {
    description: {
      nl: 'De mijlpalen van het modelplan bouwen op elkaar voort (projectplan, implementatie, opschaling, evaluatie). Hun datums in de aanvraag volgen die volgorde: een latere mijlpaal valt niet vóór een eerdere.',
      en: 'The modelplan’s milestones build on each other (project plan, implementation, scaling, evaluation). Their dates in the application follow that order: a later milestone does not fall before an earlier one.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (concrete mijlpalen); SPUK IZA Bijlage I (mijlpalenplanning)',
    example: 'mijlpalen:\n  - { id: projectplan-vastgesteld, datum: "2027-09-01" }\n  - { id: implementatie-gestart, datum: "2027-06-01" }',
  },
  messages: {
    before: { nl: 'mijlpaal "{id}" ({datum}) valt vóór de eerdere mijlpaal "{vorige}" ({vorigeDatum})', en: 'milestone "{id}" ({datum}) falls before the earlier milestone "{vorige}" ({vorigeDatum})' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    // Walk the modelplan's order; compare each present milestone with the latest one before it.
    const out = [];
    let previous: { id: string; datum: string } | undefined;
    for (const required of modelplan.mijlpalen) {
      const index = aanvraag.mijlpalen.findIndex((m) => m.id === required.id);
      const given = aanvraag.mijlpalen[index];
      if (!given) continue;
      if (previous && given.datum < previous.datum) {
        out.push({ pointer: `/mijlpalen/${index}/datum`, messageId: 'before' as const, args: { id: given.id, datum: given.datum, vorige: previous.id, vorigeDatum: previous.datum } });
      } else {
        previous = given;
      }
    }
    return out;
  },
});
