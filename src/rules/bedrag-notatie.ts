import { defineRule } from './define.js';

export const bedragNotatie = defineRule({
  id: 'bedrag-notatie',
  scope: 'pipeline',
  severity: 'error',
  title: { nl: 'Bedrag niet in hele euro\'s geschreven', en: 'Amount not written in whole euros' },
  docs: {
    description: {
      nl: "Elk bedrag (in een aanvraag, een modelplan of het budgetkader) wordt beoordeeld zoals het getypt is, niet alleen zoals YAML het leest. YAML leest 150.000 als het getal 150 en 150000.0 als 150000: dat eerste zou stil € 150 worden. Punten, komma's, spaties, ',-', '€' en 'mln' worden herkend (Nederlandse schrijfwijze gaat voor: 150.000 is honderdvijftigduizend) en de melding geeft de cijfers om te schrijven. Een bedrag tussen aanhalingstekens is tekst. Welke velden bedragen zijn, staat in de schema's ($defs/bedrag). 0x10 en 0o17 zijn voor YAML getallen in het zestien- en achttallig stelsel (16 en 15) en 15.0000 kan 15 of een tikfout voor 150.000 zijn: ook die worden gemeld. check --fix schrijft de cijfers, behalve als de lezing niet eenduidig is (1,250, 15.0000, 0x10).",
      en: "Every amount (in an application, a modelplan or the budgetkader) is judged as typed, not only as YAML reads it. YAML reads 150.000 as the number 150 and 150000.0 as 150000: the first would silently become € 150. Dots, commas, spaces, ',-', '€' and 'mln' are recognised (the Dutch reading wins: 150.000 is a hundred and fifty thousand) and the message gives the digits to write. An amount in quotes is text. Which fields are amounts comes from the schemas ($defs/bedrag). 0x10 and 0o17 are numbers in base 16 and 8 to YAML (16 and 15), and 15.0000 may be 15 or a typo for 150.000: these are reported too. check --fix writes the digits, unless the reading is ambiguous (1,250, 15.0000, 0x10).",
    },
    source: "schemas/defs.schema.json ($defs/bedrag: hele euro's); YAML 1.2 kernschema (getallen)",
    example: 'begroting:\n  - categorie: implementatie\n    omschrijving: Uitrol\n    jaar: 2027\n    bedrag: 150.000',
  },
  messages: {
    readAs: {
      nl: "{path}: {typed} leest YAML als het getal {read}, niet als € {euros:euro}; schrijf {digits} (hele euro's, zonder punten of komma's)",
      en: '{path}: YAML reads {typed} as the number {read}, not as € {euros:euro}; write {digits} (whole euros, without dots or commas)',
    },
    notation: {
      nl: "{path}: bedrag geschreven als {typed}; schrijf {digits} (hele euro's, zonder punten, komma's, spaties of €)",
      en: '{path}: amount written as {typed}; write {digits} (whole euros, without dots, commas, spaces or €)',
    },
    quoted: {
      nl: '{path}: bedrag {typed} staat tussen aanhalingstekens en is zo tekst; schrijf {digits} (zonder aanhalingstekens)',
      en: '{path}: amount {typed} is in quotes and so is text; write {digits} (without quotes)',
    },
    radix: {
      nl: "{path}: {typed} leest YAML als een getal in een ander talstelsel ({read}), niet als wat er lijkt te staan; schrijf het bedrag in gewone cijfers (hele euro's)",
      en: "{path}: YAML reads {typed} as a number in another base ({read}), not as what it seems to say; write the amount in plain digits (whole euros)",
    },
    ambiguous: {
      nl: "{path}: {typed} is niet eenduidig (duizendtal of decimalen?); bedoelt u € {euros:euro}, schrijf dan {digits} (hele euro's, zonder punten of komma's)",
      en: '{path}: {typed} is ambiguous (thousands or decimals?); if you mean € {euros:euro}, write {digits} (whole euros, without dots or commas)',
    },
  },
});
