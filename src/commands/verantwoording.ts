/**
 * After approval: `init-verantwoording`, `init-plausibiliteit`, `voortgang` and the NZa's yearly
 * overview (`export nza-verantwoording`, wired from the export command). Wiring only: flags →
 * options (src/options/verantwoording.ts) → run* (src/runs/verantwoording.ts) → formatter → write.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { formatterFor } from '../format/table.js';
import { formatEuros, t } from '../i18n/ui.js';
import type { AfterApprovalFlags } from '../options/verantwoording.js';
import { assertOutputFolder, writeFileAtomic } from '../write.js';
import { emit, pick, type CommandContext } from './context.js';
import { withExitCodes } from './exit-codes.js';
import { sharedOption } from './shared-options.js';

const loadRun = () => import('../runs/verantwoording.js');
const loadOptions = () => import('../options/verantwoording.js');

const text = {
  exists: { nl: '{path} bestaat al; gebruik --force om te overschrijven', en: '{path} already exists; use --force to overwrite' },
  noDir: { nl: 'uitvoermap {dir} bestaat niet (het gereedschap maakt geen mappen)', en: 'output folder {dir} does not exist (the tool creates no folders)' },
  written: { nl: 'overzicht {jaar} voor de NZa geschreven naar {dir}: plausibel € {bedrag} bij {aantal} verzekeraar(s), {apart} project(en) apart; nza-verantwoording-{jaar}.json en .csv\n', en: 'overview {jaar} for the NZa written to {dir}: plausible € {bedrag} at {aantal} insurer(s), {apart} project(s) apart; nza-verantwoording-{jaar}.json and .csv\n' },
};

const pathsArgument = { nl: 'bestanden, mappen (recursief *.yaml/*.yml), patronen', en: 'files, directories (recursive *.yaml/*.yml), globs' };

async function writeNew(ctx: CommandContext, output: string | undefined, shown: string | undefined, force: boolean, content: string): Promise<void> {
  if (!output) {
    ctx.stdout(content);
    return;
  }
  assertOutputFolder(output, shown!);
  if (!force && existsSync(output)) throw new UsageError(text.exists, { path: escapeControl(shown!) });
  await writeFileAtomic(output, content, { exclusive: !force });
}

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
      await writeNew(ctx, invocation.output, flags.output, invocation.force, result.text);
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
      const today = () => (ctx.now ?? (() => new Date()))().toISOString().slice(0, 10);
      const invocation = (await loadOptions()).initPlausibiliteitInvocation(paths, flags, ctx.environment, ctx.lang, today);
      const result = await (await loadRun()).runInitPlausibiliteit(invocation, { stdin: ctx.stdin });
      await writeNew(ctx, invocation.output, flags.output, invocation.force, result.text);
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

/** `export nza-verantwoording <paths> --jaar J -o DIR`, called by the export command for that target. */
export async function exportNzaVerantwoording(ctx: CommandContext, paths: string[], flags: AfterApprovalFlags): Promise<void> {
  const invocation = (await loadOptions()).exportVerantwoordingInvocation(paths, flags, ctx.environment, ctx.lang);
  const lang = invocation.check.lang;
  let isDir = false;
  try {
    isDir = statSync(invocation.outputDir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(text.noDir, { dir: escapeControl(invocation.shownDir) });
  const result = await (await loadRun()).runExportNzaVerantwoording(invocation, { stdin: ctx.stdin });
  for (const file of result.files) await writeFileAtomic(join(invocation.outputDir, file.name), file.content);
  const o = result.overview;
  ctx.stdout(t(text.written, lang, { jaar: o.jaar, dir: escapeControl(invocation.shownDir), bedrag: formatEuros(o.totaal.plausibel, lang), aantal: o.perVerzekeraar.length, apart: o.apart.length }));
  ctx.setExitCode(result.exitCode);
}
