import type { Principle } from '../corpus.js';
import { one } from '../corpus.js';

// Nota §4.2: aanvullende inhoudelijke beoordeling waar van het normatieve kader wordt afgeweken,
// ook als dat alleen in de vrije tekst staat.
const SEED = 'nota §4.2 (afwijking van het normatieve kader)';

export const afwijking: Principle = {
  id: 'afwijking',
  title: 'een afwijking die alleen beschreven is, is ook een afwijking',
  traps: [
    { name: 'separable verb: wij wijken ... af', seed: SEED, rule: 'afwijking-beschreven', decision: 'aanvullende-beoordeling', files: one('ai', (a) => (a.businesscase.onderbouwing += ' Op de kostenverdeling wijken wij bewust af van het modelplan.')) },
    { name: 'adjective: afwijkend van het modelplan', seed: SEED, rule: 'afwijking-beschreven', decision: 'aanvullende-beoordeling', files: one('ai', (a) => (a.borging.omschrijving += ' Afwijkend van het modelplan starten we zonder superusernetwerk.')) },
    { name: 'English: we deviate from the milestones', seed: SEED, rule: 'afwijking-beschreven', decision: 'aanvullende-beoordeling', files: one('ai', (a) => (a.mijlpalen[2]!.omschrijving = 'We deviate from the prescribed milestone schedule and scale up in 2029')) },
    { name: 'instead of the prescribed milestone', seed: SEED, rule: 'afwijking-beschreven', decision: 'aanvullende-beoordeling', files: one('ai', (a) => (a.businesscase.maatschappelijke_businesscase = 'In plaats van de voorgeschreven mijlpaalplanning hanteren we een eigen fasering.')) },
    { name: 'not in line with the frame, in the regional part', seed: SEED, rule: 'afwijking-beschreven', decision: 'aanvullende-beoordeling', files: one('copd', (a) => (a.businesscase.onderbouwing += ' De doelgroep is ruimer dan het kader toestaat: een uitzondering op de norm.')) },
  ],
  lookAlikes: [
    { name: 'teams finishing their training (ronden ... af)', files: one('ai', (a) => (a.borging.omschrijving += ' De wijkteams ronden de training in 2028 af.')) },
    { name: 'working according to the modelplan', files: one('ai', (a) => (a.businesscase.onderbouwing += ' De wijkverpleegkundigen werken volgens het modelplan.')) },
  ],
};
