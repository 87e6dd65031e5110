import { defineRule } from './define.js';

export const interneFout = defineRule({
  id: "interne-fout",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Interne fout", en: "Internal error" },
  docs: {
    description: {
      nl: "Een fout in modelplan zelf bij het verwerken van dit bestand. De rest van de batch wordt gecontroleerd; de run eindigt met code 2. Meld het als bug, met het bestand erbij als dat kan.",
      en: "A bug in modelplan itself while processing this file. The rest of the batch is checked; the run ends with exit code 2. Please report it as a bug, with the file if possible.",
    },
    source: "Kwaliteitseis modelplan: nooit een stacktrace",
    example: "# (komt alleen voor bij een fout in modelplan)",
  },
  messages: {
    internal: { nl: "interne fout bij dit bestand: {detail}; meld dit als bug (details met --verbose)", en: "internal error on this file: {detail}; please report this as a bug (details with --verbose)" },
  },
});
