/**
 * The rule catalogue: a static table, keyed by rule ID. tests/rules/catalogue.test.ts fails when a
 * rule file is not listed here, or a rule lacks its docs, a message in either language, or a test.
 */
import type { Rule } from './define.js';
import { bestandCodering } from './bestand-codering.js';
import { bestandLeeg } from './bestand-leeg.js';
import { bestandOnleesbaar } from './bestand-onleesbaar.js';
import { bestandTeGroot } from './bestand-te-groot.js';
import { interneFout } from './interne-fout.js';
import { schema } from './schema.js';
import { soortOnbekend } from './soort-onbekend.js';
import { yamlAlias } from './yaml-alias.js';
import { yamlDubbeleSleutel } from './yaml-dubbele-sleutel.js';
import { yamlMeerdereDocumenten } from './yaml-meerdere-documenten.js';
import { yamlOnbekendeTag } from './yaml-onbekende-tag.js';
import { yamlSyntaxis } from './yaml-syntaxis.js';

export const registry = {
  'bestand-codering': bestandCodering,
  'bestand-leeg': bestandLeeg,
  'bestand-onleesbaar': bestandOnleesbaar,
  'bestand-te-groot': bestandTeGroot,
  'interne-fout': interneFout,
  schema,
  'soort-onbekend': soortOnbekend,
  'yaml-alias': yamlAlias,
  'yaml-dubbele-sleutel': yamlDubbeleSleutel,
  'yaml-meerdere-documenten': yamlMeerdereDocumenten,
  'yaml-onbekende-tag': yamlOnbekendeTag,
  'yaml-syntaxis': yamlSyntaxis,
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof registry;

/** Every rule, sorted by ID. */
export const allRules: readonly Rule[] = Object.values(registry as Record<string, Rule>).sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);

export function findRule(id: string): Rule | undefined {
  return (registry as Record<string, Rule>)[id];
}

export function getRule(id: RuleId): Rule {
  return registry[id];
}
