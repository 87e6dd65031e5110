import { defineRule } from './define.js';

export const bestandLimiet = defineRule({
  id: "bestand-limiet",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Bestand overschrijdt een grens", en: "File exceeds a limit" },
  docs: {
    description: {
      nl: "Een aanvraag heeft een paar honderd waarden en hooguit enkele tientallen sleutels per onderdeel. Een bestand met veel meer (een mapping met duizenden sleutels, honderdduizend waarden) wordt niet verder gelezen, zodat een klein kwaadwillend bestand de controle niet minutenlang kan ophouden. De grenzen zijn in te stellen met --max-keys en --max-nodes.",
      en: "An application has a few hundred values and at most a few dozen keys per part. A file with far more (a mapping with thousands of keys, a hundred thousand values) is not read further, so a small hostile file cannot hold up the check for minutes. The limits are set with --max-keys and --max-nodes.",
    },
    source: "Kwaliteitseis modelplan: vijandige invoer (kosten lineair en begrensd)",
    example: "k1: 1\nk2: 2\n# … tot k145000",
  },
  messages: {
    keys: { nl: "deze mapping heeft {count} sleutels; de grens is {limit} (zie --max-keys)", en: "this mapping has {count} keys; the limit is {limit} (see --max-keys)" },
    nodes: { nl: "het document heeft meer dan {limit} waarden (zie --max-nodes)", en: "the document has more than {limit} values (see --max-nodes)" },
  },
});
