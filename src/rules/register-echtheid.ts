import { defineRule } from './define.js';

/**
 * What a register's hashes cannot prove on their own. registerHash is a plain SHA-256 anyone can
 * recompute after editing the register or regenerating it; only the desk's signature, verified
 * with its public key (`check --register R --verify PUBKEY`), shows the register is the desk's
 * own, and `gemaakt` (signed with it) shows when it was made.
 */
export const registerEchtheid = defineRule({
  id: 'register-echtheid',
  scope: 'pipeline',
  severity: 'warning',
  title: { nl: 'Echtheid van het register niet vastgesteld', en: 'Authenticity of the register not established' },
  docs: {
    description: {
      nl: 'Met check --register: de registerHash is een gewone SHA-256 die iedereen opnieuw kan uitrekenen na het aanpassen of opnieuw maken van het register. Alleen een handtekening van de indienbalie (register --sign SLEUTEL, Ed25519), gecontroleerd met check --register R --verify PUBLIEKE-SLEUTEL, toont dat het register van de balie is en wanneer het is gemaakt. Zonder handtekening: waarschuwing (unsigned); getekend maar niet gecontroleerd: info (notVerified); zonder tijdstip (register van versie 1.0.0): waarschuwing (undated); gemaakt na de peildatum (datum in Nederland): fout (late), want dan legt het register niet het indienmoment vast. Met --verify is een ontbrekende of onjuiste handtekening een fout van register-ongeldig.',
      en: 'With check --register: registerHash is a plain SHA-256 anyone can recompute after editing or regenerating the register. Only a signature of the submission desk (register --sign KEY, Ed25519), checked with check --register R --verify PUBLIC-KEY, shows the register is the desk\'s and when it was made. Unsigned: warning (unsigned); signed but not checked: info (notVerified); without a time (a register of version 1.0.0): warning (undated); made after the peildatum (date in the Netherlands): error (late), since then the register does not record the submission moment. With --verify a missing or wrong signature is an error of register-ongeldig.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment); kwaliteitseis modelplan: een eerlijk register (issue 23)',
    example: '# modelplan check examples --register register.json, met een register zonder --sign',
  },
  messages: {
    unsigned: {
      nl: 'register is niet getekend: de hashes tonen alleen dat de bestanden bij dit register passen, niet dat de balie het maakte of wanneer; teken het met register --sign en controleer met --verify',
      en: 'register is not signed: the hashes only show that the files match this register, not that the desk made it or when; sign it with register --sign and check with --verify',
    },
    notVerified: {
      nl: 'register is getekend (sleutel {sleutel}) maar de handtekening is niet gecontroleerd; geef --verify met de publieke sleutel van de balie',
      en: 'register is signed (key {sleutel}) but the signature was not checked; give --verify with the desk\'s public key',
    },
    undated: {
      nl: 'register zegt niet wanneer en door wie het is gemaakt (registerVersie 1.0.0); maak het opnieuw op het indienmoment',
      en: 'register does not say when and by whom it was made (registerVersie 1.0.0); make it again at the submission moment',
    },
    late: {
      nl: 'register is gemaakt op {op} door {door}, na de peildatum {peildatum}: het legt niet het indienmoment vast',
      en: 'register was made at {op} by {door}, after the peildatum {peildatum}: it does not record the submission moment',
    },
  },
});
