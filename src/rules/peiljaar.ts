import { defineRule } from './define.js';

export const peiljaar = defineRule({
  id: 'peiljaar',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Nulmeting niet vóór de start', en: 'Baseline not before the start' },
  docs: {
    description: {
      nl: 'De besparing moet aantoonbaar zijn (nota §1): dat kan alleen tegen een nulmeting van vóór de start. Het peiljaar van de businesscase ligt daarom vóór het eerste jaar van de looptijd van het modelplan; een peiljaar in of na de looptijd meet een situatie waarin het geld al wordt besteed.',
      en: 'The saving must be demonstrable (note §1): that is only possible against a baseline from before the start. The business case’s reference year therefore lies before the first year of the modelplan’s term; a reference year in or after the term measures a situation in which the money is already being spent.',
    },
    source: 'Nota VWS 26 maart 2026, §1 ("aantoonbaar en snel substantieel arbeidsinzet besparen"); SPUK IZA Bijlage I (impactanalyse)',
    example: 'businesscase:\n  peiljaar: 2027   # looptijd 2027-2029',
  },
  messages: {
    notBefore: {
      nl: 'peiljaar {peiljaar} ligt niet vóór de looptijd ({van}–{totEnMet}); meet de uitgangssituatie vóór {van}',
      en: 'reference year {peiljaar} is not before the term ({van}–{totEnMet}); measure the baseline before {van}',
    },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const { van, tot_en_met: totEnMet } = modelplan.looptijd;
    const jaar = aanvraag.businesscase.peiljaar;
    return jaar < van ? [] : [{ pointer: '/businesscase/peiljaar', messageId: 'notBefore', args: { peiljaar: jaar, van, totEnMet } }];
  },
});
