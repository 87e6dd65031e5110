import { defineRule } from './define.js';

export const bovengrens = defineRule({
  id: 'bovengrens',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Totaal boven de bovengrens', en: 'Total above the upper limit' },
  docs: {
    description: {
      nl: 'Voor elk doorbraakproject geldt een bovengrens: er kan niet meer dan dat bedrag aan het project worden uitgegeven. Het aangevraagde totaal (de som van de begroting) mag de bovengrens van het modelplan niet overschrijden.',
      en: 'Every breakthrough project has an upper limit: no more than that amount can be spent on it. The total requested (the sum of the budget) may not exceed the modelplan’s upper limit.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (bovengrens per doorbraakproject)',
    example: '# bovengrens van het modelplan: 1.500.000\nbegroting:\n  - { categorie: implementatie, omschrijving: Uitrol, jaar: 2027, bedrag: 1800000 }',
  },
  messages: {
    exceeded: { nl: 'aangevraagd totaal € {totaal:euro} ligt € {teveel:euro} boven de bovengrens van € {grens:euro}', en: 'total requested € {totaal:euro} is € {teveel:euro} above the upper limit of € {grens:euro}' },
  },
  check({ modelplan, totaal }) {
    if (!modelplan || totaal <= modelplan.bovengrens.bedrag) return [];
    const grens = modelplan.bovengrens.bedrag;
    return [{ pointer: '/begroting', messageId: 'exceeded', args: { totaal, grens, teveel: totaal - grens } }];
  },
});
