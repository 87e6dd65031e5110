/** `modelplan rules` and `modelplan explain <rule-id>`: wiring only; the texts are src/runs/rules.ts. */
import type { Command } from 'commander';
import { rulesFormat } from '../options/rules.js';
import { explainRule, rulesAsJson, rulesAsTable } from '../runs/rules.js';
import { pick, type CommandContext } from './context.js';

export function registerRules(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description(pick(ctx, { nl: 'toon alle regels met ID, ernst en titel', en: 'list every rule with ID, severity and title' }))
    .usage(pick(ctx, { nl: '[opties]', en: '[options]' }))
    .option('-f, --format <format>', pick(ctx, { nl: 'uitvoerformaat: table (standaard) of json', en: 'output format: table (default) or json' }))
    .action(async (flags: { format?: string }) => {
      const format = rulesFormat(flags);
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
