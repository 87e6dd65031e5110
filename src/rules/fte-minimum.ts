import { isAanname } from '../domain/bron.js';
import { defineRule } from './define.js';

export const fteMinimum = defineRule({
  id: 'fte-minimum',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Arbeidsbesparing onder het minimum', en: 'Labour saving below the minimum' },
  docs: {
    description: {
      nl: 'Het modelplan noemt de arbeidsbesparing die een project minstens moet aantonen (minimale_fte_besparing). Minder is een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel fte-besparing en een motivering.',
      en: 'The modelplan states the labour saving a project must at least show (minimale_fte_besparing). Less deviates from the normative frame: declare it under afwijkingen with onderdeel fte-besparing and a motivation.',
    },
    source: 'AZWA financiële bijlage §8b (fte-impact leidend); norm uit het modelplan',
    example: '# minimale_fte_besparing van het modelplan: 5\nbusinesscase:\n  fte_besparing: 3',
  },
  messages: {
    below: { nl: 'arbeidsbesparing {fte} fte ligt onder het minimum van {minimum} fte{normBron:assumed}', en: 'labour saving of {fte} FTE is below the minimum of {minimum} FTE{normBron:assumed}' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const fte = aanvraag.businesscase.fte_besparing;
    const minimum = modelplan.businesscase.minimale_fte_besparing.waarde;
    return fte > 0 && fte < minimum ? [{ pointer: '/businesscase/fte_besparing', messageId: 'below', args: { fte, minimum, normBron: isAanname(modelplan.businesscase.minimale_fte_besparing.bron) ? 'aanname' : 'bron' }, deviation: 'fte-besparing' }] : [];
  },
});
