import { defineAanvraagRule, type RawFinding } from './define.js';

type Id = 'missing' | 'notMet' | 'noExplanation' | 'unknown';

export const randvoorwaarden = defineAanvraagRule({
  id: 'randvoorwaarden',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Randvoorwaarde niet voldaan', en: 'Precondition not met' },
  docs: {
    description: {
      nl: 'Elke randvoorwaarde van het modelplan staat in de aanvraag als voldaan (voldaan: true), met een toelichting waar het modelplan die vraagt. Bij alle modelplannen hoort daarbij dat de structurele financiering geborgd is, met een beschrijving hoe.',
      en: 'Every precondition of the modelplan is in the application as met (voldaan: true), with an explanation where the modelplan asks for one. For every modelplan this includes that structural financing is secured, with a description of how.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (randvoorwaarden); Beleidskeuzes doorbraakmiddelen (seed 004): structurele financiering geborgd',
    example: 'randvoorwaarden:\n  - id: structurele-financiering\n    voldaan: true   # toelichting ontbreekt',
  },
  messages: {
    missing: { nl: 'randvoorwaarde "{id}" ({titel}) ontbreekt', en: 'precondition "{id}" ({titel}) is missing' },
    notMet: { nl: 'randvoorwaarde "{id}" ({titel}) is niet voldaan', en: 'precondition "{id}" ({titel}) is not met' },
    noExplanation: { nl: 'randvoorwaarde "{id}" ({titel}) vraagt een toelichting hoe eraan is voldaan', en: 'precondition "{id}" ({titel}) needs an explanation of how it is met' },
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
      else if (!given.voldaan) out.push({ pointer: `/randvoorwaarden/${index}/voldaan`, messageId: 'notMet', args });
      else if (rv.toelichting_verplicht && (given.toelichting ?? '').trim() === '') out.push({ pointer: `/randvoorwaarden/${index}`, messageId: 'noExplanation', args });
    }
    aanvraag.randvoorwaarden.forEach((r, i) => {
      if (!modelplan.randvoorwaarden.some((rv) => rv.id === r.id)) out.push({ pointer: `/randvoorwaarden/${i}/id`, messageId: 'unknown', args: { id: r.id } });
    });
    return out;
  },
});
