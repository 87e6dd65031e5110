import type { Principle } from '../corpus.js';
import { example } from '../corpus.js';
import { otherCoalition } from '../recode.js';

// Nota §4.2: één indienmoment en één aanvraag per project per regio, ingediend door een coalitie
// of een individuele regio.
const SEED = 'nota §4.2 (één aanvraag per project per regio)';

export const indiening: Principle = {
  id: 'indiening',
  title: 'één aanvraag per project per regio',
  traps: [
    {
      name: 'two coalitions apply for the same application area in the same region',
      seed: SEED,
      rule: 'project-regio',
      decision: 'aanvullende-beoordeling',
      files: () => {
        const b = example('ai');
        otherCoalition(b, '77', 'ZK11');
        return { 'a.yaml': example('ai'), 'b.yaml': b };
      },
    },
    {
      name: 'the same project again under another title with other amounts',
      seed: SEED,
      rule: 'project-regio',
      decision: 'aanvullende-beoordeling',
      files: () => {
        const b = example('ai');
        b.titel = 'Spraak in de zorg, Vechtstreek';
        b.begroting[0]!.bedrag = 480000;
        b.begroting[1]!.bedrag = 540000;
        return { 'a.yaml': example('ai'), 'b.yaml': b };
      },
    },
  ],
  lookAlikes: [
    {
      name: 'one coalition under two different modelplannen in its region',
      files: () => {
        const b = example('copd');
        return { 'a.yaml': example('ai'), 'b.yaml': b };
      },
    },
    {
      name: 'two coalitions in different regions',
      files: () => {
        const b = example('ai');
        otherCoalition(b, '88', 'ZK21');
        return { 'a.yaml': example('ai'), 'b.yaml': b };
      },
    },
  ],
};
