import { defineRule } from './define.js';

export const registerOntbreekt = defineRule({
  id: 'register-ontbreekt',
  scope: 'register',
  severity: 'error',
  title: { nl: 'Bestand uit het register ontbreekt', en: 'File from the register is missing' },
  docs: {
    description: {
      nl: 'Met check --register: een bestand dat in het register van de indiening staat maar niet in deze run zit, ontbreekt in de beoordeling. De bevinding staat op het pad uit het register.',
      en: 'With check --register: a file that is in the register of the submission but not in this run is missing from the assessment. The finding stands at the path from the register.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: '# modelplan check examples --register register.json, nadat een aanvraag is verwijderd',
  },
  messages: {
    missing: {
      nl: 'bestand staat in het register van de indiening (peildatum {peildatum}) maar ontbreekt in deze run',
      en: 'file is in the register of the submission (peildatum {peildatum}) but missing from this run',
    },
  },
  check({ register, files }) {
    const present = new Set(files.map((f) => f.file));
    return register.bestanden
      .filter((e) => !present.has(e.bestand))
      .map((e) => ({ file: e.bestand, pointer: '', messageId: 'missing' as const, args: { peildatum: register.peildatum } }));
  },
});
