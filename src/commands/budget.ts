/**
 * `modelplan budget <paths…>`: the total of all applications per theme against the guide amounts
 * (nota §4.2), so over- or under-subscription shows before final approval. Wiring only: runBudget
 * (the check stages, then the pure aggregation), then a formatter. Exit code 0 when the totals were produced (invalid
 * applications are listed, not fatal), 2 on a usage error.
 */
import type { Command } from 'commander';
import type { BudgetFlags } from '../options/budget.js';
import { BUDGET_FORMATS, formatterFor } from '../format/table.js';
import { runBudget } from '../runs/check.js';
import { assertOutputFolder } from '../write.js';
import { emit, pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

export function registerBudget(program: Command, ctx: CommandContext): void {
  program
    .command('budget')
    .description(
      pick(ctx, {
        nl: 'totalen per thema tegen de richtbedragen uit het budgetkader, zodat over- of onderintekening zichtbaar wordt',
        en: 'totals per theme against the guide amounts of the budget frame, so over- or under-subscription shows',
      }),
    )
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, { nl: 'bestanden, mappen (recursief *.yaml/*.yml), patronen, of -', en: 'files, directories (recursive *.yaml/*.yml), globs, or -' }))
    .option('-f, --format <format>', pick(ctx, { nl: `uitvoerformaat: ${BUDGET_FORMATS.join(', ')} (standaard table)`, en: `output format: ${BUDGET_FORMATS.join(', ')} (default table)` }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair) in plaats van standaarduitvoer', en: 'write to this file (atomically) instead of standard output' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(
      '--toewijzing <method>',
      pick(ctx, {
        nl: 'geen (standaard), pro-rata (elk overtekend thema per aanvraag terug tot het richtbedrag), rangorde (op score tot het richtbedrag) of verschuiven (ruimte van ondertekende Zvw-thema’s naar overtekende, binnen het Zvw-plafond)',
        en: 'geen (default), pro-rata (each over-subscribed theme scaled back to its guide amount), rangorde (by score up to the guide amount) or verschuiven (room left by under-subscribed Zvw themes to over-subscribed ones, within the Zvw cap)',
      }),
    )
    .option('--register <file>', pick(ctx, { nl: 'register van het indienmoment (modelplan register): bestanden die er niet in staan tellen nergens mee en staan apart', en: 'register of the submission (modelplan register): files not in it count for nothing and are listed apart' }))
    .option('--zonder-aanvullende-beoordeling', pick(ctx, { nl: 'tel aanvragen met aanvullende beoordeling niet mee', en: 'do not count applications that need additional review' }))
    .option(...sharedOption(ctx, 'jobs'))
    .option(...sharedOption(ctx, 'separator'))
    .option(...sharedOption(ctx, 'bom'))
    .option(...sharedOption(ctx, 'headerLabels'))
    .option(...sharedOption(ctx, 'maxFileSize'))
    .option(...sharedOption(ctx, 'noColor'))
    .action(async (paths: string[], flags: BudgetFlags) => {
      const { budgetInvocation } = await import('../options/budget.js');
      const invocation = budgetInvocation(paths, flags, ctx.environment, ctx.lang);
      if (invocation.output) assertOutputFolder(invocation.output, flags.output!);
      const { budget, exitCode } = await runBudget(invocation.check, invocation.budget, { stdin: ctx.stdin });
      const format = await formatterFor('budget', invocation.format);
      const text = format(budget, invocation.formatOptions);
      await emit(ctx, invocation.output, text);
      ctx.setExitCode(exitCode);
    });
}
