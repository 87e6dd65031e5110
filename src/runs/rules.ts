/** `modelplan rules` and `modelplan explain <rule-id>`: the rule catalogue as JSON, as a table, and one rule explained. */
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { severityName } from '../i18n/ui.js';
import { allRules, findRule, ruleCatalogue } from '../rules/index.js';
import type { Rule } from '../rules/define.js';
import type { Lang } from '../report/types.js';
import { suggest } from '../validate/suggest.js';

const scopeName: Record<Rule['scope'], { nl: string; en: string }> = {
  pipeline: { nl: 'bestand', en: 'file' },
  aanvraag: { nl: 'aanvraag', en: 'application' },
  modelplan: { nl: 'modelplan', en: 'modelplan' },
  modelplannen: { nl: 'modelplannen', en: 'modelplannen' },
  aanvragen: { nl: 'aanvragen (samen)', en: 'applications (together)' },
  budgetkader: { nl: 'budgetkader', en: 'budget frame' },
  beoordelingen: { nl: 'beoordelingen (met de aanvragen)', en: 'decisions (with the applications)' },
  'bo-besluit': { nl: 'het BO-besluit (met de beoordelingen en het register)', en: 'the BO decision (with the decisions and the register)' },
  bevestigingen: { nl: 'bevestigingen (met het BO-besluit)', en: 'confirmations (with the BO decision)' },
  register: { nl: 'register van de indiening', en: 'register of the submission' },
  verantwoordingen: { nl: 'verantwoordingen (met de aanvraag aan de NZa)', en: 'accounts (with the NZa request)' },
  plausibiliteiten: { nl: 'plausibiliteitstoetsen (met de verantwoordingen)', en: 'plausibility tests (with the accounts)' },
};

export function rulesAsJson(lang: Lang): string {
  const rules = ruleCatalogue().map((r) => ({ id: r.id, severity: r.severity, scope: r.scope, title: r.title[lang], source: r.source }));
  return JSON.stringify(rules, null, 2) + '\n';
}

export async function rulesAsTable(lang: Lang): Promise<string> {
  // Loaded only for a table: a run that prints none does not pay for it.
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: lang === 'nl' ? ['regel', 'ernst', 'over', 'titel'] : ['rule', 'severity', 'scope', 'title'],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of allRules) table.push([r.id, severityName[r.severity][lang], scopeName[r.scope][lang], r.title[lang]]);
  return table.toString() + '\n';
}

export function explainRule(id: string, lang: Lang): string {
  const rule = findRule(id);
  if (!rule) {
    const suggestion = suggest(id, allRules.map((r) => r.id));
    throw new UsageError({
      nl: `onbekende regel "${escapeControl(id)}"${suggestion ? `; bedoelde u "${suggestion}"?` : "; zie 'modelplan rules'"}`,
      en: `unknown rule "${escapeControl(id)}"${suggestion ? `; did you mean "${suggestion}"?` : "; see 'modelplan rules'"}`,
    });
  }
  const label = (nl: string, en: string) => (lang === 'nl' ? nl : en);
  const example = rule.docs.example
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return [
    `${rule.id}: ${rule.title[lang]}`,
    '',
    `${label('Ernst', 'Severity')}: ${severityName[rule.severity][lang]}    ${label('Over', 'Scope')}: ${scopeName[rule.scope][lang]}`,
    `${label('Bron', 'Source')}: ${rule.docs.source}`,
    '',
    rule.docs.description[lang],
    '',
    `${label('Voorbeeld dat deze regel raakt', 'Example that triggers this rule')}:`,
    example,
    '',
    `${label('Meldingen', 'Messages')}:`,
    ...Object.entries(rule.messages as Record<string, { nl: string; en: string }>).map(([messageId, text]) => `  ${messageId}: ${text[lang]}`),
    '',
  ].join('\n');
}

