import { defineRule, type RawFinding } from './define.js';

type Id = 'missing' | 'unknown' | 'duplicate';

export const mijlpalenVerplicht = defineRule({
  id: 'mijlpalen-verplicht',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Verplichte mijlpaal ontbreekt', en: 'Required milestone missing' },
  docs: {
    description: {
      nl: 'Het modelplan bevat concrete mijlpalen; elke aanvraag neemt ze allemaal op, met dezelfde id, zodat voortgang en uitbetaling uniform te volgen zijn. Een mijlpaal die het modelplan niet kent, of een dubbele, is een fout.',
      en: 'The modelplan holds concrete milestones; every application includes all of them, with the same id, so progress and payment can be followed uniformly. A milestone the modelplan does not know, or a duplicate, is an error.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (concrete mijlpalen)',
    example: 'mijlpalen:\n  - { id: projectplan-vastgesteld, datum: "2027-03-01" }\n  # implementatie-gestart, opgeschaald en eindevaluatie ontbreken',
  },
  messages: {
    missing: { nl: 'verplichte mijlpaal "{id}" ({titel}) ontbreekt', en: 'required milestone "{id}" ({titel}) is missing' },
    unknown: { nl: 'mijlpaal "{id}" staat niet in het modelplan; verplicht zijn: {ids}', en: 'milestone "{id}" is not in the modelplan; required are: {ids}' },
    duplicate: { nl: 'mijlpaal "{id}" staat er twee keer in', en: 'milestone "{id}" appears twice' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const out: RawFinding<Id>[] = [];
    const required = modelplan.mijlpalen.map((m) => m.id);
    const seen = new Set<string>();
    aanvraag.mijlpalen.forEach((m, i) => {
      if (!required.includes(m.id)) out.push({ pointer: `/mijlpalen/${i}/id`, messageId: 'unknown', args: { id: m.id, ids: required.join(', ') } });
      else if (seen.has(m.id)) out.push({ pointer: `/mijlpalen/${i}/id`, messageId: 'duplicate', args: { id: m.id } });
      seen.add(m.id);
    });
    for (const m of modelplan.mijlpalen) {
      if (!seen.has(m.id)) out.push({ pointer: '/mijlpalen', messageId: 'missing', args: { id: m.id, titel: m.titel } });
    }
    return out;
  },
});
