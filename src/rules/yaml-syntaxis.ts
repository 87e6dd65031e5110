import { definePipelineRule } from './define.js';

export const yamlSyntaxis = definePipelineRule({
  id: "yaml-syntaxis",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "YAML-syntaxfout", en: "YAML syntax error" },
  docs: {
    description: {
      nl: "Het bestand is geen geldige YAML 1.2. De melding wijst de regel en kolom aan waar de lezer vastliep.",
      en: "The file is not valid YAML 1.2. The finding points at the line and column where reading stopped.",
    },
    source: "YAML 1.2.2-specificatie",
    example: "begroting:\n  - categorie: implementatie\n   bedrag: 1000   # verkeerde inspringing",
  },
  messages: {
    tabIndent: { nl: "tab gebruikt voor inspringen; YAML staat alleen spaties toe", en: "tab used for indentation; YAML allows only spaces" },
    badIndent: { nl: "inspringing klopt niet met de regels erboven", en: "indentation does not match the lines above" },
    unclosed: { nl: "niet afgesloten: {detail}", en: "not closed: {detail}" },
    unknownAlias: { nl: "alias verwijst naar een onbekend anker: {detail}", en: "alias refers to an unknown anchor: {detail}" },
    tooDeep: { nl: "YAML is te diep genest om te lezen", en: "YAML is nested too deeply to read" },
    syntax: { nl: "YAML-syntaxfout: {detail}", en: "YAML syntax error: {detail}" },
  },
});
