import { defineRule } from './define.js';

export const yamlSyntaxis = defineRule({
  id: "yaml-syntaxis",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "YAML-syntaxfout", en: "YAML syntax error" },
  docs: {
    description: {
      nl: "Het bestand is geen geldige YAML 1.2. De melding staat op de regel die fout is (niet waar de lezer pas vastliep) en noemt de waarschijnlijke oorzaak en wat u moet doen: een dubbele punt in tekst zonder aanhalingstekens, een apostrof in tekst tussen enkele aanhalingstekens, een aanhalingsteken of haakje dat niet gesloten wordt, een lijstitem zonder \"- \", een regel die te ver of niet ver genoeg inspringt, een tab, een onzichtbare spatie (harde spatie uit Word) in de inspringing of na een dubbele punt, een Enter in tekst zonder aanhalingstekens, of krulquotes (“ ”) als aanhalingstekens. De foutcode van de YAML-lezer staat in de argumenten (args.code, in --format json). Onzichtbare spaties repareert check --fix.",
      en: "The file is not valid YAML 1.2. The finding stands on the line that is wrong (not where reading stopped) and names the likely cause and what to do: a colon inside unquoted text, an apostrophe inside single-quoted text, a quote or bracket never closed, a list item without \"- \", a line indented too far or not far enough, a tab, an invisible space (a no-break space from Word) in the indentation or after a colon, Enter inside unquoted text, or curly quotes (“ ”) used as quotes. The YAML reader's error code is in the arguments (args.code, in --format json). check --fix repairs invisible spaces.",
    },
    source: "YAML 1.2.2-specificatie",
    example: "begroting:\n  - categorie: implementatie\n   bedrag: 1000   # verkeerde inspringing",
  },
  messages: {
    tabIndent: { nl: "tab gebruikt voor inspringen; YAML staat alleen spaties toe, vervang de tab door spaties", en: "tab used for indentation; YAML allows only spaces, replace the tab with spaces" },
    badIndent: {
      nl: "deze regel springt {spaces} spatie(s) in, maar \"{reference}\" op regel {refLine} springt {expected} spatie(s) in; laat de regel beginnen op kolom {column}, gelijk met \"{reference}\"",
      en: "this line is indented {spaces} space(s), but \"{reference}\" on line {refLine} is indented {expected}; start the line at column {column}, level with \"{reference}\"",
    },
    unclosed: {
      nl: "{open} op deze regel wordt niet gesloten; zet aan het eind van de tekst ook een {close}",
      en: "{open} on this line is never closed; put a {close} at the end of the text too",
    },
    colonInText: {
      nl: "dubbele punt met spatie in tekst zonder aanhalingstekens: YAML leest het deel ervoor als veldnaam; zet de tekst tussen aanhalingstekens: {write}",
      en: "colon and space inside unquoted text: YAML reads the part before it as a field name; put the text in quotes: {write}",
    },
    apostrophe: {
      nl: "een apostrof in tekst tussen enkele aanhalingstekens sluit die tekst af; zet de tekst tussen dubbele aanhalingstekens: {write} (of schrijf de apostrof dubbel: '')",
      en: "an apostrophe inside single-quoted text ends that text; put the text in double quotes: {write} (or write the apostrophe twice: '')",
    },
    listItem: {
      nl: "lijstitem zonder \"- \": de items van \"{list}\" (regel {refLine}) beginnen met \"- \"; begin deze regel op kolom {column} met \"- \"",
      en: "list item without \"- \": the items of \"{list}\" (line {refLine}) start with \"- \"; start this line at column {column} with \"- \"",
    },
    newlineInText: {
      nl: "deze regel lijkt het vervolg van de tekst bij \"{key}\" op regel {refLine} (een Enter in tekst zonder aanhalingstekens); zet de tekst op één regel, of tussen aanhalingstekens",
      en: "this line looks like the rest of the text of \"{key}\" on line {refLine} (Enter inside unquoted text); put the text on one line, or in quotes",
    },
    missingColon: {
      nl: "na de veldnaam \"{key}\" ontbreekt de dubbele punt; schrijf {key}: gevolgd door een spatie en de waarde",
      en: "the colon after the field name \"{key}\" is missing; write {key}: followed by a space and the value",
    },
    curlyQuotes: {
      nl: "“ ” en ‘ ’ zijn voor YAML geen aanhalingstekens (ze komen vaak uit Word); gebruik rechte aanhalingstekens: {write}",
      en: "“ ” and ‘ ’ are not quotes to YAML (they often come from Word); use straight quotes: {write}",
    },
    invisibleSpace: {
      nl: "onzichtbaar teken {char} (zoals een harde spatie uit Word) waar YAML een gewone spatie verwacht; vervang het door een gewone spatie (check --fix doet dat)",
      en: "invisible character {char} (such as a no-break space from Word) where YAML expects an ordinary space; replace it with an ordinary space (check --fix does that)",
    },
    unknownAlias: { nl: "alias verwijst naar een onbekend anker: {detail}", en: "alias refers to an unknown anchor: {detail}" },
    tooDeep: { nl: "YAML is te diep genest om te lezen", en: "YAML is nested too deeply to read" },
    syntax: {
      nl: "YAML kan deze regel niet lezen (foutcode {code}); controleer de inspringing, dubbele punten en aanhalingstekens op deze regel en de regel erboven",
      en: "YAML cannot read this line (error code {code}); check the indentation, colons and quotes on this line and the one above",
    },
  },
});
