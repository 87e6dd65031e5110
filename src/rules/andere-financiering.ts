import { defineRule } from './define.js';

export const andereFinanciering = defineRule({
  id: 'andere-financiering',
  scope: 'aanvraag',
  severity: 'info',
  title: { nl: 'Andere financiering voor dezelfde activiteiten', en: 'Other funding for the same activities' },
  docs: {
    description: {
      nl: 'Een aanvraag meldt onder andere_financiering welke andere middelen dezelfde activiteiten al dekken (IZA-transformatiemiddelen, een andere SPUK, een andere subsidie), met bedrag en omschrijving. Dubbele financiering is niet toegestaan; elke gemelde andere financiering is daarom een reden voor aanvullende beoordeling.',
      en: 'An application declares under andere_financiering which other money already covers the same activities (IZA transformatiemiddelen, another SPUK, another subsidy), with amount and description. Double funding is not allowed; every declared other funding is therefore a reason for additional review.',
    },
    source: 'SPUK IZA Bijlage I (geen dubbele financiering)',
    example: 'andere_financiering:\n  - { soort: iza-transformatiemiddelen, bedrag: 250000, omschrijving: "Pilot spraakherkenning 2025" }',
  },
  messages: {
    declared: {
      nl: 'andere financiering ({soort}, € {bedrag:euro}): "{omschrijving}"; de beoordelaars toetsen of dezelfde activiteiten niet dubbel worden gefinancierd',
      en: 'other funding ({soort}, € {bedrag:euro}): "{omschrijving}"; the assessors check that the same activities are not funded twice',
    },
  },
  check({ aanvraag }) {
    return (aanvraag.andere_financiering ?? []).map((f, i) => ({
      pointer: `/andere_financiering/${i}`,
      messageId: 'declared' as const,
      args: { soort: f.soort, bedrag: f.bedrag, omschrijving: f.omschrijving },
      reviewReason: true,
    }));
  },
  withoutModelplan: true,
});
