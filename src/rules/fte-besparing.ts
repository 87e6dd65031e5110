import { defineRule } from './define.js';

export const fteBesparing = defineRule({
  id: 'fte-besparing',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Geen arbeidsbesparing in fte', en: 'No labour saving in FTE' },
  docs: {
    description: {
      nl: 'De doorbraakmiddelen zijn voor initiatieven die aantoonbaar arbeidsinzet in de zorg besparen; de fte-impact is het leidende criterium. Een businesscase zonder bespaarde fte (0) kan niet worden beoordeeld.',
      en: 'The doorbraakmiddelen are for initiatives that demonstrably save labour in care; FTE impact is the leading criterion. A business case with no FTE saved (0) cannot be assessed.',
    },
    source: 'Nota VWS 26 maart 2026, §1; AZWA financiële bijlage §8b (fte-impact leidend)',
    example: 'businesscase:\n  fte_besparing: 0\n  onderbouwing: Nog niet berekend',
  },
  messages: {
    none: { nl: 'de businesscase toont geen arbeidsbesparing: fte_besparing moet groter zijn dan 0', en: 'the business case shows no labour saving: fte_besparing must be greater than 0' },
  },
  check({ aanvraag }) {
    return aanvraag.businesscase.fte_besparing > 0 ? [] : [{ pointer: '/businesscase/fte_besparing', messageId: 'none' }];
  },
});
