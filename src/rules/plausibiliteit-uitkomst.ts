import { defineRule, type FileRawFinding } from './define.js';

export const plausibiliteitUitkomst = defineRule({
  id: 'plausibiliteit-uitkomst',
  scope: 'plausibiliteiten',
  severity: 'error',
  title: { nl: 'Plausibel oordeel over een verantwoording met fouten', en: 'Plausible judgement on an account with errors' },
  docs: {
    description: {
      nl: 'Een verantwoording met een fout (meer dan goedgekeurd, geld naar een andere partij, geld voor een mijlpaal die niet is bereikt, …) kan niet plausibel zijn, ook niet onder voorwaarden: de kosten zouden dan als vaste kosten worden vergoed. Plausibel onder voorwaarden noemt zijn voorwaarden.',
      en: 'An account with an error (more than approved, money to another party, money for a milestone not reached, …) cannot be plausible, not even under conditions: its costs would then be compensated as fixed costs. Plausible under conditions names its conditions.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (plausibele kosten worden als vaste kosten vergoed uit het Zorgverzekeringsfonds; bovengrens per project)',
    example: 'uitkomst: plausibel  # de verantwoording heeft verantwoording-bedrag',
  },
  messages: {
    withErrors: { nl: 'de verantwoording heeft {fouten} fout(en): zij kan niet {uitkomst} zijn', en: 'the account has {fouten} error(s): it cannot be {uitkomst}' },
    noConditions: { nl: 'plausibel-onder-voorwaarden zonder voorwaarden', en: 'plausibel-onder-voorwaarden without conditions' },
  },
  check({ accounts, decisions }) {
    return decisions.flatMap((d): FileRawFinding<'withErrors' | 'noConditions'>[] => {
      const out: FileRawFinding<'withErrors' | 'noConditions'>[] = [];
      const { uitkomst } = d.decision;
      if (uitkomst === 'plausibel-onder-voorwaarden' && (d.decision.voorwaarden ?? []).length === 0) out.push({ file: d.file, pointer: '/uitkomst', messageId: 'noConditions' });
      const account = accounts.find((a) => a.fingerprint === d.decision.verantwoording.fingerprint);
      if (account && account.errors > 0 && uitkomst !== 'niet-plausibel') out.push({ file: d.file, pointer: '/uitkomst', messageId: 'withErrors', args: { fouten: account.errors, uitkomst } });
      return out;
    });
  },
});
