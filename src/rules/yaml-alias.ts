import { defineRule } from './define.js';

export const yamlAlias = defineRule({
  id: "yaml-alias",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Alias buiten de grenzen", en: "Alias out of bounds" },
  docs: {
    description: {
      nl: "Ankers en aliassen (&naam, *naam) mogen, maar een alias die naar zichzelf verwijst of een explosie van aliassen (\"billion laughs\") wordt gestopt voordat het geheugen volloopt.",
      en: "Anchors and aliases (&name, *name) are allowed, but an alias that refers to itself or an explosion of aliases (\"billion laughs\") is stopped before memory fills up.",
    },
    source: "YAML 1.2.2 §7.1 (aliassen); OWASP: XML/YAML entity expansion",
    example: "a: &a [\"x\", \"x\"]\nb: &b [*a, *a]\nc: &c [*b, *b]   # enzovoort",
  },
  messages: {
    tooMany: { nl: "te veel aliassen (meer dan {limit} uitbreidingen); mogelijk een 'billion laughs'-bestand", en: "too many aliases (more than {limit} expansions); possibly a 'billion laughs' file" },
    circular: { nl: "alias *{name} verwijst naar zichzelf", en: "alias *{name} refers to itself" },
  },
});
