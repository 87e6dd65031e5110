import { defineRule } from './define.js';

export const yamlAlias = defineRule({
  id: "yaml-alias",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Alias buiten de grenzen", en: "Alias out of bounds" },
  docs: {
    description: {
      nl: "Ankers en aliassen (&naam, *naam) mogen, maar een alias die naar zichzelf verwijst of een explosie van aliassen (\"billion laughs\") wordt gestopt voordat het geheugen volloopt: hooguit --max-aliases aliassen (standaard 100) en --max-nodes waarden met de aliassen uitgevouwen (standaard 20.000).",
      en: "Anchors and aliases (&name, *name) are allowed, but an alias that refers to itself or an explosion of aliases (\"billion laughs\") is stopped before memory fills up: at most --max-aliases aliases (default 100) and --max-nodes values with the aliases expanded (default 20,000).",
    },
    source: "YAML 1.2.2 §7.1 (aliassen); OWASP: XML/YAML entity expansion",
    example: "a: &a [\"x\", \"x\"]\nb: &b [*a, *a]\nc: &c [*b, *b]   # enzovoort",
  },
  messages: {
    tooMany: { nl: "te veel aliassen (meer dan {limit}; zie --max-aliases)", en: "too many aliases (more than {limit}; see --max-aliases)" },
    expansion: { nl: "met de aliassen uitgevouwen heeft het document meer dan {limit} waarden; mogelijk een 'billion laughs'-bestand (zie --max-nodes)", en: "with its aliases expanded the document has more than {limit} values; possibly a 'billion laughs' file (see --max-nodes)" },
    circular: { nl: "alias *{name} verwijst naar zichzelf", en: "alias *{name} refers to itself" },
  },
});
