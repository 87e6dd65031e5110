import { defineRule } from './define.js';

export const controleAfgebroken = defineRule({
  id: "controle-afgebroken",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Controle afgebroken", en: "Check stopped" },
  docs: {
    description: {
      nl: "De taalserver en het formulier controleren een tekst in een eigen thread met een tijdsbudget, zodat de editor en het formulier altijd blijven antwoorden. Een controle die langer duurt wordt afgebroken en als deze bevinding gemeld; de tekst is dan niet beoordeeld. `modelplan check` op het bestand geeft de volledige uitslag.",
      en: "The language server and the form check a text in a thread of its own with a time budget, so the editor and the form always keep answering. A check that takes longer is stopped and reported as this finding; the text has then not been judged. `modelplan check` on the file gives the full outcome.",
    },
    source: "Kwaliteitseis modelplan: vijandige invoer (de server blijft antwoorden)",
    example: "# een tekst waarvan de controle langer duurt dan het tijdsbudget",
  },
  messages: {
    timeout: { nl: "de controle duurde langer dan {budget} ms en is afgebroken; controleer het bestand met modelplan check", en: "the check took longer than {budget} ms and was stopped; check the file with modelplan check" },
    failed: { nl: "de controle in een eigen thread is mislukt: {detail}", en: "the check in a thread of its own failed: {detail}" },
  },
});
