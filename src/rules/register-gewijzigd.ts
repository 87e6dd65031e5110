import { defineRule } from './define.js';

export const registerGewijzigd = defineRule({
  id: 'register-gewijzigd',
  scope: 'register',
  severity: 'error',
  title: { nl: 'Bestand gewijzigd sinds het register', en: 'File changed since the register' },
  docs: {
    description: {
      nl: 'Met check --register: een bestand waarvan de SHA-256 over de bytes niet meer die in het register van de indiening is, is na het indienmoment gewijzigd. Wat beoordeeld wordt moet zijn wat is ingediend.',
      en: 'With check --register: a file whose SHA-256 over its bytes no longer equals the one in the register of the submission changed after the submission moment. What is assessed must be what was submitted.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: '# modelplan check examples --register register.json, na een wijziging in een aanvraag',
  },
  messages: {
    changed: {
      nl: 'bestand is gewijzigd sinds het register (peildatum {peildatum}): SHA-256 was {was}, is nu {nu}',
      en: 'file changed since the register (peildatum {peildatum}): SHA-256 was {was}, is now {nu}',
    },
  },
  check({ register, files }) {
    const byFile = new Map(register.bestanden.map((e) => [e.bestand, e]));
    return files.flatMap((f) => {
      const entry = byFile.get(f.file);
      if (!entry || f.sha256 === undefined || entry.sha256 === f.sha256) return [];
      return [{ file: f.file, pointer: '', messageId: 'changed' as const, args: { peildatum: register.peildatum, was: entry.sha256.slice(0, 12), nu: f.sha256.slice(0, 12) } }];
    });
  },
});
