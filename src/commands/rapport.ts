/**
 * `modelplan rapport <paths…> -o rapport.html`: the report for the BO IZA/AZWA, one self-contained
 * HTML page with the totals, the scenarios and every application. Wiring only: runRapport
 * (src/runs/rapport.ts: runBudget, the pure report builder), the HTML formatter, an atomic write. Exit code 0 when the report was made (invalid
 * applications are in it, not fatal), 2 on a usage error.
 */
import type { Command } from 'commander';
import { formatterFor } from '../format/table.js';
import type { RapportFlags } from '../options/rapport.js';
import { emit, pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

export function registerRapport(program: Command, ctx: CommandContext): void {
  program
    .command('rapport')
    .description(
      pick(ctx, {
        nl: 'rapport voor het BO IZA/AZWA: één zelfstandig HTML-bestand met totalen, scenario’s en elke aanvraag',
        en: 'report for the BO IZA/AZWA: one self-contained HTML file with the totals, the scenarios and every application',
      }),
    )
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, { nl: 'bestanden, mappen (recursief *.yaml/*.yml), patronen, of -', en: 'files, directories (recursive *.yaml/*.yml), globs, or -' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf het HTML-bestand hierheen (atomair); zonder: standaarduitvoer', en: 'write the HTML file here (atomically); without: standard output' }))
    .option('--register <file>', pick(ctx, { nl: 'register van het indienmoment (modelplan register): gewijzigde, toegevoegde en ontbrekende bestanden zijn fouten; de hash staat in de stempel', en: 'register of the submission (modelplan register): changed, added and missing files are errors; its hash is in the stamp' }))
    .option('--peildatum <date>', pick(ctx, { nl: 'peildatum JJJJ-MM-DD in de stempel (standaard: vandaag)', en: 'reference date YYYY-MM-DD in the stamp (default: today)' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option('--zonder-aanvullende-beoordeling', pick(ctx, { nl: 'tel aanvragen met aanvullende beoordeling niet mee', en: 'do not count applications that need additional review' }))
    .option(...sharedOption(ctx, 'jobs'))
    .option(...sharedOption(ctx, 'maxFileSize'))
    .action(async (paths: string[], flags: RapportFlags) => {
      const [{ rapportInvocation }, { runRapport }, formatRapport] = await Promise.all([import('../options/rapport.js'), import('../runs/rapport.js'), formatterFor('rapport', 'html')]);
      const invocation = rapportInvocation(paths, flags, ctx.environment, ctx.lang, (ctx.now ?? (() => new Date()))());
      const { rapport, exitCode } = await runRapport(invocation, { stdin: ctx.stdin });
      const page = formatRapport(rapport);
      await emit(ctx, invocation.output, page);
      ctx.setExitCode(exitCode);
    });
}
