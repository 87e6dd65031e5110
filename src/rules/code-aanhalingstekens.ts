import { defineRule } from './define.js';

export const codeAanhalingstekens = defineRule({
  id: 'code-aanhalingstekens',
  scope: 'pipeline',
  severity: 'error',
  title: { nl: 'Code zonder aanhalingstekens', en: 'Code without quotes' },
  docs: {
    description: {
      nl: 'AGB-codes, KvK-nummers, UZOVI-codes, CBS-gemeentecodes en zorgkantoorregio\'s zijn tekst. Zonder aanhalingstekens leest YAML cijfers als een getal en vallen voorloopnullen weg: agb: 06010101 wordt 6010101. De melding toont de code precies zoals getypt en de vorm om te schrijven; check --fix zet de aanhalingstekens eromheen. Welke velden codes zijn, staat in de schema\'s.',
      en: 'AGB codes, KvK numbers, UZOVI codes, CBS municipality codes and care office regions are text. Without quotes YAML reads digits as a number and leading zeros are lost: agb: 06010101 becomes 6010101. The message shows the code exactly as typed and the form to write; check --fix puts the quotes around it. Which fields are codes comes from the schemas.',
    },
    source: 'schemas/defs.schema.json ($defs/agb, kvk, uzovi, gemeentecode, zorgkantoorregio); YAML 1.2 kernschema',
    example: 'aanvrager:\n  leden:\n    - naam: Thuiszorg Oost\n      agb: 06010101',
  },
  messages: {
    unquoted: {
      nl: '{path}: {typed} zonder aanhalingstekens leest YAML als het getal {read}; een code is tekst, schrijf {write}',
      en: '{path}: without quotes YAML reads {typed} as the number {read}; a code is text, write {write}',
    },
  },
});
