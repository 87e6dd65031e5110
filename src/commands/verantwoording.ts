/**
 * After approval: `init-verantwoording`, `init-plausibiliteit` and `voortgang` (the NZa's yearly
 * overview, `export nza-verantwoording`, is wired with the export command in round.ts). Wiring only: flags →
 * options (src/options/verantwoording.ts) → run* (src/runs/verantwoording.ts) → formatter → write.
 */
import type { Command } from 'commander';
import { formatterFor } from '../format/table.js';
import type { AfterApprovalFlags } from '../options/verantwoording.js';
import { assertOutputFolder } from '../write.js';
import { emit, emitNew, pick, todayOf, type CommandContext } from './context.js';
import { withExitCodes } from './exit-codes.js';
import { sharedOption } from './shared-options.js';

const loadRun = () => import('../runs/verantwoording.js');
const loadOptions = () => import('../options/verantwoording.js');



const pathsArgument = { nl: 'bestanden, mappen (recursief *.yaml/*.yml), patronen', en: 'files, directories (recursive *.yaml/*.yml), globs' };


export function registerAccountCommands(program: Command, ctx: CommandContext): void {
  withExitCodes(program.command('init-verantwoording'), ctx, 'init-verantwoording')
    .description(pick(ctx, { nl: 'begin de jaarlijkse verantwoording (soort: verantwoording) van een goedgekeurd project vanuit zijn aanvraag aan de NZa', en: 'start the yearly account (soort: verantwoording) of an approved project from its NZa request' }))
    .usage(pick(ctx, { nl: '[opties] <nza-aanvraag>', en: '[options] <nza-request>' }))
    .argument('<paths...>', pick(ctx, { nl: 'de aanvraag aan de NZa (*.nza.json van export nza)', en: 'the NZa request (*.nza.json from export nza)' }))
    .option('--jaar <year>', pick(ctx, { nl: 'het jaar van de verantwoording, bijvoorbeeld 2027', en: 'the year of the account, e.g. 2027' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (nooit overschrijven zonder --force)', en: 'write to this file (never overwritten without --force)' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (paths: string[], flags: AfterApprovalFlags) => {
      const invocation = (await loadOptions()).initVerantwoordingInvocation(paths, flags, ctx.environment, ctx.lang);
      const result = await (await loadRun()).runInitVerantwoording(invocation);
      await emitNew(ctx, invocation.output, flags.output, invocation.force, result.text);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('init-plausibiliteit'), ctx, 'init-plausibiliteit')
    .description(pick(ctx, { nl: 'schrijf een plausibiliteitstoets (soort: plausibiliteit) met de vingerafdruk en de bevindingen van een verantwoording', en: 'write a plausibility test (soort: plausibiliteit) with an account’s fingerprint and findings' }))
    .usage(pick(ctx, { nl: '[opties] <verantwoording>', en: '[options] <account>' }))
    .argument('<paths...>', pick(ctx, { nl: 'de verantwoording (één bestand)', en: 'the account (one file)' }))
    .option('--datum <date>', pick(ctx, { nl: 'datum van de toets, JJJJ-MM-DD (standaard: vandaag)', en: 'date of the test, YYYY-MM-DD (default: today)' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (nooit overschrijven zonder --force)', en: 'write to this file (never overwritten without --force)' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (paths: string[], flags: AfterApprovalFlags) => {
      const invocation = (await loadOptions()).initPlausibiliteitInvocation(paths, flags, ctx.environment, ctx.lang, todayOf(ctx));
      const result = await (await loadRun()).runInitPlausibiliteit(invocation, { stdin: ctx.stdin });
      await emitNew(ctx, invocation.output, flags.output, invocation.force, result.text);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('voortgang'), ctx, 'voortgang')
    .description(pick(ctx, { nl: 'voortgang voor het BO en VWS: één zelfstandige HTML-pagina (of --format json) met geld, mijlpalen en bespaarde arbeidsinzet uit de verantwoordingen', en: 'progress for the BO and VWS: one self-contained HTML page (or --format json) with money, milestones and labour saved from the accounts' }))
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, pathsArgument))
    .option('-f, --format <format>', pick(ctx, { nl: 'uitvoerformaat: html, json', en: 'output format: html, json' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair); zonder: standaarduitvoer', en: 'write to this file (atomically); without: standard output' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'jobs'))
    .action(async (paths: string[], flags: AfterApprovalFlags) => {
      const invocation = (await loadOptions()).voortgangInvocation(paths, flags, ctx.environment, ctx.lang);
      if (invocation.output) assertOutputFolder(invocation.output, flags.output!);
      const result = await (await loadRun()).runVoortgang(invocation, { stdin: ctx.stdin });
      await emit(ctx, invocation.output, (await formatterFor('voortgang', invocation.format))(result.voortgang));
      ctx.setExitCode(result.exitCode);
    });
}
