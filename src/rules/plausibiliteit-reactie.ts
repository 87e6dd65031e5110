import { defineRule, type FileRawFinding } from './define.js';

export const plausibiliteitReactie = defineRule({
  id: 'plausibiliteit-reactie',
  scope: 'plausibiliteiten',
  severity: 'error',
  title: { nl: 'Bevinding van de verantwoording zonder reactie', en: 'Finding of the account without a response' },
  docs: {
    description: {
      nl: 'De toets beantwoordt elke fout en waarschuwing die check bij de verantwoording geeft (regel en pointer), met een motivering: een onbeantwoorde bevinding is een fout. Een reactie op een bevinding die de verantwoording niet heeft is een waarschuwing (vaak een verouderde of verkeerd overgenomen pointer).',
      en: 'The test answers every error and warning check gives on the account (rule and pointer), with a motivation: an unanswered finding is an error. A response to a finding the account does not have is a warning (often a stale or mistyped pointer).',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (toetsing op plausibiliteit door de zorgverzekeraars); zoals beoordeling-reactie in de ronde',
    example: 'reacties: []  # de verantwoording heeft verantwoording-fte op /besparing/fte',
  },
  messages: {
    missing: { nl: 'geen reactie op de bevinding {regel} bij {pointer} van de verantwoording', en: 'no response to the finding {regel} at {pointer} of the account' },
    unknown: { nl: 'de verantwoording heeft geen bevinding {regel} bij {pointer}', en: 'the account has no finding {regel} at {pointer}' },
  },
  check({ accounts, decisions }) {
    const key = (regel: string, pointer: string) => `${regel}\u0000${pointer}`;
    return decisions.flatMap((d): FileRawFinding<'missing' | 'unknown'>[] => {
      const account = accounts.find((a) => a.fingerprint === d.decision.verantwoording.fingerprint);
      if (!account) return [];
      const open = account.findings.filter((f) => f.severity !== 'info');
      const known = new Set(open.map((f) => key(f.ruleId, f.pointer)));
      const answered = new Set(d.decision.reacties.map((r) => key(r.regel, r.pointer)));
      const seen = new Set<string>();
      const missing = open.flatMap((f) => {
        const k = key(f.ruleId, f.pointer);
        if (answered.has(k) || seen.has(k)) return [];
        seen.add(k);
        return [{ file: d.file, pointer: '/reacties', messageId: 'missing' as const, args: { regel: f.ruleId, pointer: f.pointer || '/' } }];
      });
      const unknown = d.decision.reacties.flatMap((r, i) =>
        known.has(key(r.regel, r.pointer)) ? [] : [{ file: d.file, pointer: `/reacties/${i}/regel`, messageId: 'unknown' as const, severity: 'warning' as const, args: { regel: r.regel, pointer: r.pointer || '/' } }],
      );
      return [...missing, ...unknown];
    });
  },
});
