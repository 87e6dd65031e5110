import { defineRule } from './define.js';

export const beoordelingDatum = defineRule({
  id: 'beoordeling-datum',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Beoordeling vóór de peildatum', en: 'Decision before the peildatum' },
  docs: {
    description: {
      nl: 'Met een register (check of status --register): een beoordeling is gedaan op of na de peildatum van het register, het ene indienmoment. Een eerdere datum beoordeelt iets van vóór de indiening.',
      en: 'With a register (check or status --register): a decision is dated on or after the register’s peildatum, the one submission moment. An earlier date assesses something from before the submission.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; daarna de beoordeling)',
    example: 'datum: 2026-11-30  # peildatum van het register: 2026-12-01',
  },
  messages: {
    beforePeildatum: { nl: 'datum {datum} ligt vóór de peildatum van het register ({peildatum})', en: 'date {datum} is before the register’s peildatum ({peildatum})' },
  },
  check({ beoordelingen, peildatum }) {
    if (peildatum === undefined) return [];
    return beoordelingen
      .filter((d) => d.beoordeling.datum < peildatum)
      .map((d) => ({ file: d.file, pointer: '/datum', messageId: 'beforePeildatum' as const, args: { datum: d.beoordeling.datum, peildatum } }));
  },
});
