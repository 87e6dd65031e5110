/**
 * The assessment round (nota §4.2): `register`, `init-beoordeling`, `status` and `export nza`.
 * Wiring only: flags → options (src/options/round.ts) → run* (src/runs/round.ts) → write.
 */
import type { Command } from 'commander';
import { exportAccountsWritten, exportNzaRefused, exportNzaWritten } from '../format/export-messages.js';
import { STATUS_FORMATS } from '../format/table.js';
import { exportInvocation, initBeoordelingInvocation, initBevestigingInvocation, initBoBesluitInvocation, registerInvocation, statusInvocation, type ExportFlags, type InitBeoordelingFlags, type InitBevestigingFlags, type InitBoBesluitFlags, type RegisterFlags, type StatusFlags } from '../options/round.js';
import { STATUSES } from '../round/types.js';
import { assertNewOutput, assertOutputFolder, writeFileAtomic, writeFilesInto, writeFolderAtomic } from '../write.js';
import { emit, emitNew, pick, todayOf, type CommandContext } from './context.js';
import { withExitCodes } from './exit-codes.js';
import { sharedOption } from './shared-options.js';

/** The round's runs, loaded when a round command runs (they bring `yaml` for the skeletons): check does not pay for them. */
const loadRound = () => import('../runs/round.js');

/** init-beoordeling's own: only it can update the file it names (--bijwerken). */
const exists = { nl: '{path} bestaat al; gebruik --force om te overschrijven of --bijwerken om hem bij te werken', en: '{path} already exists; use --force to overwrite or --bijwerken to update it' };

const pathsArgument = { nl: 'bestanden, mappen (recursief *.yaml/*.yml), patronen', en: 'files, directories (recursive *.yaml/*.yml), globs' };



export function registerRoundCommands(program: Command, ctx: CommandContext): void {
  withExitCodes(program.command('register'), ctx, 'register')
    .description(pick(ctx, { nl: 'bevries de indiening: per bestand SHA-256 en vingerafdruk, met de versies en een hash over het register', en: 'freeze the submission: per file SHA-256 and fingerprint, with the versions and a hash over the register' }))
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, pathsArgument))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf het register naar dit bestand (atomair)', en: 'write the register to this file (atomically)' }))
    .option('--peildatum <date>', pick(ctx, { nl: 'het indienmoment, JJJJ-MM-DD (standaard: vandaag)', en: 'the submission moment, YYYY-MM-DD (default: today)' }))
    .option('--sign <key>', pick(ctx, { nl: 'teken het register met de private Ed25519-sleutel van de balie (PEM-bestand)', en: 'sign the register with the desk\'s private Ed25519 key (PEM file)' }))
    .option('--door <name>', pick(ctx, { nl: 'wie het register maakt (standaard: de gebruiker, MODELPLAN_USER of USER)', en: 'who makes the register (default: the user, MODELPLAN_USER or USER)' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'jobs'))
    .action(async (paths: string[], flags: RegisterFlags) => {
      const invocation = registerInvocation(paths, flags, ctx.environment, ctx.lang, todayOf(ctx), ctx.now ?? (() => new Date()));
      if (invocation.output) assertOutputFolder(invocation.output, flags.output!);
      const { runRegister } = await loadRound();
      const result = await runRegister(invocation, { stdin: ctx.stdin });
      await emit(ctx, invocation.output, result.text);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('init-beoordeling'), ctx, 'init-beoordeling')
    .description(pick(ctx, { nl: 'schrijf een beoordeling (soort: beoordeling) met de vingerafdruk en de redenen van de aanvraag', en: 'write a decision (soort: beoordeling) with the application’s fingerprint and review reasons' }))
    .usage(pick(ctx, { nl: '[opties] <aanvraag>', en: '[options] <application>' }))
    .argument('<paths...>', pick(ctx, { nl: 'de aanvraag (één bestand)', en: 'the application (one file)' }))
    .option('--rol <role>', pick(ctx, { nl: 'coordinerend of tweede', en: 'coordinerend or tweede' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (nooit overschrijven zonder --force)', en: 'write to this file (never overwritten without --force)' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option('--bijwerken', pick(ctx, { nl: 'werk een bestaande beoordeling (-o) bij naar de huidige aanvraag: nieuwe vingerafdruk, reacties behouden', en: 'update an existing decision (-o) to the current application: new fingerprint, responses kept' }))
    .option('--datum <date>', pick(ctx, { nl: 'datum van de beoordeling, JJJJ-MM-DD (standaard: vandaag)', en: 'date of the decision, YYYY-MM-DD (default: today)' }))
    .option('--uitkomst <outcome>', pick(ctx, { nl: 'vul de uitkomst al in: akkoord, akkoord-onder-voorwaarden, aanhouden of afwijzen', en: 'fill in the outcome: akkoord, akkoord-onder-voorwaarden, aanhouden or afwijzen' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (paths: string[], flags: InitBeoordelingFlags) => {
      const invocation = initBeoordelingInvocation(paths, flags, ctx.environment, ctx.lang, todayOf(ctx));
      if (invocation.output && !invocation.bijwerken) assertNewOutput(invocation.output, flags.output!, invocation.force, exists);
      const { runInitBeoordeling } = await loadRound();
      const result = await runInitBeoordeling(invocation, { stdin: ctx.stdin });
      // --bijwerken writes the decision it read back over itself.
      if (invocation.bijwerken && invocation.output) await writeFileAtomic(invocation.output, result.text);
      else await emitNew(ctx, invocation.output, flags.output, invocation.force, result.text, exists);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('init-bo-besluit'), ctx, 'init-bo-besluit')
    .description(pick(ctx, { nl: 'schrijf een BO-besluit (soort: bo-besluit) uit de huidige cijfers: per thema de goedgekeurde aanvragen, de hash van het register en van de cijfers; exitcode 1 als het register niet klopt', en: 'write a BO decision (soort: bo-besluit) from the current figures: per theme the approved applications, the hashes of the register and the figures; exit code 1 when the register does not hold' }))
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, pathsArgument))
    .option('--register <file>', pick(ctx, { nl: 'het register van de indiening (verplicht)', en: 'the register of the submission (required)' }))
    .option('--datum <date>', pick(ctx, { nl: 'datum van het BO-overleg, JJJJ-MM-DD (standaard: vandaag)', en: 'date of the BO meeting, YYYY-MM-DD (default: today)' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (nooit overschrijven zonder --force)', en: 'write to this file (never overwritten without --force)' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'jobs'))
    .action(async (paths: string[], flags: InitBoBesluitFlags) => {
      const invocation = initBoBesluitInvocation(paths, flags, ctx.environment, ctx.lang, todayOf(ctx));
      if (invocation.output) assertNewOutput(invocation.output, flags.output!, invocation.force);
      const { runInitBoBesluit } = await loadRound();
      const result = await runInitBoBesluit(invocation, { stdin: ctx.stdin });
      if (result.problem !== undefined) ctx.stderr(result.problem + '\n');
      else await emitNew(ctx, invocation.output, flags.output, invocation.force, result.text);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('init-bevestiging'), ctx, 'init-bevestiging')
    .description(pick(ctx, { nl: 'schrijf een bevestiging (soort: bevestiging) na het BO-besluit: het bedrag van het BO, de SHA-256 van het besluit, een overeenkomst per zorgaanbieder; exitcode 1 zonder BO-besluit dat telt', en: 'write a confirmation (soort: bevestiging) after the BO decision: the BO’s amount, the decision’s SHA-256, an agreement per provider; exit code 1 without a BO decision that counts' }))
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, pathsArgument))
    .option('--register <file>', pick(ctx, { nl: 'het register van de indiening (verplicht)', en: 'the register of the submission (required)' }))
    .option('--aanvraag <file>', pick(ctx, { nl: 'de aanvraag, zoals check haar pad toont', en: 'the application, as check shows its path' }))
    .option('--rol <role>', pick(ctx, { nl: 'coordinerend of tweede', en: 'coordinerend or tweede' }))
    .option('--datum <date>', pick(ctx, { nl: 'datum van de bevestiging, JJJJ-MM-DD (standaard: vandaag)', en: 'date of the confirmation, YYYY-MM-DD (default: today)' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (nooit overschrijven zonder --force)', en: 'write to this file (never overwritten without --force)' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'jobs'))
    .action(async (paths: string[], flags: InitBevestigingFlags) => {
      const invocation = initBevestigingInvocation(paths, flags, ctx.environment, ctx.lang, todayOf(ctx));
      if (invocation.output) assertNewOutput(invocation.output, flags.output!, invocation.force);
      const { runInitBevestiging } = await loadRound();
      const result = await runInitBevestiging(invocation, { stdin: ctx.stdin });
      if (result.problem !== undefined) ctx.stderr(result.problem + '\n');
      else await emitNew(ctx, invocation.output, flags.output, invocation.force, result.text);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('status'), ctx, 'status')
    .description(pick(ctx, { nl: 'waar elke aanvraag staat in de beoordelingsronde, uit de aanvragen en de beoordelingen samen', en: 'where each application stands in the assessment round, from the applications and decisions together' }))
    .usage(pick(ctx, { nl: '[opties] <paden...>', en: '[options] <paths...>' }))
    .argument('<paths...>', pick(ctx, pathsArgument))
    .option('--register <file>', pick(ctx, { nl: 'het register van de indiening (wijzigingen en de peildatum worden gecontroleerd)', en: 'the register of the submission (changes and the peildatum are checked)' }))
    .option('--alleen <statuses>', pick(ctx, { nl: `alleen deze statussen, met komma's: ${STATUSES.join(', ')}`, en: `only these statuses, comma-separated: ${STATUSES.join(', ')}` }))
    .option('--verzekeraar <uzovi>', pick(ctx, { nl: 'alleen aanvragen waarin deze verzekeraar (UZOVI) coördinerend of tweede is', en: 'only applications in which this insurer (UZOVI) is coordinating or second' }))
    .option('-f, --format <format>', pick(ctx, { nl: `uitvoerformaat: ${STATUS_FORMATS.join(', ')}`, en: `output format: ${STATUS_FORMATS.join(', ')}` }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair)', en: 'write to this file (atomically)' }))
    .option('--fail-on <level>', pick(ctx, { nl: 'exitcode 1 bij: strijdig, of open (nog niet definitief, afgewezen of bo-afgewezen)', en: 'exit code 1 on: strijdig, or open (not yet definitief, afgewezen or bo-afgewezen)' }))
    .option(...sharedOption(ctx, 'separator'))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'jobs'))
    .action(async (paths: string[], flags: StatusFlags) => {
      const invocation = statusInvocation(paths, flags, ctx.environment, ctx.lang);
      if (invocation.output) assertOutputFolder(invocation.output, flags.output!);
      const { runStatus } = await loadRound();
      const result = await runStatus(invocation, { stdin: ctx.stdin });
      await emit(ctx, invocation.output, result.text);
      ctx.setExitCode(result.exitCode);
    });

  withExitCodes(program.command('export'), ctx, 'export')
    .description(pick(ctx, { nl: 'export nza --register R: de gezamenlijke aanvraag aan de NZa voor elke definitieve aanvraag (na het BO-besluit, door beide bevestigd), in een nieuwe of lege map; exitcode 1 als hij weigert (zonder register, registercontrole faalt, geen BO-besluit, geen gesloten overeenkomst), 2 bij een gebruiksfout; export nza-verantwoording --jaar J: het jaaroverzicht voor de NZa (plausibele kosten per verzekeraar)', en: 'export nza --register R: the joint request to the NZa for every definitief application (after the BO decision, confirmed by both), into a new or empty folder; exit code 1 when it refuses (no register, register check fails, no BO decision, no closed agreement), 2 on a usage mistake; export nza-verantwoording --jaar J: the yearly overview for the NZa (plausible costs per insurer)' }))
    .usage(pick(ctx, { nl: 'nza|nza-verantwoording [opties] <paden...>', en: 'nza|nza-verantwoording [options] <paths...>' }))
    .argument('<target>', 'nza | nza-verantwoording')
    .argument('<paths...>', pick(ctx, pathsArgument))
    .option('-o, --output <dir>', pick(ctx, { nl: 'nza: een nieuwe of lege map (in één keer geschreven); nza-verantwoording: een bestaande map', en: 'nza: a new or empty folder (written at once); nza-verantwoording: an existing folder' }))
    .option('--register <file>', pick(ctx, { nl: 'het register van de indiening, waarnaar de aanvragen verwijzen', en: 'the register of the submission the requests refer to' }))
    .option('--jaar <year>', pick(ctx, { nl: 'nza-verantwoording: het jaar van het overzicht', en: 'nza-verantwoording: the year of the overview' }))
    .option(...sharedOption(ctx, 'separator'))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'jobs'))
    .action(async (target: string, paths: string[], flags: ExportFlags & { jaar?: string }) => {
      if (target === 'nza-verantwoording') return exportNzaVerantwoording(ctx, paths, flags);
      const invocation = exportInvocation(target, paths, flags, ctx.environment, ctx.lang);
      const lang = invocation.check.lang;
      const { runExportNza } = await loadRound();
      const result = await runExportNza(invocation, { stdin: ctx.stdin });
      if (result.exitCode !== 0) ctx.stderr(exportNzaRefused(result, lang));
      else {
        await writeFolderAtomic(invocation.outputDir, result.files);
        ctx.stdout(exportNzaWritten(result, invocation.shownDir, lang));
      }
      ctx.setExitCode(result.exitCode);
    });
}

/** `export nza-verantwoording <paths> --jaar J -o DIR`: the NZa's yearly overview, written into an existing folder. */
async function exportNzaVerantwoording(ctx: CommandContext, paths: string[], flags: ExportFlags & { jaar?: string }): Promise<void> {
  const invocation = (await import('../options/verantwoording.js')).exportVerantwoordingInvocation(paths, flags, ctx.environment, ctx.lang);
  const result = await (await import('../runs/verantwoording.js')).runExportNzaVerantwoording(invocation, { stdin: ctx.stdin });
  await writeFilesInto(invocation.outputDir, result.files);
  ctx.stdout(exportAccountsWritten(result, invocation.shownDir, invocation.check.lang));
  ctx.setExitCode(result.exitCode);
}
