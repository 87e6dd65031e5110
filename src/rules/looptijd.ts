import { defineRule } from './define.js';

export const looptijd = defineRule({
  id: 'looptijd',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Besteding buiten de looptijd', en: 'Spending outside the term' },
  docs: {
    description: {
      nl: 'De doorbraakmiddelen worden besteed in 2027 en 2028, en deels in 2029. Elke begrotingsregel valt in een jaar binnen de looptijd van het modelplan.',
      en: 'The doorbraakmiddelen are spent in 2027 and 2028, and partly in 2029. Every budget line falls in a year inside the modelplan’s term.',
    },
    source: 'Nota VWS 26 maart 2026, §1 en §5a (kasritme 2027–2029)',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: Nazorg, jaar: 2030, bedrag: 100000 }',
  },
  messages: {
    outside: { nl: 'jaar {jaar} valt buiten de looptijd van het modelplan ({van}–{tot})', en: 'year {jaar} is outside the modelplan’s term ({van}–{tot})' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const { van, tot_en_met: tot } = modelplan.looptijd;
    return aanvraag.begroting.flatMap((regel, i) =>
      regel.jaar < van || regel.jaar > tot ? [{ pointer: `/begroting/${i}/jaar`, messageId: 'outside' as const, args: { jaar: regel.jaar, van, tot } }] : [],
    );
  },
});
