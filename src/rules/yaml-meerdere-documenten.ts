import { defineRule } from './define.js';

export const yamlMeerdereDocumenten = defineRule({
  id: "yaml-meerdere-documenten",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Meerdere YAML-documenten", en: "Several YAML documents" },
  docs: {
    description: {
      nl: "Eén bestand bevat één aanvraag of één modelplan. Een tweede document (na ---) wordt niet gelezen, dus het is een bevinding.",
      en: "One file holds one application or one modelplan. A second document (after ---) would not be read, so it is a finding.",
    },
    source: "Conventie modelplan: één document per bestand",
    example: "soort: aanvraag\n---\nsoort: aanvraag",
  },
  messages: {
    multiple: { nl: "bestand bevat {count} YAML-documenten; zet elk document in een eigen bestand", en: "file contains {count} YAML documents; put each in its own file" },
  },
});
