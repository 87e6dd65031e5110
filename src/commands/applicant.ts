/**
 * The applicant's commands: `list`, `init` and `schema`. Wiring only: flags → options
 * (src/options/applicant.ts) → run (src/runs/applicant.ts) → formatter (src/format/list.ts) → write.
 */
import type { Command } from 'commander';
import { escapeControl } from '../format/escape.js';
import { initOptions, listOptions, schemaOptions, type InitFlags, type ListFlags } from '../options/applicant.js';
import { runInit, runList, runSchema } from '../runs/applicant.js';
import { EXPORTABLE_SCHEMAS } from '../validate/bundle.js';
import { assertOutputFolder, writeFileAtomic, writeNewFile } from '../write.js';
import { pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

export function registerApplicantCommands(program: Command, ctx: CommandContext): void {
  program
    .command('list')
    .description(pick(ctx, { nl: 'toon de modelplannen: id, versie, status, thema, sectoren, bovengrens, looptijd', en: 'list the modelplannen: id, version, status, theme, sectors, upper limit, term' }))
    .usage(pick(ctx, { nl: '[opties]', en: '[options]' }))
    .option('-f, --format <format>', pick(ctx, { nl: 'uitvoerformaat: table (standaard) of json', en: 'output format: table (default) or json' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (flags: ListFlags) => {
      const options = listOptions(flags, ctx.environment, ctx.lang);
      const frame = await runList(options);
      const { formatList } = await import('../format/list.js');
      ctx.stdout(await formatList(frame, options.format, options.lang));
    });

  program
    .command('init')
    .description(pick(ctx, { nl: 'schrijf een aanvraag-skelet voor een modelplan, met de normen als commentaar', en: 'write an application skeleton for a modelplan, with the norms as comments' }))
    .usage(pick(ctx, { nl: '<modelplan-id> [opties]', en: '<modelplan-id> [options]' }))
    .argument('<modelplan-id>', pick(ctx, { nl: 'het modelplan, zie modelplan list', en: 'the modelplan, see modelplan list' }))
    .option('--versie <version>', pick(ctx, { nl: 'versie van het modelplan (standaard de nieuwste)', en: 'modelplan version (default the newest)' }))
    .option('--sector <sector>', pick(ctx, { nl: 'vul de sector al in', en: 'fill in the sector' }))
    .option('--zorgpad <zorgpad>', pick(ctx, { nl: 'vul het zorgpad al in (modelplannen met zorgpaden)', en: 'fill in the care pathway (modelplannen with pathways)' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair) in plaats van standaarduitvoer', en: 'write to this file (atomically) instead of standard output' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (id: string, flags: InitFlags) => {
      const options = initOptions(id, flags, ctx.environment, ctx.lang);
      const skeleton = await runInit(options);
      if (!options.output) return ctx.stdout(skeleton);
      await writeNewFile(options.output.path, options.output.shown, skeleton, options.force);
      ctx.stderr(`${pick(ctx, { nl: 'geschreven', en: 'written' })}: ${escapeControl(options.output.shown)}\n`);
    });

  program
    .command('schema')
    .description(pick(ctx, { nl: 'print een JSON Schema (aanvraag, modelplan, budgetkader, report) als één bestand, voor editors en tools', en: 'print a JSON Schema (aanvraag, modelplan, budgetkader, report) as one file, for editors and tools' }))
    .usage(pick(ctx, { nl: '<soort> [opties]', en: '<kind> [options]' }))
    .argument('<kind>', EXPORTABLE_SCHEMAS.join(' | '))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair)', en: 'write to this file (atomically)' }))
    .action(async (kind: string, flags: { output?: string }) => {
      const options = schemaOptions(kind, flags, ctx.environment);
      const text = await runSchema(options);
      if (!options.output) return ctx.stdout(text);
      assertOutputFolder(options.output.path, options.output.shown);
      await writeFileAtomic(options.output.path, text);
    });
}
