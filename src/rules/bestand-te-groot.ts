import { defineRule } from './define.js';

export const bestandTeGroot = defineRule({
  id: "bestand-te-groot",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Bestand is te groot", en: "File is too large" },
  docs: {
    description: {
      nl: "Een aanvraag is hooguit enkele tientallen kilobytes. Een veel groter bestand wordt niet gelezen, zodat een kwaadwillend of verkeerd bestand het geheugen niet kan uitputten. De grens is in te stellen met --max-file-size.",
      en: "An application is a few tens of kilobytes at most. A much larger file is not read, so a hostile or mistaken file cannot exhaust memory. The limit is set with --max-file-size.",
    },
    source: "Kwaliteitseis modelplan: vijandige invoer",
    example: "# een bestand van 20 MB",
  },
  messages: {
    tooLarge: { nl: "bestand is {size} bytes; de grens is {limit} bytes (zie --max-file-size)", en: "file is {size} bytes; the limit is {limit} bytes (see --max-file-size)" },
  },
});
