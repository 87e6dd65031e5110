import { frameIsAssumed } from '../domain/route.js';
import { isAanname } from '../domain/bron.js';
import { defineRule } from './define.js';

export const bovengrens = defineRule({
  id: 'bovengrens',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Totaal boven de bovengrens', en: 'Total above the upper limit' },
  docs: {
    description: {
      nl: 'Voor elk doorbraakproject geldt een bovengrens: er kan niet meer dan dat bedrag aan het project worden uitgegeven. Het aangevraagde totaal (de som van de begroting) mag de bovengrens van het modelplan niet overschrijden. Op de SPUK-route (sociaal domein) beschrijven de seeds geen bovengrens (§3: aparte afspraken; §4.3): daar is de bovengrens van het modelplan een aanname van deze tool, en een totaal erboven een afwijking (reden voor aanvullende beoordeling, waarschuwing), geen fout.',
      en: 'Every breakthrough project has an upper limit: no more than that amount can be spent on it. The total requested (the sum of the budget) may not exceed the modelplan’s upper limit. On the SPUK route (social domain) the seeds describe no upper limit (§3: separate agreements; §4.3): there the modelplan’s upper limit is this tool’s assumption, and a total above it is a deviation (a reason for additional review, a warning), not an error.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (bovengrens per doorbraakproject); op de SPUK-route een aanname van deze tool (§3, §4.3)',
    example: '# bovengrens van het modelplan: 1.500.000\nbegroting:\n  - { categorie: implementatie, omschrijving: Uitrol, jaar: 2027, bedrag: 1800000 }',
  },
  messages: {
    exceeded: { nl: 'aangevraagd totaal € {totaal:euro} ligt € {teveel:euro} boven de bovengrens van € {grens:euro}{normBron:assumed}', en: 'total requested € {totaal:euro} is € {teveel:euro} above the upper limit of € {grens:euro}{normBron:assumed}' },
    exceededAssumed: {
      nl: 'aangevraagd totaal € {totaal:euro} ligt € {teveel:euro} boven de bovengrens van € {grens:euro} (aanname: de seeds noemen voor de SPUK-route geen bovengrens); een afwijking voor aanvullende beoordeling: motiveer het bedrag of breng het terug tot de bovengrens',
      en: 'total requested € {totaal:euro} is € {teveel:euro} above the upper limit of € {grens:euro} (assumption: the seeds name no upper limit for the SPUK route); a deviation for additional review: justify the amount or bring it down to the upper limit',
    },
  },
  check({ modelplan, totaal }) {
    if (!modelplan || totaal <= modelplan.bovengrens.bedrag) return [];
    const grens = modelplan.bovengrens.bedrag;
    const args = { totaal, grens, teveel: totaal - grens };
    if (frameIsAssumed(modelplan)) return [{ pointer: '/begroting', messageId: 'exceededAssumed', args, severity: 'warning', reviewReason: true }];
    return [{ pointer: '/begroting', messageId: 'exceeded', args: { ...args, normBron: isAanname(modelplan.bovengrens.bron) ? 'aanname' : 'bron' } }];
  },
});
