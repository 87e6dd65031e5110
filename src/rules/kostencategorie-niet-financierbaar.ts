import { defineRule } from './define.js';

export const kostencategorieNietFinancierbaar = defineRule({
  id: 'kostencategorie-niet-financierbaar',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Kosten niet financierbaar', en: 'Costs not fundable' },
  docs: {
    description: {
      nl: 'Sommige kosten mogen niet uit de doorbraakmiddelen worden betaald. De aanschaf van hulpmiddelen (art. 2.6 Regeling zorgverzekering) valt buiten de Wmg en kan dus niet via de doorbraakmiddelen worden bekostigd; het opzetten van kennisnetwerken over het gebruik ervan wel. Welke categorieën niet financierbaar zijn, staat in het modelplan (financierbaar: false).',
      en: 'Some costs may not be paid from the doorbraakmiddelen. Buying medical aids (art. 2.6 Regeling zorgverzekering) falls outside the Wmg and cannot be funded; setting up knowledge networks on their use can. The modelplan says which categories are not fundable (financierbaar: false).',
    },
    source: 'Nota VWS 26 maart 2026, §4.1 (hulpmiddelen, art. 3 lid 1 onder d Bub Wmg)',
    example: 'begroting:\n  - { categorie: aanschaf-hulpmiddelen, omschrijving: Sensoren, jaar: 2027, bedrag: 500000 }',
  },
  messages: {
    notFundable: { nl: 'kosten in "{categorie}" ({titel}) zijn niet financierbaar uit de doorbraakmiddelen: € {bedrag:euro}', en: 'costs in "{categorie}" ({titel}) cannot be funded from the doorbraakmiddelen: € {bedrag:euro}' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    return aanvraag.begroting.flatMap((regel, i) => {
      const categorie = modelplan.kostencategorieen.find((c) => c.id === regel.categorie);
      return categorie && !categorie.financierbaar
        ? [{ pointer: `/begroting/${i}/categorie`, messageId: 'notFundable' as const, args: { categorie: categorie.id, titel: categorie.titel, bedrag: regel.bedrag } }]
        : [];
    });
  },
});
