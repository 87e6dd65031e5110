import { isAanname } from '../domain/bron.js';
import { defineRule } from './define.js';

export const mijlpaalTermijn = defineRule({
  id: 'mijlpaal-termijn',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Mijlpaal later dan het kader', en: 'Milestone later than the frame' },
  docs: {
    description: {
      nl: 'Het modelplan geeft per mijlpaal een uiterlijke datum. Een latere datum (binnen de looptijd) is een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel mijlpaalplanning en een motivering.',
      en: 'The modelplan gives each milestone a latest date. A later date (inside the term) deviates from the normative frame: declare it under afwijkingen with onderdeel mijlpaalplanning and a motivation.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (concrete mijlpalen; afwijking leidt tot aanvullende beoordeling)',
    example: '# uiterlijk volgens het modelplan: 2028-12-31\nmijlpalen:\n  - { id: opgeschaald, datum: "2029-03-31" }',
  },
  messages: {
    late: { nl: 'mijlpaal "{id}" op {datum} is later dan de uiterlijke datum {uiterlijk}{normBron:assumed} van het modelplan', en: 'milestone "{id}" on {datum} is later than the modelplan’s latest date {uiterlijk}{normBron:assumed}' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    return aanvraag.mijlpalen.flatMap((m, i) => {
      const frame = modelplan.mijlpalen.find((f) => f.id === m.id);
      return frame && m.datum > frame.uiterlijk
        ? [{ pointer: `/mijlpalen/${i}/datum`, messageId: 'late' as const, args: { id: m.id, datum: m.datum, uiterlijk: frame.uiterlijk, normBron: isAanname(frame.bron) ? 'aanname' : 'bron' }, deviation: 'mijlpaalplanning' as const }]
        : [];
    });
  },
});
