import { defineRule, type FileRawFinding } from './define.js';

type Id = 'noRegister' | 'otherRegister' | 'beforePeildatum';

export const boBesluitRegister = defineRule({
  id: 'bo-besluit-register',
  scope: 'bo-besluit',
  severity: 'error',
  title: { nl: 'BO-besluit hoort niet bij het register van de run', en: 'BO decision does not belong to the run’s register' },
  docs: {
    description: {
      nl: 'Het BO besluit over de aanvragen van één indiening: het besluit noemt de registerHash van het register van die indiening, en de run controleert tegen datzelfde register (--register). Zonder register, of met een ander register, telt het besluit niet. De datum van het besluit ligt niet vóór de peildatum.',
      en: 'The BO decides on the applications of one submission: the decision names the registerHash of that submission’s register, and the run checks against that same register (--register). Without a register, or with another one, the decision does not count. The decision’s date is not before the peildatum.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; daarna het totaal aan het BO)',
    example: 'register:\n  bestand: register.json\n  registerHash: 0000…  # niet de hash van het register van de run',
  },
  messages: {
    noRegister: { nl: 'het BO-besluit telt alleen tegen het register van de indiening: geef --register {bestand}', en: 'the BO decision counts only against the submission’s register: give --register {bestand}' },
    otherRegister: { nl: 'het BO-besluit noemt register {genoemd}, de run controleert tegen {register}: maak het besluit opnieuw met init-bo-besluit', en: 'the BO decision names register {genoemd}, the run checks against {register}: make the decision again with init-bo-besluit' },
    beforePeildatum: { nl: 'de datum {datum} ligt vóór de peildatum {peildatum} van het register', en: 'the date {datum} is before the register’s peildatum {peildatum}' },
  },
  check({ decisions, register }) {
    return decisions.flatMap((d): FileRawFinding<Id>[] => {
      const named = d.besluit.register;
      if (!register) return [{ file: d.file, pointer: '/register', messageId: 'noRegister', args: { bestand: named.bestand } }];
      const out: FileRawFinding<Id>[] = [];
      if (named.registerHash !== register.registerHash) out.push({ file: d.file, pointer: '/register/registerHash', messageId: 'otherRegister', args: { genoemd: named.registerHash.slice(0, 12), register: register.registerHash.slice(0, 12) } });
      if (d.besluit.datum < register.peildatum) out.push({ file: d.file, pointer: '/datum', messageId: 'beforePeildatum', args: { datum: d.besluit.datum, peildatum: register.peildatum } });
      return out;
    });
  },
});
