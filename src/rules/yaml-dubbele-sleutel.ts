import { defineRule } from './define.js';

export const yamlDubbeleSleutel = defineRule({
  id: "yaml-dubbele-sleutel",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Dubbele sleutel", en: "Duplicate key" },
  docs: {
    description: {
      nl: "Een sleutel die twee keer in dezelfde map staat is bijna altijd een vergissing: welke waarde geldt, is dan onduidelijk. YAML 1.2 verbiedt het.",
      en: "A key that appears twice in the same mapping is almost always a mistake: which value counts is unclear. YAML 1.2 forbids it.",
    },
    source: "YAML 1.2.2 §3.2.1.1 (sleutels zijn uniek)",
    example: "titel: Spraak in de wijk\ntitel: Spraak in de wijk 2",
  },
  messages: {
    duplicate: { nl: "sleutel \"{key}\" staat twee keer in dezelfde map", en: "key \"{key}\" appears twice in the same mapping" },
  },
});
