import { defineRule } from './define.js';

export const bestandLeeg = defineRule({
  id: "bestand-leeg",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Bestand is leeg", en: "File is empty" },
  docs: {
    description: {
      nl: "Een leeg bestand, of een bestand met alleen commentaar, is geen aanvraag en geen modelplan.",
      en: "An empty file, or one with only comments, is neither an application nor a modelplan.",
    },
    source: "Kwaliteitseis modelplan: vijandige invoer",
    example: "# alleen commentaar",
  },
  messages: {
    empty: { nl: "bestand is leeg of bevat alleen commentaar", en: "file is empty or holds only comments" },
  },
});
