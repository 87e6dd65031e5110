import { defineRule } from './define.js';

export const beoordelingDatum = defineRule({
  id: 'beoordeling-datum',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Beoordelingsdatum buiten de ronde', en: 'Decision date outside the round' },
  docs: {
    description: {
      nl: 'Met een register (check, status of export nza --register): een beoordeling is gedaan tussen het indienmoment en vandaag. Op of na de peildatum van het register, het ene indienmoment: een eerdere datum beoordeelt iets van vóór de indiening. En niet na vandaag (de datum van de run in Nederland; MODELPLAN_NOW zet de klok vast): een beoordeling uit de toekomst, zoals 2999-12-31, bestaat nog niet. Zonder register is er geen ronde om binnen te liggen en toetst de regel niets.',
      en: 'With a register (check, status or export nza --register): a decision is dated between the submission moment and today. On or after the register’s peildatum, the one submission moment: an earlier date assesses something from before the submission. And not after today (the run’s date in the Netherlands; MODELPLAN_NOW fixes the clock): a decision from the future, such as 2999-12-31, does not exist yet. Without a register there is no round to lie within and the rule checks nothing.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; daarna de beoordeling)',
    example: 'datum: 2026-11-30  # peildatum van het register: 2026-12-01',
  },
  messages: {
    beforePeildatum: { nl: 'datum {datum} ligt vóór de peildatum van het register ({peildatum}); geef de datum waarop beoordeeld is', en: 'date {datum} is before the register’s peildatum ({peildatum}); give the date the decision was made' },
    afterToday: { nl: 'datum {datum} ligt na vandaag ({vandaag}): een beoordeling uit de toekomst bestaat nog niet; geef de datum waarop beoordeeld is', en: 'date {datum} is after today ({vandaag}): a decision from the future does not exist yet; give the date the decision was made' },
  },
  check({ beoordelingen, peildatum, vandaag }) {
    if (peildatum === undefined) return [];
    return beoordelingen.flatMap((d): { file: string; pointer: string; messageId: 'beforePeildatum' | 'afterToday'; args: Record<string, string> }[] => {
      const datum = d.beoordeling.datum;
      if (datum < peildatum) return [{ file: d.file, pointer: '/datum', messageId: 'beforePeildatum' as const, args: { datum, peildatum } }];
      if (vandaag !== undefined && datum > vandaag) return [{ file: d.file, pointer: '/datum', messageId: 'afterToday' as const, args: { datum, vandaag } }];
      return [];
    });
  },
});
