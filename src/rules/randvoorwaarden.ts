import { defineRule, type RawFinding } from './define.js';

type Id = 'missing' | 'notMet' | 'noExplanation' | 'unknown' | 'noStatus';

export const randvoorwaarden = defineRule({
  id: 'randvoorwaarden',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Randvoorwaarde niet voldaan', en: 'Precondition not met' },
  docs: {
    description: {
      nl: 'Elke randvoorwaarde van het modelplan staat in de aanvraag als voldaan (voldaan: true), met een toelichting waar het modelplan die vraagt. Een randvoorwaarde die bij indiening nog niet vervuld kan zijn (het contractvereiste, “een overeenkomst met één of meer zorgverzekeraars”, pas gesloten na goedkeuring door beide zorgverzekeraars) krijgt in plaats daarvan een status uit de statussen van het modelplan (beoogd of gesloten). Bij alle modelplannen hoort daarbij dat de structurele financiering geborgd is, met een beschrijving hoe.',
      en: 'Every precondition of the modelplan is in the application as met (voldaan: true), with an explanation where the modelplan asks for one. A precondition that cannot be met at submission (the contract requirement, “een overeenkomst met één of meer zorgverzekeraars”, concluded only after both insurers approved) gets a status instead: one of the modelplan’s statussen (beoogd or gesloten). For every modelplan this includes that structural financing is secured, with a description of how.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (randvoorwaarden); Beleidskeuzes doorbraakmiddelen (seed 004): structurele financiering geborgd',
    example: 'randvoorwaarden:\n  - id: structurele-financiering\n    voldaan: true   # toelichting ontbreekt',
  },
  messages: {
    missing: { nl: 'randvoorwaarde "{id}" ({titel}) ontbreekt', en: 'precondition "{id}" ({titel}) is missing' },
    notMet: { nl: 'randvoorwaarde "{id}" ({titel}) is niet voldaan', en: 'precondition "{id}" ({titel}) is not met' },
    noExplanation: { nl: 'randvoorwaarde "{id}" ({titel}) vraagt een toelichting hoe eraan is voldaan', en: 'precondition "{id}" ({titel}) needs an explanation of how it is met' },
    noStatus: { nl: 'randvoorwaarde "{id}" ({titel}) vraagt een status in plaats van voldaan: {statussen}', en: 'precondition "{id}" ({titel}) needs a status instead of voldaan: {statussen}' },
    unknown: { nl: 'randvoorwaarde "{id}" staat niet in het modelplan', en: 'precondition "{id}" is not in the modelplan' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const out: RawFinding<Id>[] = [];
    for (const rv of modelplan.randvoorwaarden) {
      const index = aanvraag.randvoorwaarden.findIndex((r) => r.id === rv.id);
      const given = aanvraag.randvoorwaarden[index];
      const args = { id: rv.id, titel: rv.titel };
      if (!given) out.push({ pointer: '/randvoorwaarden', messageId: 'missing', args });
      else if (rv.statussen) {
        if (given.status === undefined || !rv.statussen.includes(given.status)) out.push({ pointer: `/randvoorwaarden/${index}`, messageId: 'noStatus', args: { ...args, statussen: rv.statussen.join(', ') } });
      } else if (given.voldaan !== true) out.push({ pointer: given.voldaan === false ? `/randvoorwaarden/${index}/voldaan` : `/randvoorwaarden/${index}`, messageId: 'notMet', args });
      else if (rv.toelichting_verplicht && (given.toelichting ?? '').trim() === '') out.push({ pointer: `/randvoorwaarden/${index}`, messageId: 'noExplanation', args });
    }
    aanvraag.randvoorwaarden.forEach((r, i) => {
      if (!modelplan.randvoorwaarden.some((rv) => rv.id === r.id)) out.push({ pointer: `/randvoorwaarden/${i}/id`, messageId: 'unknown', args: { id: r.id } });
    });
    return out;
  },
});
