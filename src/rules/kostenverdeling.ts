import { isAanname } from '../domain/bron.js';
import { defineRule, type RawFinding } from './define.js';

type Id = 'belowMin' | 'aboveMax';

/** Share of the total as a percentage with one decimal, for the message only. */
/** A share in percent with one decimal, as a number: the message shows it with the language's decimal mark. */
function share(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part * 1000) / total) / 10;
}

export const kostenverdeling = defineRule({
  id: 'kostenverdeling',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Kostenverdeling buiten de norm', en: 'Cost split outside the norm' },
  docs: {
    description: {
      nl: 'Het modelplan geeft per kostencategorie een normaandeel van het totaal (min_aandeel, max_aandeel). Een aandeel daarbuiten is een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel kostenverdeling en een motivering; dan volgt aanvullende beoordeling. Niet gemeld blijft het een waarschuwing. De vergelijking is exact in hele euro’s (100 × deel tegen percentage × totaal).',
      en: 'The modelplan gives each cost category a norm share of the total (min_aandeel, max_aandeel). A share outside it deviates from the normative frame: declare it under afwijkingen with onderdeel kostenverdeling and a motivation; additional review follows. Undeclared it stays a warning. The comparison is exact in whole euros (100 × part against percentage × total).',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (financiële kaders; afwijking leidt tot aanvullende beoordeling)',
    example: '# licenties-en-ict: hooguit 40% van het totaal\nbegroting:\n  - { categorie: licenties-en-ict, omschrijving: Koppeling, jaar: 2027, bedrag: 450000 }\n  - { categorie: implementatie, omschrijving: Uitrol, jaar: 2027, bedrag: 550000 }',
  },
  messages: {
    belowMin: { nl: 'aandeel "{categorie}" is {aandeel}% van het totaal; de norm is minstens {min}%{normBron:assumed}', en: 'share of "{categorie}" is {aandeel}% of the total; the norm is at least {min}%{normBron:assumed}' },
    aboveMax: { nl: 'aandeel "{categorie}" is {aandeel}% van het totaal; de norm is hooguit {max}%{normBron:assumed}', en: 'share of "{categorie}" is {aandeel}% of the total; the norm is at most {max}%{normBron:assumed}' },
  },
  check({ aanvraag, modelplan, totaal }) {
    if (!modelplan || totaal === 0) return [];
    const out: RawFinding<Id>[] = [];
    for (const categorie of modelplan.kostencategorieen) {
      const lines = aanvraag.begroting.map((r, i) => ({ r, i })).filter(({ r }) => r.categorie === categorie.id);
      const part = lines.reduce((s, { r }) => s + r.bedrag, 0);
      const pointer = lines.length > 0 ? `/begroting/${lines[0]!.i}/categorie` : '/begroting';
      const args = { categorie: categorie.id, aandeel: share(part, totaal), normBron: isAanname(categorie.bron) ? 'aanname' : 'bron' };
      if (categorie.min_aandeel !== undefined && 100 * part < categorie.min_aandeel * totaal) {
        out.push({ pointer, messageId: 'belowMin', args: { ...args, min: categorie.min_aandeel }, deviation: 'kostenverdeling' });
      }
      if (categorie.max_aandeel !== undefined && 100 * part > categorie.max_aandeel * totaal) {
        out.push({ pointer, messageId: 'aboveMax', args: { ...args, max: categorie.max_aandeel }, deviation: 'kostenverdeling' });
      }
    }
    return out;
  },
});
