import type { Principle } from '../corpus.js';
import { one } from '../corpus.js';

// Nota §1 "aantoonbaar": een nulmeting vóór de start, een besparing die een personeel van deze
// omvang kan leveren; de score beloont geen onaannemelijke claim. AI base: € 2.400.000, norm € 225.000 per fte.
const SEED = 'nota §1 (aantoonbaar en substantieel)';

export const aantoonbaar: Principle = {
  id: 'aantoonbaar',
  title: 'aantoonbare besparing: nulmeting vooraf, aannemelijke omvang',
  traps: [
    { name: 'baseline in the first year of the term', seed: SEED, rule: 'peiljaar', decision: 'ongeldig', files: one('ai', (a) => (a.businesscase.peiljaar = 2027)) },
    { name: 'baseline at the end of the term', seed: SEED, rule: 'peiljaar', decision: 'ongeldig', files: one('ai', (a) => (a.businesscase.peiljaar = 2029)) },
    {
      name: 'an inflated workforce to carry an outsized saving',
      seed: SEED,
      rule: 'doelmatigheid',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => {
        a.businesscase.fte_in_scope = 2000;
        a.businesscase.fte_besparing = 400;
      }),
    },
    { name: 'a saving at the plausibility limit for very little money', seed: SEED, rule: 'doelmatigheid', decision: 'aanvullende-beoordeling', files: one('ai', (a) => (a.businesscase.fte_besparing = 44)) },
    { name: 'more fte saved than the staff in scope', seed: SEED, rule: 'fte-plausibel', decision: 'ongeldig', files: one('ai', (a) => (a.businesscase.fte_besparing = 440)) },
  ],
  lookAlikes: [
    { name: 'a baseline two years before the start', files: one('ai', (a) => (a.businesscase.peiljaar = 2025)) },
    { name: 'a good but plausible saving', files: one('ai', (a) => (a.businesscase.fte_besparing = 24)) },
  ],
};
