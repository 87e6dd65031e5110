import { defineRule } from './define.js';

export const tekstAfgebroken = defineRule({
  id: 'tekst-afgebroken',
  scope: 'pipeline',
  severity: 'warning',
  title: { nl: 'Tekst afgebroken door #', en: 'Text cut off by #' },
  docs: {
    description: {
      nl: 'In YAML begint " #" commentaar, ook midden in een tekst zonder aanhalingstekens: titel: Spraakgestuurd rapporteren #1 in Oost wordt de titel "Spraakgestuurd rapporteren". Bij een vrij tekstveld (volgens het schema) met commentaar op dezelfde regel is dat zelden bedoeld; de melding geeft de tekst tussen aanhalingstekens en check --fix schrijft die.',
      en: 'In YAML " #" starts a comment, also in the middle of a text without quotes: titel: Spraakgestuurd rapporteren #1 in Oost makes the title "Spraakgestuurd rapporteren". For a free-text field (according to the schema) with a comment on the same line that is rarely meant; the message gives the text in quotes and check --fix writes it.',
    },
    source: 'YAML 1.2.2 §6.6 (commentaar); schemas/*.schema.json (tekstvelden)',
    example: 'titel: Spraakgestuurd rapporteren #1 in Oost',
  },
  messages: {
    cut: {
      nl: '{path}: " #" begint in YAML commentaar, dus de tekst is alleen "{kept}" en "{lost}" valt weg; bedoelt u de hele tekst, schrijf {write}',
      en: '{path}: in YAML " #" starts a comment, so the text is only "{kept}" and "{lost}" is dropped; if you mean the whole text, write {write}',
    },
  },
});
