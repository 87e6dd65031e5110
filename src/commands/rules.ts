/** `modelplan rules` and `modelplan explain <rule-id>`: the rule catalogue, for people and tools. */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { severityName } from '../i18n/ui.js';
import { allRules, findRule, ruleCatalogue } from '../rules/index.js';
import type { Rule } from '../rules/define.js';
import type { Lang } from '../report/types.js';
import { suggest } from '../validate/suggest.js';
import { pick, type CommandContext } from './context.js';

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
    const text =
      lang === 'nl'
        ? `onbekende regel "${escapeControl(id)}"${suggestion ? `; bedoelde u "${suggestion}"?` : "; zie 'modelplan rules'"}`
        : `unknown rule "${escapeControl(id)}"${suggestion ? `; did you mean "${suggestion}"?` : "; see 'modelplan rules'"}`;
    throw new UsageError(text);
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

export function registerRules(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description(pick(ctx, { nl: 'toon alle regels met ID, ernst en titel', en: 'list every rule with ID, severity and title' }))
    .usage(pick(ctx, { nl: '[opties]', en: '[options]' }))
    .option('-f, --format <format>', pick(ctx, { nl: 'uitvoerformaat: table (standaard) of json', en: 'output format: table (default) or json' }))
    .action(async (flags: { format?: string }) => {
      const format = flags.format ?? 'table';
      if (format !== 'table' && format !== 'json') {
        throw new UsageError(pick(ctx, { nl: `onbekend formaat "${escapeControl(format)}"; kies table of json`, en: `unknown format "${escapeControl(format)}"; choose table or json` }));
      }
      ctx.stdout(format === 'json' ? rulesAsJson(ctx.lang) : await rulesAsTable(ctx.lang));
    });
  program
    .command('explain')
    .description(pick(ctx, { nl: 'leg een regel uit: wat, waarom, bron en een voorbeeld', en: 'explain a rule: what, why, source and an example' }))
    .usage(pick(ctx, { nl: '<regel-id>', en: '<rule-id>' }))
    .argument('<rule-id>', pick(ctx, { nl: 'de ID van de regel, bijvoorbeeld bovengrens', en: 'the rule ID, for example bovengrens' }))
    .action((id: string) => {
      ctx.stdout(explainRule(id, ctx.lang));
    });
}
