import { matchDecision } from '../round/match.js';
import { defineRule } from './define.js';
import { byText } from '../domain/compare.js';

export const beoordelingDubbel = defineRule({
  id: 'beoordeling-dubbel',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Twee beoordelingen voor dezelfde rol', en: 'Two decisions for the same role' },
  docs: {
    description: {
      nl: 'Per aanvraag en rol (coordinerend, tweede) is er één beoordeling. Bij meer dan één krijgt elke beoordeling na de eerste (op gesorteerd pad) een fout die de eerste noemt; status telt geen van beide tot er één over is.',
      en: 'There is one decision per application and role (coordinerend, tweede). With more than one, each decision after the first (by sorted path) gets an error naming the first; status counts none of them until one is left.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: '# a-coordinerend.yaml en b-coordinerend.yaml beoordelen dezelfde aanvraag als coordinerend',
  },
  messages: {
    duplicate: { nl: 'er is al een {rol} beoordeling van {bestand}: {eerste}', en: 'there is already a {rol} decision on {bestand}: {eerste}' },
  },
  check({ aanvragen, beoordelingen }) {
    const first = new Map<string, string>();
    const out = [];
    for (const d of [...beoordelingen].sort(byText((d) => d.file))) {
      const match = matchDecision(d, aanvragen);
      if (match.kind === 'onbekend') continue;
      const key = `${match.application.file}\u0000${d.beoordeling.rol}`;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, d.file);
      else out.push({ file: d.file, pointer: '/rol', messageId: 'duplicate' as const, args: { rol: d.beoordeling.rol, bestand: match.application.file, eerste: earlier } });
    }
    return out;
  },
});
