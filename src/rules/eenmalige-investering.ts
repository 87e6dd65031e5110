import { defineRule } from './define.js';

export const eenmaligeInvestering = defineRule({
  id: 'eenmalige-investering',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Structurele kosten', en: 'Structural costs' },
  docs: {
    description: {
      nl: 'Doorbraakmiddelen zijn een tijdelijke, eenmalige investering; structurele of terugkerende kosten horen er niet in. De structurele financiering moet juist geborgd zijn buiten deze middelen.',
      en: 'Doorbraakmiddelen are a temporary, one-off investment; structural or recurring costs do not belong in them. Structural financing must be secured outside this money.',
    },
    source: 'Beleidskeuzes doorbraakmiddelen (seed 004): tijdelijke investeringen, structurele financiering geborgd; SPUK IZA Bijlage I: eenmalig, geen structurele kosten',
    example: 'begroting:\n  - { categorie: licenties-en-ict, omschrijving: Jaarlicentie, jaar: 2028, bedrag: 120000, structureel: true }',
  },
  messages: {
    structural: { nl: 'structurele kosten ("{omschrijving}") horen niet in de doorbraakmiddelen: die zijn eenmalig', en: 'structural costs ("{omschrijving}") do not belong in the doorbraakmiddelen: they are one-off' },
  },
  check({ aanvraag }) {
    return aanvraag.begroting.flatMap((regel, i) =>
      regel.structureel === true ? [{ pointer: `/begroting/${i}/structureel`, messageId: 'structural' as const, args: { omschrijving: regel.omschrijving } }] : [],
    );
  },
});
