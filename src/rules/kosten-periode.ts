import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { findConcept, tokenize } from './text-signal.js';

type Id = 'yearAfter' | 'duration' | 'multiYear';

const NUMBER_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const YEAR_UNITS = new Set(['jaar', 'jaren', 'jarig', 'jarige', 'year', 'years']);
const MONTH_UNITS = new Set(['maand', 'maanden', 'month', 'months']);

/** The longest period in months the text names (`36 maanden`, `vijf jaar`, `48-month`), or 0. */
function longestDuration(words: readonly string[]): number {
  let longest = 0;
  for (let i = 0; i + 1 < words.length; i += 1) {
    const count = /^\d{1,3}$/.test(words[i]!) ? Number(words[i]) : NUMBER_WORDS[words[i]!];
    if (count === undefined) continue;
    const unit = words[i + 1]!;
    if (YEAR_UNITS.has(unit)) longest = Math.max(longest, 12 * count);
    if (MONTH_UNITS.has(unit)) longest = Math.max(longest, count);
  }
  return longest;
}

export const kostenPeriode = defineRule({
  id: 'kosten-periode',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Kosten dekken jaren buiten de looptijd', en: 'Costs cover years outside the term' },
  docs: {
    description: {
      nl: 'De doorbraakmiddelen worden besteed in 2027, 2028 en deels 2029 (nota §1, §5a): het telt welke periode een kost dekt, niet alleen het jaar waarin hij geboekt is. Een begrotingsregel die een jaar na de looptijd noemt (2031, t/m 2032), een duur die verder reikt dan het einde van de looptijd gerekend vanaf het jaar van de regel (vijf jaar, 48 maanden, 5-year), of een vooruitbetaling, afkoop of meerjarige verplichting (vooruitbetaald, meerjarig, prepaid, upfront, multi-year, buy-out) is een reden voor aanvullende beoordeling. Een jaar vóór de looptijd (een nulmeting in het peiljaar) telt niet.',
      en: 'The doorbraakmiddelen are spent in 2027, 2028 and partly 2029 (note §1, §5a): what counts is the period a cost covers, not only the year it is booked. A budget line naming a year after the term (2031, up to 2032), a duration reaching past the end of the term counted from the line’s year (five years, 48 months), or a prepayment, buy-out or multi-year commitment is a reason for additional review. A year before the term (a baseline in the reference year) does not count.',
    },
    source: 'Nota VWS 26 maart 2026, §1 ("een deel van de middelen ook in 2029"), §5a (kasritme 2027, 2028 en 2029), §5e (plafond tot en met 2029)',
    example: 'begroting:\n  - { categorie: licenties-en-ict, omschrijving: "Licentie 2027-2031, vooruitbetaald", jaar: 2027, bedrag: 300000 }',
  },
  messages: {
    yearAfter: {
      nl: 'omschrijving "{omschrijving}" noemt {jaar}, na de looptijd (t/m {totEnMet}); vraag alleen kosten aan die de jaren van de looptijd dekken',
      en: 'description "{omschrijving}" names {jaar}, after the term (up to {totEnMet}); request only costs that cover the years of the term',
    },
    duration: {
      nl: 'omschrijving "{omschrijving}" dekt {maanden} maanden vanaf {jaar}, verder dan het einde van de looptijd ({totEnMet}); vraag alleen het deel binnen de looptijd aan',
      en: 'description "{omschrijving}" covers {maanden} months from {jaar}, past the end of the term ({totEnMet}); request only the part within the term',
    },
    multiYear: {
      nl: 'omschrijving "{omschrijving}" noemt "{gevonden}": een vooruitbetaling of meerjarige verplichting dekt jaren buiten de looptijd ({bron}); vraag alleen de kosten binnen de looptijd aan',
      en: 'description "{omschrijving}" says "{gevonden}": a prepayment or multi-year commitment covers years outside the term ({bron}); request only the costs within the term',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    if (!modelplan) return [];
    const totEnMet = modelplan.looptijd.tot_en_met;
    const meerjarig = frame.referentielijsten?.begrippen.meerjarig;
    const out: RawFinding<Id>[] = [];
    aanvraag.begroting.forEach((regel, i) => {
      const pointer = `/begroting/${i}/omschrijving`;
      const omschrijving = regel.omschrijving;
      const years = [...omschrijving.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
      const after = years.find((y) => y > totEnMet);
      if (after !== undefined) {
        out.push({ pointer, messageId: 'yearAfter', args: { omschrijving, jaar: after, totEnMet } });
        return;
      }
      const tokens = tokenize(omschrijving);
      const maanden = longestDuration(tokens.map((t) => t.forms[0]!));
      if (maanden > 12 * (totEnMet - regel.jaar + 1)) {
        out.push({ pointer, messageId: 'duration', args: { omschrijving, maanden, jaar: regel.jaar, totEnMet } });
        return;
      }
      const found = findConcept(tokens, meerjarig);
      if (found && meerjarig) out.push({ pointer, messageId: 'multiYear', args: { omschrijving, gevonden: found.found, bron: meerjarig.bron } });
    });
    return out.map((f) => ({ ...f, reviewReason: true }));
  },
});
