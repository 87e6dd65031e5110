/**
 * `modelplan formulier [aanvraag.yaml] [--modelplan ID]`: a local form in the browser, checked
 * live by the same engine as `check`. Wiring only: flags → options (src/options/formulier.ts), then
 * the run (src/runs/formulier.ts) serves the form until the user stops it (Ctrl+C).
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { formulierOptions, type FormulierFlags } from '../options/formulier.js';
import type { Localized } from '../report/types.js';
import { runFormulier } from '../form/run.js';
import { pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

const noForm: Localized = { nl: 'formulier is hier niet beschikbaar', en: 'formulier is not available here' };

export function registerFormulier(program: Command, ctx: CommandContext): void {
  program
    .command('formulier')
    .description(
      pick(ctx, {
        nl: 'vul een aanvraag in met een formulier in de browser, live gecontroleerd met dezelfde regels als check',
        en: 'fill in an application with a form in the browser, checked live by the same rules as check',
      }),
    )
    .usage(pick(ctx, { nl: '[aanvraag.yaml] [opties]', en: '[application.yaml] [options]' }))
    .argument('[file]', pick(ctx, { nl: 'de aanvraag om te bewerken, of het nieuwe bestand (met --modelplan)', en: 'the application to edit, or the new file (with --modelplan)' }))
    .option('--modelplan <id>', pick(ctx, { nl: 'begin een nieuwe aanvraag vanuit het skelet van dit modelplan', en: 'start a new application from the skeleton of this modelplan' }))
    .option('--versie <version>', pick(ctx, { nl: 'versie van het modelplan (standaard de nieuwste)', en: 'modelplan version (default the newest)' }))
    .option('--port <n>', pick(ctx, { nl: 'poort op 127.0.0.1 (standaard: een vrije poort)', en: 'port on 127.0.0.1 (default: a free port)' }))
    .option('--no-open', pick(ctx, { nl: 'open de browser niet, print alleen het adres', en: 'do not open the browser, only print the address' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'maxFileSize'))
    .action(async (file: string | undefined, flags: FormulierFlags) => {
      if (!ctx.form) throw new UsageError(noForm);
      const options = formulierOptions(file, flags, ctx.environment.cwd, ctx.lang);
      ctx.setExitCode(await runFormulier(options, { ...ctx.form, cwd: ctx.environment.cwd, stdout: ctx.stdout, stderr: ctx.stderr }));
    });
}
