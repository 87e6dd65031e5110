/** `modelplan check <paths…>`: wiring only; the work is runCheck, the text is a formatter. */
import type { Command } from 'commander';
import { CHECK_FORMATS, formatterFor } from '../format/table.js';
import { DEFAULT_CACHE_FILE } from '../engine/cache.js';
import { cacheNoticeLine } from '../format/cache-notice.js';
import { UsageError } from '../errors.js';
import { checkInvocation, fixMode, showsFingerprints, type CheckFlags, type CheckInvocation } from '../options/check.js';
import type { Summary } from '../report/types.js';
import { runCheck } from '../runs/check.js';
import { assertOutputFolder } from '../write.js';
import { emit, pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description(pick(ctx, { nl: 'controleer aanvragen en modelplannen (bestanden, mappen, patronen of - voor standaardinvoer)', en: 'check applications and modelplannen (files, directories, globs or - for standard input)' }))
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, { nl: 'bestanden, mappen (recursief *.yaml/*.yml), patronen, of -', en: 'files, directories (recursive *.yaml/*.yml), globs, or -' }))
    .option('-f, --format <format>', pick(ctx, { nl: `uitvoerformaat: ${CHECK_FORMATS.join(', ')}`, en: `output format: ${CHECK_FORMATS.join(', ')}` }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf het rapport naar dit bestand (atomair) in plaats van standaarduitvoer', en: 'write the report to this file (atomically) instead of standard output' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option('--register <file>', pick(ctx, { nl: 'vergelijk met het register van de indiening: elk gewijzigd, toegevoegd of ontbrekend bestand is een fout', en: 'compare with the register of the submission: every changed, added or missing file is an error' }))
    .option('--verify <pubkey>', pick(ctx, { nl: 'met --register: het register moet getekend zijn met deze publieke Ed25519-sleutel van de balie (PEM)', en: 'with --register: the register must be signed with this public Ed25519 key of the desk (PEM)' }))
    .option('--fail-on <level>', pick(ctx, { nl: 'exitcode 1 bij: error (standaard), review (ook aanvullende beoordeling) of warning', en: 'exit code 1 on: error (default), review (also additional review) or warning' }))
    .option('--max-warnings <n>', pick(ctx, { nl: 'exitcode 1 bij meer dan n waarschuwingen', en: 'exit code 1 on more than n warnings' }))
    .option('-q, --quiet', pick(ctx, { nl: 'toon alleen fouten', en: 'show errors only' }))
    .option('--explain-score', pick(ctx, { nl: 'toon hoe de score van elke aanvraag is opgebouwd', en: 'show how each application’s score is made up' }))
    .option(...sharedOption(ctx, 'maxFileSize'))
    .option('--max-findings <n>', pick(ctx, { nl: 'toon per bestand hooguit n bevindingen, dan "… en N meer" (standaard 1000; de tellingen tellen alles)', en: 'show at most n findings per file, then "… and N more" (default 1000; the counts count all)' }))
    .option('--max-aliases <n>', pick(ctx, { nl: 'hooguit n aliassen (*naam) per document (standaard 100)', en: 'at most n aliases (*name) per document (default 100)' }))
    .option('--max-keys <n>', pick(ctx, { nl: 'hooguit n sleutels per mapping (standaard 1000)', en: 'at most n keys per mapping (default 1000)' }))
    .option('--max-nodes <n>', pick(ctx, { nl: 'hooguit n waarden per document, aliassen uitgevouwen (standaard 20000)', en: 'at most n values per document, aliases expanded (default 20000)' }))
    .option('--follow-links', pick(ctx, { nl: 'volg ook links in een map die naar buiten die map wijzen', en: 'also follow links in a directory that point outside it' }))
    .option(...sharedOption(ctx, 'jobs'))
    .option('--cache', pick(ctx, { nl: `onthoud per bestand de uitkomst; een ongewijzigd bestand wordt niet opnieuw gelezen als YAML (standaard in ${DEFAULT_CACHE_FILE})`, en: `remember each file's outcome; an unchanged file is not parsed again (default in ${DEFAULT_CACHE_FILE})` }))
    .option('--cache-location <file>', pick(ctx, { nl: 'met --cache: het cachebestand', en: 'with --cache: the cache file' }))
    .option(...sharedOption(ctx, 'separator'))
    .option(...sharedOption(ctx, 'bom'))
    .option(...sharedOption(ctx, 'headerLabels'))
    .option('--fix', pick(ctx, { nl: 'repareer wat eenduidig te repareren is (bedragen, codes, tekst met #, veldnamen, onzichtbare spaties); de rest van het bestand blijft byte voor byte', en: 'repair what can be repaired unambiguously (amounts, codes, text with #, field names, invisible spaces); the rest of the file stays byte for byte' }))
    .option('--dry-run', pick(ctx, { nl: 'met --fix: toon de reparaties als diff en wijzig niets', en: 'with --fix: show the repairs as a diff and change nothing' }))
    .option('-w, --watch', pick(ctx, { nl: 'controleer opnieuw bij elke wijziging (Ctrl+C stopt)', en: 'check again on every change (Ctrl+C stops)' }))
    .option(...sharedOption(ctx, 'noColor'))
    .action(async (paths: string[], flags: CheckFlags & { watch?: boolean }) => {
      const invocation = checkInvocation(paths, flags, ctx.environment, ctx.lang);
      if (invocation.output) assertOutputFolder(invocation.output, flags.output!);
      const fix = fixMode(paths, flags);
      if (fix) return ctx.setExitCode(await fixOnce(invocation, fix.dryRun, ctx));
      const once = () => checkOnce(invocation, ctx);
      if (!flags.watch) return ctx.setExitCode((await once()).exitCode);
      if (!ctx.watch) throw new UsageError({ nl: '--watch is hier niet beschikbaar', en: '--watch is not available here' });
      const { watchCheck } = await import('../watch/run.js');
      const output = { stdout: ctx.stdout, stderr: ctx.stderr, stdoutIsTTY: ctx.environment.stdoutIsTTY };
      ctx.setExitCode(await watchCheck(invocation, output, ctx.watch, once));
    });
}

/** One check: run (engine → view → render), format, write. */
async function checkOnce(invocation: CheckInvocation, ctx: CommandContext): Promise<{ exitCode: number; summary: Summary }> {
  const check = { ...invocation.check, fingerprints: showsFingerprints(invocation.format), view: invocation.view };
  const { report, exitCode, notices } = await runCheck(check, { stdin: ctx.stdin });
  for (const notice of notices) ctx.stderr(cacheNoticeLine(notice, invocation.check.lang));
  const format = await formatterFor('check', invocation.format);
  // Written in pieces where the format has them: the whole text is never held at once.
  await emit(ctx, invocation.output, format.chunks ? format.chunks(report, invocation.formatOptions) : format(report, invocation.formatOptions));
  return { exitCode, summary: report.summary };
}

/** `check --fix [--dry-run]`: repair, then report what is left (text: the repairs first). */
async function fixOnce(invocation: CheckInvocation, dryRun: boolean, ctx: CommandContext): Promise<number> {
  const { runFix } = await import('../runs/fix.js');
  const result = await runFix({ ...invocation.check, dryRun });
  const [format, { withFixes }] = await Promise.all([formatterFor('check', invocation.format), import('../format/fix.js')]);
  const { lang, color } = invocation.formatOptions;
  const text = withFixes(format(result.report, invocation.formatOptions), result.fixes, { format: invocation.format, lang, color, dryRun });
  await emit(ctx, invocation.output, text);
  return result.exitCode;
}
