import { defineRule } from './define.js';

export const soortOnbekend = defineRule({
  id: "soort-onbekend",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Soort bestand onbekend", en: "Unknown file kind" },
  docs: {
    description: {
      nl: "Elk bestand zegt zelf wat het is met het veld soort: aanvraag, modelplan of budgetkader. Het gereedschap raadt nooit naar de vorm.",
      en: "Every file says what it is through the field soort: aanvraag, modelplan or budgetkader. The tool never guesses from the shape.",
    },
    source: "Conventie modelplan: expliciete soort",
    example: "titel: Mijn project   # soort ontbreekt",
  },
  messages: {
    notMapping: { nl: "verwacht een YAML-map met 'soort: aanvraag' bovenaan, gevonden {found:value}", en: "expected a YAML mapping with 'soort: aanvraag' at the top, found {found:value}" },
    missing: { nl: "veld 'soort' ontbreekt; zet 'soort: aanvraag' (of modelplan, budgetkader) bovenaan", en: "field 'soort' is missing; put 'soort: aanvraag' (or modelplan, budgetkader) at the top" },
    unknown: { nl: "onbekende soort {found:value}; verwacht aanvraag, modelplan of budgetkader", en: "unknown kind {found:value}; expected aanvraag, modelplan or budgetkader" },
  },
});
