import type { RawFinding } from './define.js';
import { isAanname } from '../domain/bron.js';
import { defineRule } from './define.js';
import { yearOf } from './util.js';

const YEAR = 2029;

export const aandeel2029 = defineRule({
  id: 'aandeel-2029',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Te groot deel in 2029', en: 'Too large a share in 2029' },
  docs: {
    description: {
      nl: 'De middelen worden besteed in 2027 en 2028; alleen een deel mag ook in 2029 worden uitgegeven. Het modelplan legt vast welk deel hooguit (besteding_2029.max_aandeel, een aanname waar de nota geen getal noemt). Een groter deel in 2029 is een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel aandeel-2029 en een motivering. De vergelijking is exact (100 × bedrag 2029 tegen aandeel × totaal). Mijlpaalbetalingen zijn ook geld: bij een modelplan met geld aan mijlpalen telt ook het deel van de mijlpaalbedragen met een datum in 2029.',
      en: 'The money is spent in 2027 and 2028; only part of it may also be spent in 2029. The modelplan sets the largest share (besteding_2029.max_aandeel, an assumption where the note gives no figure). A larger share in 2029 deviates from the normative frame: declare it under afwijkingen with onderdeel aandeel-2029 and a motivation. The comparison is exact (100 × amount in 2029 against share × total). Milestone payments are money too: under a modelplan that ties money to milestones, the share of milestone amounts dated in 2029 counts as well.',
    },
    source: 'Nota VWS 26 maart 2026, §1: “dat een deel van de middelen ook in 2029 uitgegeven mogen worden”; §5a (kasritme 2027–2029)',
    example: '# max_aandeel 25%\nbegroting:\n  - { categorie: implementatie, omschrijving: Uitrol, ontvanger: "73730101", jaar: 2029, bedrag: 2400000 }   # alles in 2029',
  },
  messages: {
    tooMuch: {
      nl: '€ {bedrag:euro} in 2029 is {aandeel}% van het totaal; het modelplan staat hooguit {max}%{normBron:assumed} in 2029 toe; schuif kosten naar 2027 of 2028 of meld de afwijking',
      en: '€ {bedrag:euro} in 2029 is {aandeel}% of the total; the modelplan allows at most {max}%{normBron:assumed} in 2029; move costs to 2027 or 2028 or declare the deviation',
    },
    milestonesTooMuch: {
      nl: '€ {bedrag:euro} aan mijlpalen in 2029 is {aandeel}% van het totaal; het modelplan staat hooguit {max}%{normBron:assumed} in 2029 toe; leg de betalingen eerder of meld de afwijking',
      en: '€ {bedrag:euro} of milestone payments in 2029 is {aandeel}% of the total; the modelplan allows at most {max}%{normBron:assumed} in 2029; pay earlier or declare the deviation',
    },
  },
  check({ aanvraag, modelplan, totaal }) {
    const limit = modelplan?.besteding_2029;
    if (!limit || totaal === 0) return [];
    const lines = aanvraag.begroting.map((r, i) => ({ r, i })).filter(({ r }) => r.jaar === YEAR);
    const bedrag = lines.reduce((s, { r }) => s + r.bedrag, 0);
    const out: RawFinding<'tooMuch' | 'milestonesTooMuch'>[] = [];
    if (100 * bedrag > limit.max_aandeel * totaal) {
      out.push({ pointer: `/begroting/${lines[0]!.i}/jaar`, messageId: 'tooMuch', args: { bedrag, aandeel: Math.floor((100 * bedrag) / totaal), max: limit.max_aandeel, normBron: isAanname(limit.bron) ? 'aanname' : 'bron' }, deviation: 'aandeel-2029' });
    }
    if (!modelplan.geld_aan_mijlpalen) return out;
    const paid = aanvraag.mijlpalen.map((m, i) => ({ m, i })).filter(({ m }) => m.bedrag !== undefined && yearOf(m.datum) === YEAR);
    const mijlpaalBedrag = paid.reduce((s, { m }) => s + m.bedrag!, 0);
    if (out.length === 0 && 100 * mijlpaalBedrag > limit.max_aandeel * totaal) {
      out.push({ pointer: `/mijlpalen/${paid[0]!.i}/bedrag`, messageId: 'milestonesTooMuch', args: { bedrag: mijlpaalBedrag, aandeel: Math.floor((100 * mijlpaalBedrag) / totaal), max: limit.max_aandeel, normBron: isAanname(limit.bron) ? 'aanname' : 'bron' }, deviation: 'aandeel-2029' });
    }
    return out;
  },
});
