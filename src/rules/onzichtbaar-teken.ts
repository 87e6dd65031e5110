import { defineRule } from './define.js';

export const onzichtbaarTeken = defineRule({
  id: "onzichtbaar-teken",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Onzichtbaar teken in een naam, code of tekst", en: "Invisible character in a name, code or text" },
  docs: {
    description: {
      nl: "Tekens zonder breedte (U+200B, U+200C, U+200D, U+2060, U+FEFF), de zachte afbreekstreep (U+00AD) en de richtingstekens (U+200E, U+200F, U+202A–U+202E, die een tekst omgekeerd kunnen tonen) zijn niet te zien. In een naam of code (AGB, KvK, UZOVI, …) maken ze twee die er hetzelfde uitzien verschillend, zodat een dubbele aanvraag of een dubbele AGB-code niet opvalt: een fout. In een vrije tekst kunnen ze een woord splitsen waar de regels op letten: een waarschuwing. Een harde spatie (uit Word) aan het begin van een regel in een bloktekst (| of >) hoort voor YAML bij de tekst: een waarschuwing. check --fix haalt de tekens weg; de rest van de tekst blijft zoals hij is.",
      en: "Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF), the soft hyphen (U+00AD) and the direction marks (U+200E, U+200F, U+202A–U+202E, which can show a text reversed) cannot be seen. In a name or code (AGB, KvK, UZOVI, …) they make two that look the same differ, so a duplicate application or a duplicate AGB code goes unnoticed: an error. In free text they can split a word the rules look for: a warning. A no-break space (from Word) at the start of a line in a block text (| or >) is part of the text to YAML: a warning. check --fix removes the characters; the rest of the text stays as it is.",
    },
    source: "Unicode (Cf: opmaaktekens); Kwaliteitseis modelplan: vijandige invoer (zoals getypt)",
    example: "aanvrager:\n  naam: \"Zorggroep\u200bVechtstreek\"   # met U+200B tussen de woorden",
  },
  messages: {
    inName: { nl: "{path}: {shown} bevat een onzichtbaar teken ({char}); zo lijkt het een andere naam of code dan het is; verwijder het (check --fix doet dat)", en: "{path}: {shown} contains an invisible character ({char}); it makes this look like another name or code than it is; remove it (check --fix does)" },
    inText: { nl: "{path}: onzichtbaar teken ({char}) in de tekst {shown}, dat woorden kan splitsen; verwijder het (check --fix doet dat)", en: "{path}: invisible character ({char}) in the text {shown}, which can split words; remove it (check --fix does)" },
    lineStart: { nl: "{path}: regel {line} van de tekst begint met een onzichtbaar teken ({char}, zoals een harde spatie uit Word; {count} regel(s) in deze tekst); check --fix haalt het weg, de tekst blijft verder gelijk", en: "{path}: line {line} of the text starts with an invisible character ({char}, like a no-break space from Word; {count} line(s) in this text); check --fix removes it, the rest of the text stays the same" },
  },
});
