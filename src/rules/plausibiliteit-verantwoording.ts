import { defineRule, type FileRawFinding } from './define.js';

type Id = 'unknown' | 'changed' | 'verzekeraar' | 'twice';

export const plausibiliteitVerantwoording = defineRule({
  id: 'plausibiliteit-verantwoording',
  scope: 'plausibiliteiten',
  severity: 'error',
  title: { nl: 'Plausibiliteitstoets past niet bij een verantwoording', en: 'Plausibility test does not fit an account' },
  docs: {
    description: {
      nl: 'Een plausibiliteitstoets noemt de verantwoording die zij toetst met de vingerafdruk van haar inhoud: een verantwoording die daarna is gewijzigd is niet getoetst. De coördinerende zorgverzekeraar van het project (uit de aanvraag aan de NZa) toetst; per verantwoording telt één toets, de eerste op bestandsnaam.',
      en: 'A plausibility test names the account it tests with the fingerprint of its content: an account changed afterwards was not tested. The project’s coordinating insurer (from the NZa request) tests; per account one test counts, the first by file name.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (aan de zorgverzekeraars wordt gevraagd de kosten te toetsen op plausibiliteit)',
    example: 'verantwoording:\n  bestand: copd.2027.yaml\n  fingerprint: 0000…  # de verantwoording is gewijzigd',
  },
  messages: {
    unknown: { nl: 'geen verantwoording met vingerafdruk {fingerprint}… in deze run', en: 'no account with fingerprint {fingerprint}… in this run' },
    changed: { nl: 'de verantwoording {bestand} is gewijzigd sinds deze toets: toets opnieuw', en: 'the account {bestand} changed since this test: test again' },
    verzekeraar: { nl: 'verzekeraar {uzovi} is niet de coördinerende verzekeraar van dit project ({verwacht})', en: 'insurer {uzovi} is not this project’s coordinating insurer ({verwacht})' },
    twice: { nl: 'deze verantwoording is al getoetst in {eerste}', en: 'this account was already tested in {eerste}' },
  },
  check({ accounts, decisions }) {
    const first = new Map<string, string>();
    return decisions.flatMap((d): FileRawFinding<Id>[] => {
      const ref = d.decision.verantwoording;
      const account = accounts.find((a) => a.fingerprint === ref.fingerprint);
      if (!account) {
        const named = accounts.some((a) => a.file === ref.bestand);
        return [named
          ? { file: d.file, pointer: '/verantwoording/fingerprint', messageId: 'changed', args: { bestand: ref.bestand } }
          : { file: d.file, pointer: '/verantwoording/fingerprint', messageId: 'unknown', args: { fingerprint: ref.fingerprint.slice(0, 12) } }];
      }
      const out: FileRawFinding<Id>[] = [];
      const eerste = first.get(account.fingerprint);
      if (eerste !== undefined) out.push({ file: d.file, pointer: '/verantwoording', messageId: 'twice', args: { eerste } });
      else first.set(account.fingerprint, d.file);
      const coordinerend = account.approval?.request.verzekeraars.coordinerend.uzovi;
      if (coordinerend !== undefined && coordinerend !== d.decision.verzekeraar.uzovi) out.push({ file: d.file, pointer: '/verzekeraar/uzovi', messageId: 'verzekeraar', args: { uzovi: d.decision.verzekeraar.uzovi, verwacht: coordinerend } });
      return out;
    });
  },
});
