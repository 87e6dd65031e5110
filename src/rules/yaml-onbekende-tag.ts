import { defineRule } from './define.js';

export const yamlOnbekendeTag = defineRule({
  id: "yaml-onbekende-tag",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Niet-toegestane YAML-tag", en: "Tag not allowed" },
  docs: {
    description: {
      nl: "Eigen tags zoals !!js/function, !include of !!python/object worden nooit uitgevoerd of gevolgd; ze zijn een bevinding. Alleen de standaardtags van het YAML 1.2-kernschema (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) zijn toegestaan.",
      en: "Custom tags such as !!js/function, !include or !!python/object are never executed or followed; they are a finding. Only the standard tags of the YAML 1.2 core schema (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are allowed.",
    },
    source: "YAML 1.2.2 §10.3 (kernschema)",
    example: "titel: !!js/function \"function () { return 1 }\"",
  },
  messages: {
    tag: { nl: "tag {tag} is niet toegestaan en wordt niet uitgevoerd; verwijder de tag", en: "tag {tag} is not allowed and is not executed; remove the tag" },
  },
});
