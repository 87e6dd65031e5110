import { defineRule } from './define.js';
import { exceedsPerFte } from './util.js';

export const doelmatigheid = defineRule({
  id: 'doelmatigheid',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Te duur per bespaarde fte', en: 'Too costly per FTE saved' },
  docs: {
    description: {
      nl: 'Het aangevraagde bedrag per bespaarde fte (totaal gedeeld door fte_besparing) ligt boven de norm van het modelplan (maximaal_bedrag_per_fte). Dat is een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel doelmatigheid en een motivering. De vergelijking is exact (totaal tegen norm × fte).',
      en: 'The amount requested per FTE saved (total divided by fte_besparing) is above the modelplan’s norm (maximaal_bedrag_per_fte). That deviates from the normative frame: declare it under afwijkingen with onderdeel doelmatigheid and a motivation. The comparison is exact (total against norm × FTE).',
    },
    source: 'AZWA financiële bijlage §8b (fte-impact leidend); Beleidskeuzes doorbraakmiddelen (seed 004): doelmatigheid',
    example: '# norm: € 150.000 per fte\nbusinesscase:\n  fte_besparing: 4   # bij een totaal van € 1.000.000: € 250.000 per fte',
  },
  messages: {
    tooCostly: { nl: '€ {perFte:euro} per bespaarde fte ligt boven de norm van € {norm:euro}', en: '€ {perFte:euro} per FTE saved is above the norm of € {norm:euro}' },
  },
  check({ aanvraag, modelplan, totaal }) {
    if (!modelplan) return [];
    const fte = aanvraag.businesscase.fte_besparing;
    const norm = modelplan.businesscase.maximaal_bedrag_per_fte.bedrag;
    if (fte <= 0 || !exceedsPerFte(totaal, fte, norm)) return [];
    return [{ pointer: '/businesscase/fte_besparing', messageId: 'tooCostly', args: { perFte: Math.floor(totaal / fte), norm }, deviation: 'doelmatigheid' }];
  },
});
