/**
 * Builds the commander program, with help texts in the chosen language. Commands register
 * themselves from src/commands/; this file only wires them and translates commander's own texts.
 */
import { Command, CommanderError, type Argument, type Option } from 'commander';
import { registerBudget } from './commands/budget.js';
import { registerRapport } from './commands/rapport.js';
import { registerApplicantCommands } from './commands/applicant.js';
import { registerCheck } from './commands/check.js';
import { registerFormulier } from './commands/formulier.js';
import { registerRules } from './commands/rules.js';
import { registerLsp } from './commands/lsp.js';
import { registerRoundCommands } from './commands/round.js';
import { registerAccountCommands } from './commands/verantwoording.js';
import { pick, type CommandContext } from './commands/context.js';
import { UsageError } from './errors.js';
import { escapeControl } from './format/escape.js';
import { toolVersion } from './paths.js';
import { t } from './i18n/ui.js';
import { clockFromEnv, unknownLanguage } from './options/shared.js';
import type { Lang, Localized } from './report/types.js';

const titles: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

/**
 * Value and argument names in help are written in English in the commands and shown in Dutch
 * here, so `--format <formaat>` and `--format <format>` come from one definition.
 */
const dutchValueNames: Record<string, string> = {
  format: 'formaat',
  file: 'bestand',
  dir: 'map',
  level: 'niveau',
  lang: 'taal',
  char: 'teken',
  method: 'methode',
  version: 'versie',
  paths: 'paden',
  kind: 'soort',
  'rule-id': 'regel-id',
  date: 'datum',
  role: 'rol',
  outcome: 'uitkomst',
  statuses: 'statussen',
  uzovi: 'uzovi',
  target: 'doel',
  application: 'aanvraag',
};

export function localizeValueNames(term: string, lang: Lang): string {
  if (lang === 'en') return term;
  return term.replace(/<([\w-]+)(\.\.\.)?>|^([\w-]+)$/g, (whole, inBrackets?: string, dots?: string, bare?: string) => {
    const name = inBrackets ?? bare ?? '';
    const dutch = dutchValueNames[name];
    if (!dutch) return whole;
    return inBrackets ? `<${dutch}${dots ?? ''}>` : dutch;
  });
}

/** Commander's own error texts, in Dutch; the English ones are commander's. */
const commanderErrors: Record<string, { nl: string; pattern: RegExp }> = {
  'commander.unknownOption': { nl: "onbekende optie '$1'", pattern: /unknown option '([^']*)'/ },
  'commander.unknownCommand': { nl: "onbekende opdracht '$1'", pattern: /unknown command '([^']*)'/ },
  'commander.missingArgument': { nl: "argument '$1' ontbreekt", pattern: /missing required argument '([^']*)'/ },
  'commander.optionMissingArgument': { nl: "optie '$1' mist een waarde", pattern: /option '([^']*)' argument missing/ },
  'commander.excessArguments': { nl: 'te veel argumenten', pattern: /too many arguments/ },
};

/** Commander's "(Did you mean …?)" after an unknown command or option, kept in either language. */
const SUGGESTION = /\s*\(Did you mean (.+)\?\)\s*$/;
const suggestionText = { nl: ' (bedoelde u {name}?)', en: ' (did you mean {name}?)' } satisfies Localized;

export function commanderErrorText(error: CommanderError, lang: Lang): string {
  const message = error.message.replace(/^error: /, '');
  const suggested = SUGGESTION.exec(message)?.[1];
  const plain = message.replace(SUGGESTION, '');
  const hint = suggested ? t(suggestionText, lang, { name: suggested }) : '';
  const dutch = commanderErrors[error.code];
  if (lang === 'en' || !dutch) return plain + hint;
  const match = dutch.pattern.exec(plain);
  return (match ? dutch.nl.replace('$1', localizeValueNames(match[1] ?? '', 'nl')) : plain) + hint;
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('modelplan');
  const translate = (title: string) => (ctx.lang === 'nl' ? (titles[title] ?? title) : title);
  const terms = {
    optionTerm: (option: Option) => localizeValueNames(option.flags, ctx.lang),
    argumentTerm: (argument: Argument) => localizeValueNames(argument.name(), ctx.lang),
  };
  program
    .description(
      pick(ctx, {
        nl: 'Valideert en beoordeelt modelplannen en aanvragen voor de AZWA-doorbraakmiddelen.',
        en: 'Validates and scores modelplannen and applications for the AZWA doorbraakmiddelen.',
      }),
    )
    .usage(pick(ctx, { nl: '[opties] [opdracht]', en: '[options] [command]' }))
    .version(toolVersion(), '-V, --version', pick(ctx, { nl: 'toon het versienummer', en: 'show the version number' }))
    .option('--lang <lang>', pick(ctx, { nl: 'taal van meldingen en hulp: nl (standaard) of en; ook MODELPLAN_LANG', en: 'language of messages and help: nl (default) or en; also MODELPLAN_LANG' }))
    .option('--verbose', pick(ctx, { nl: 'toon bij een interne fout ook de stacktrace', en: 'show the stack trace on an internal error' }))
    .helpOption('-h, --help', pick(ctx, { nl: 'toon hulp bij de opdracht', en: 'show help for the command' }))
    .helpCommand(pick(ctx, { nl: 'help [opdracht]', en: 'help [command]' }), pick(ctx, { nl: 'toon hulp bij een opdracht', en: 'show help for a command' }))
    // A command's term in the overview uses its own (translated) usage line.
    .configureHelp({ styleTitle: translate, showGlobalOptions: true, ...terms, subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}` })
    .enablePositionalOptions(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout(s),
      writeErr: (s) => ctx.stderr(s),
      // Errors are printed by runCli, translated.
      outputError: () => undefined,
    });
  registerCheck(program, ctx);
  registerRules(program, ctx);
  registerApplicantCommands(program, ctx);
  registerBudget(program, ctx);
  registerFormulier(program, ctx);
  registerRapport(program, ctx);
  registerLsp(program, ctx);
  registerRoundCommands(program, ctx);
  registerAccountCommands(program, ctx);
  for (const command of program.commands) {
    command
      .helpOption('-h, --help', pick(ctx, { nl: 'toon hulp bij de opdracht', en: 'show help for the command' }))
      .configureHelp({ styleTitle: translate, showGlobalOptions: true, ...terms })
      .exitOverride()
      .configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s), outputError: () => undefined });
  }
  return program;
}

/** Runs the program; returns the exit code. Usage mistakes are 2, anything unexpected too. */
export async function runCli(argv: readonly string[], ctx: CommandContext): Promise<number> {
  let exitCode = 0;
  const badLanguage = unknownLanguage(argv, ctx.environment.env);
  if (badLanguage) {
    ctx.stderr(`modelplan: ${escapeControl(badLanguage)}\n`);
    return 2;
  }
  // One clock for every command: MODELPLAN_NOW when set, else the context's, else the system's.
  const fixed = clockFromEnv(ctx.environment.env);
  if (fixed === 'invalid') {
    ctx.stderr(pick(ctx, { nl: `modelplan: MODELPLAN_NOW verwacht een datum JJJJ-MM-DD of een ISO 8601-moment, gevonden "${escapeControl(ctx.environment.env.MODELPLAN_NOW ?? '')}"\n`, en: `modelplan: MODELPLAN_NOW expects a date YYYY-MM-DD or an ISO 8601 moment, found "${escapeControl(ctx.environment.env.MODELPLAN_NOW ?? '')}"\n` }));
    return 2;
  }
  const now = fixed ?? ctx.now ?? (() => new Date());
  const program = buildProgram({ ...ctx, now, environment: { ...ctx.environment, now }, setExitCode: (code) => (exitCode = code) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      ctx.stderr(`modelplan: ${escapeControl(commanderErrorText(error, ctx.lang))}\n`);
      ctx.stderr(pick(ctx, { nl: "Zie 'modelplan --help'.\n", en: "See 'modelplan --help'.\n" }));
      return 2;
    }
    if (error instanceof UsageError) {
      // Rendered here, in the user's language. A usage message may echo a path or value from the
      // command line: escape before the terminal.
      ctx.stderr(`modelplan: ${escapeControl(error.render(ctx.lang))}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    ctx.stderr(pick(ctx, { nl: `modelplan: interne fout: ${escapeControl(detail)}\n`, en: `modelplan: internal error: ${escapeControl(detail)}\n` }));
    // Parsed by commander with the rest; an error inside a command comes after parsing.
    const verbose = program.opts<{ verbose?: boolean }>().verbose === true;
    if (verbose && error instanceof Error && error.stack) ctx.stderr(error.stack + '\n');
    return 2;
  }
}
