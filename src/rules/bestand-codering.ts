import { defineRule } from './define.js';

export const bestandCodering = defineRule({
  id: "bestand-codering",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Bestand is geen UTF-8-tekst", en: "File is not UTF-8 text" },
  docs: {
    description: {
      nl: "YAML-bestanden moeten UTF-8 zijn (een BOM mag). UTF-16, ongeldige UTF-8 en binaire gegevens worden gemeld met de plaats van de eerste foute byte.",
      en: "YAML files must be UTF-8 (a BOM is allowed). UTF-16, invalid UTF-8 and binary data are reported with the place of the first bad byte.",
    },
    source: "YAML 1.2 §5.2 (tekencodering)",
    example: "# een bestand opgeslagen als UTF-16 of een afbeelding met extensie .yaml",
  },
  messages: {
    invalidUtf8: { nl: "bestand is geen geldige UTF-8 (ongeldige byte {byte} op positie {offset}); sla het op als UTF-8", en: "file is not valid UTF-8 (invalid byte {byte} at offset {offset}); save it as UTF-8" },
    utf16: { nl: "bestand is UTF-16; sla het op als UTF-8", en: "file is UTF-16; save it as UTF-8" },
    binary: { nl: "bestand bevat binaire gegevens (NUL-byte op positie {offset}); is dit wel een YAML-bestand?", en: "file contains binary data (NUL byte at offset {offset}); is this a YAML file?" },
  },
});
