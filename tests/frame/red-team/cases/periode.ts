import type { Principle } from '../corpus.js';
import { line, one } from '../corpus.js';

// Nota §1, §5a, §5e: kosten van 2027–2029, een deel in 2029; de periode die een kost dekt telt,
// niet alleen het jaar waarin hij geboekt is; mijlpaalbetalingen zijn ook geld. AI base: looptijd 2027–2029.
const SEED = 'nota §1, §5a, §5e';

export const periode: Principle = {
  id: 'periode',
  title: 'de periode die een kost dekt ligt in 2027–2029',
  traps: [
    { name: 'licence booked in 2027 that runs to 2031', seed: SEED, rule: 'kosten-periode', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 2, 'Licentie spraakmodule 2027-2031, in één keer vooruit betaald')) },
    { name: 'multi-year licence for five years', seed: SEED, rule: 'kosten-periode', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 3, 'Meerjarige licentie voor vijf jaar')) },
    { name: 'English prepaid 48-month contract', seed: SEED, rule: 'kosten-periode', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 2, 'Prepaid 48-month support contract for the speech module')) },
    { name: 'buy-out up to and including 2032', seed: SEED, rule: 'kosten-periode', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 3, 'Eenmalige afkoop van het onderhoud tot en met 2032')) },
    {
      name: 'milestone money mostly paid in 2029',
      seed: SEED,
      rule: 'aandeel-2029',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => {
        const m = a.mijlpalen;
        m[0]!.bedrag = 360000;
        m[1]!.bedrag = 360000;
        m[2]!.bedrag = 480000;
        m[3]!.bedrag = 1200000;
      }),
    },
    { name: 'milestone with money after the term', seed: SEED, rule: 'mijlpaal-looptijd', decision: 'ongeldig', files: one('ai', (a) => (a.mijlpalen[3]!.datum = '2030-03-31')) },
  ],
  lookAlikes: [
    { name: 'a licence for exactly the term', files: one('ai', (a) => line(a, 2, 'Eenmalige licentie voor de looptijd 2027-2029')) },
    { name: 'a baseline year named in an evaluation line', files: one('ai', (a) => line(a, 9, 'Nulmeting (peiljaar 2026) en tussenmeting rapportagetijd')) },
    { name: 'training sessions of two hours', files: one('ai', (a) => line(a, 4, 'Training superusers in 3 sessies van 2 uur')) },
  ],
};
