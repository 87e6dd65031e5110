import { isAfterSubmission } from '../domain/kinds.js';
import { defineRule } from './define.js';

export const registerToegevoegd = defineRule({
  id: 'register-toegevoegd',
  scope: 'register',
  severity: 'error',
  title: { nl: 'Bestand niet in het register', en: 'File not in the register' },
  docs: {
    description: {
      nl: 'Met check --register: een bestand dat niet in het register van de indiening staat, is na het indienmoment toegevoegd (één indienmoment, niet wie het eerst komt). Beoordelingen, verantwoordingen en plausibiliteitstoetsen komen na de indiening en tellen hier niet.',
      en: 'With check --register: a file that is not in the register of the submission was added after the submission moment (one submission moment, not first come first served). Decisions, accounts and plausibility tests come after the submission and do not count here.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: '# modelplan check examples nieuw.yaml --register register.json',
  },
  messages: {
    added: {
      nl: 'bestand staat niet in het register van de indiening (peildatum {peildatum}): het is na het indienmoment toegevoegd',
      en: 'file is not in the register of the submission (peildatum {peildatum}): it was added after the submission moment',
    },
  },
  check({ register, files }) {
    const known = new Set(register.bestanden.map((e) => e.bestand));
    return files
      .filter((f) => !isAfterSubmission(f.kind) && !known.has(f.file))
      .map((f) => ({ file: f.file, pointer: '', messageId: 'added' as const, args: { peildatum: register.peildatum } }));
  },
});
