import { matchDecision } from '../round/match.js';
import { defineRule } from './define.js';

export const beoordelingReactie = defineRule({
  id: 'beoordeling-reactie',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Reden voor aanvullende beoordeling zonder reactie', en: 'Review reason without a response' },
  docs: {
    description: {
      nl: 'Aanvullende beoordeling is nodig waar de aanvraag afwijkt van het normatieve kader of regionaal invult. Een beoordeling geeft op elke reden (regel en pointer, zoals check ze geeft) een reactie met motivering: een onbeantwoorde reden is een fout. Een reactie op een reden die de aanvraag niet heeft is een waarschuwing (vaak een verouderde of verkeerd overgenomen pointer).',
      en: 'Additional review is needed where the application deviates from the normative frame or fills in a regional part. A decision responds to every reason (rule and pointer, as check gives them) with a motivation: an unanswered reason is an error. A response to a reason the application does not have is a warning (often a stale or mistyped pointer).',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (aanvullende inhoudelijke beoordeling alleen bij regionale invulling of afwijking van het normatieve kader)',
    example: 'reacties: []  # de aanvraag heeft een reden regionale-invulling op /regionale_invulling/0',
  },
  messages: {
    missing: { nl: 'geen reactie op de reden {regel} bij {pointer} van de aanvraag', en: 'no response to the reason {regel} at {pointer} of the application' },
    unknown: { nl: 'de aanvraag heeft geen reden {regel} bij {pointer}', en: 'the application has no reason {regel} at {pointer}' },
  },
  check({ aanvragen, beoordelingen }) {
    return beoordelingen.flatMap((d) => {
      const match = matchDecision(d, aanvragen);
      if (match.kind !== 'actueel' || match.application.decision === 'ongeldig') return [];
      const key = (regel: string, pointer: string) => `${regel}\u0000${pointer}`;
      const reasons = new Set(match.application.reasons.map((r) => key(r.ruleId, r.pointer)));
      const answered = new Set(d.beoordeling.reacties.map((r) => key(r.regel, r.pointer)));
      const missing = match.application.reasons
        .filter((r, i, all) => !answered.has(key(r.ruleId, r.pointer)) && all.findIndex((o) => key(o.ruleId, o.pointer) === key(r.ruleId, r.pointer)) === i)
        .map((r) => ({ file: d.file, pointer: '/reacties', messageId: 'missing' as const, args: { regel: r.ruleId, pointer: r.pointer || '/' } }));
      const unknown = d.beoordeling.reacties.flatMap((r, i) =>
        reasons.has(key(r.regel, r.pointer)) ? [] : [{ file: d.file, pointer: `/reacties/${i}/regel`, messageId: 'unknown' as const, severity: 'warning' as const, args: { regel: r.regel, pointer: r.pointer || '/' } }],
      );
      return [...missing, ...unknown];
    });
  },
});
