import { isAanname } from '../domain/bron.js';
import { defineRule } from './define.js';
import { asDecimalFraction, exceedsPerFte } from './util.js';

/** Whether norm × fte ÷ totaal > waarde / 100, exactly. */
function beyondPlausible(totaal: number, fte: number, norm: number, waarde: number): boolean {
  const fraction = asDecimalFraction(fte);
  if (!fraction) return (100 * norm * fte) / totaal > waarde;
  return 100n * BigInt(norm) * fraction.numerator > BigInt(waarde) * BigInt(totaal) * 10n ** BigInt(fraction.scale);
}

export const doelmatigheid = defineRule({
  id: 'doelmatigheid',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Te duur per bespaarde fte', en: 'Too costly per FTE saved' },
  docs: {
    description: {
      nl: 'Het aangevraagde bedrag per bespaarde fte (totaal gedeeld door fte_besparing) ligt boven de norm van het modelplan (maximaal_bedrag_per_fte). Dat is een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel doelmatigheid en een motivering. De vergelijking is exact (totaal tegen norm × fte). Omgekeerd is een aanvraag die veel minder per fte vraagt dan de norm niet aannemelijk zonder onderbouwing (nota §1: aantoonbaar): boven max_doelmatigheid (procent van de norm, een aanname) is dat ook een afwijking, en de score telt de doelmatigheid niet hoger dan dat.',
      en: 'The amount requested per FTE saved (total divided by fte_besparing) is above the modelplan’s norm (maximaal_bedrag_per_fte). That deviates from the normative frame: declare it under afwijkingen with onderdeel doelmatigheid and a motivation. The comparison is exact (total against norm × FTE). Conversely, an application asking far less per FTE than the norm is not plausible without substantiation (note §1: demonstrable): above max_doelmatigheid (percent of the norm, an assumption) that is a deviation too, and the score counts doelmatigheid no higher than that.',
    },
    source: 'AZWA financiële bijlage §8b (fte-impact leidend); Beleidskeuzes doorbraakmiddelen (seed 004): doelmatigheid',
    example: '# norm: € 150.000 per fte\nbusinesscase:\n  fte_besparing: 4   # bij een totaal van € 1.000.000: € 250.000 per fte',
  },
  messages: {
    tooCostly: { nl: '€ {perFte:euro} per bespaarde fte ligt boven de norm van € {norm:euro}{normBron:assumed}', en: '€ {perFte:euro} per FTE saved is above the norm of € {norm:euro}{normBron:assumed}' },
    implausible: {
      nl: '€ {perFte:euro} per bespaarde fte is meer dan {max}% zo doelmatig als de norm van € {norm:euro}; dat is niet aannemelijk zonder onderbouwing ({bron}); onderbouw de besparing met een nulmeting of meld de afwijking',
      en: '€ {perFte:euro} per FTE saved is more than {max}% as efficient as the norm of € {norm:euro}; that is not plausible without substantiation ({bron}); substantiate the saving with a baseline or declare the deviation',
    },
  },
  check({ aanvraag, modelplan, totaal }) {
    if (!modelplan) return [];
    const fte = aanvraag.businesscase.fte_besparing;
    const norm = modelplan.businesscase.maximaal_bedrag_per_fte.bedrag;
    if (fte <= 0 || totaal <= 0) return [];
    const cap = modelplan.businesscase.max_doelmatigheid;
    if (cap && beyondPlausible(totaal, fte, norm, cap.waarde)) {
      return [{ pointer: '/businesscase/fte_besparing', messageId: 'implausible', args: { perFte: Math.floor(totaal / fte), norm, max: cap.waarde, bron: cap.bron }, deviation: 'doelmatigheid' }];
    }
    if (!exceedsPerFte(totaal, fte, norm)) return [];
    return [{ pointer: '/businesscase/fte_besparing', messageId: 'tooCostly', args: { perFte: Math.floor(totaal / fte), norm, normBron: isAanname(modelplan.businesscase.maximaal_bedrag_per_fte.bron) ? 'aanname' : 'bron' }, deviation: 'doelmatigheid' }];
  },
});
