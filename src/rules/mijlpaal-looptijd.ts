import { defineRule } from './define.js';
import { yearOf } from './util.js';

export const mijlpaalLooptijd = defineRule({
  id: 'mijlpaal-looptijd',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Mijlpaal buiten de looptijd', en: 'Milestone outside the term' },
  docs: {
    description: {
      nl: 'Geld is gekoppeld aan mijlpalen en wordt uitgekeerd als ze gehaald zijn; een mijlpaal na de looptijd kan dus niet meer uit de doorbraakmiddelen worden betaald.',
      en: 'Money is tied to milestones and paid when they are met; a milestone after the term can no longer be paid from the doorbraakmiddelen.',
    },
    source: 'Nota VWS 26 maart 2026, §1 (looptijd 2027–2029); SPUK IZA Bijlage I (geld aan mijlpalen)',
    example: 'mijlpalen:\n  - { id: eindevaluatie, datum: "2030-03-31" }',
  },
  messages: {
    outside: { nl: 'mijlpaal "{id}" op {datum} valt buiten de looptijd ({van}–{tot})', en: 'milestone "{id}" on {datum} is outside the term ({van}–{tot})' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const { van, tot_en_met: tot } = modelplan.looptijd;
    return aanvraag.mijlpalen.flatMap((m, i) => {
      const year = yearOf(m.datum);
      return year < van || year > tot ? [{ pointer: `/mijlpalen/${i}/datum`, messageId: 'outside' as const, args: { id: m.id, datum: m.datum, van, tot } }] : [];
    });
  },
});
