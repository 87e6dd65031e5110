import { defineRule, type RawFinding } from './define.js';

type Id = 'minAboveMax' | 'minsTooHigh' | 'maxesTooLow' | 'normOnNotFundable';

export const modelplanNormaandelen = defineRule({
  id: 'modelplan-normaandelen',
  scope: 'modelplan',
  severity: 'error',
  title: { nl: 'Normaandelen kunnen niet samen kloppen', en: 'Norm shares cannot add up' },
  docs: {
    description: {
      nl: 'De normaandelen per kostencategorie moeten een begroting toelaten die aan alle normen voldoet: per categorie min ≤ max, de minima samen hooguit 100% en de maxima samen minstens 100% (een categorie zonder maximum telt als 100%). Een niet-financierbare categorie heeft geen normaandeel.',
      en: 'The norm shares per cost category must allow a budget that meets every norm: per category min ≤ max, the minima together at most 100% and the maxima together at least 100% (a category without a maximum counts as 100%). A non-fundable category has no norm share.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (financiële kaders in het modelplan)',
    example: 'kostencategorieen:\n  - { id: implementatie, titel: …, financierbaar: true, min_aandeel: 70, bron: … }\n  - { id: opleiding, titel: …, financierbaar: true, min_aandeel: 40, bron: … }   # samen 110%',
  },
  messages: {
    minAboveMax: { nl: 'categorie "{id}": minimaal aandeel {min}% is groter dan maximaal aandeel {max}%', en: 'category "{id}": minimum share {min}% is above maximum share {max}%' },
    minsTooHigh: { nl: 'de minimale aandelen tellen op tot {som}%: meer dan 100%', en: 'the minimum shares add up to {som}%: more than 100%' },
    maxesTooLow: { nl: 'de maximale aandelen tellen op tot {som}%: minder dan 100%', en: 'the maximum shares add up to {som}%: less than 100%' },
    normOnNotFundable: { nl: 'categorie "{id}" is niet financierbaar en kan geen normaandeel hebben', en: 'category "{id}" is not fundable and cannot have a norm share' },
  },
  check({ modelplan }) {
    const out: RawFinding<Id>[] = [];
    const fundable = modelplan.kostencategorieen.filter((c) => c.financierbaar);
    modelplan.kostencategorieen.forEach((c, i) => {
      if (c.min_aandeel !== undefined && c.max_aandeel !== undefined && c.min_aandeel > c.max_aandeel) {
        out.push({ pointer: `/kostencategorieen/${i}`, messageId: 'minAboveMax', args: { id: c.id, min: c.min_aandeel, max: c.max_aandeel } });
      }
      if (!c.financierbaar && (c.min_aandeel !== undefined || c.max_aandeel !== undefined)) {
        out.push({ pointer: `/kostencategorieen/${i}`, messageId: 'normOnNotFundable', args: { id: c.id } });
      }
    });
    const mins = fundable.reduce((s, c) => s + (c.min_aandeel ?? 0), 0);
    const maxes = fundable.reduce((s, c) => s + (c.max_aandeel ?? 100), 0);
    if (mins > 100) out.push({ pointer: '/kostencategorieen', messageId: 'minsTooHigh', args: { som: mins } });
    if (maxes < 100) out.push({ pointer: '/kostencategorieen', messageId: 'maxesTooLow', args: { som: maxes } });
    return out;
  },
});
