/** `modelplan lsp --stdio`: the language server, wiring only; the work is startLanguageServer. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/read.js';
import { timerScheduler, type LspIO, type LspOptions } from '../lsp/types.js';
import { DEFAULT_CHECK_BUDGET_MS } from '../offthread/checker.js';
import { parseByteSize, parseCount } from '../options/shared.js';
import type { Lang } from '../report/types.js';
import { pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

export const DEFAULT_DEBOUNCE_MS = 200;

export interface LspFlags {
  stdio?: boolean;
  modelplannen?: string;
  lang?: string;
  maxFileSize?: string;
  debounce?: string;
  checkBudget?: string;
}

/** Flags → server options: pure. */
export function lspOptions(flags: LspFlags, cwd: string, defaultLang: Lang): LspOptions {
  const lang = defaultLang;
  if (!flags.stdio) {
    throw new UsageError(pick({ lang }, { nl: 'modelplan lsp spreekt alleen via standaardinvoer en -uitvoer: geef --stdio', en: 'modelplan lsp speaks over standard input and output only: pass --stdio' }));
  }
  const options: LspOptions = {
    lang,
    cwd,
    maxFileBytes: flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_BYTES : parseByteSize(flags.maxFileSize, lang),
    debounceMs: parseCount('--debounce', flags.debounce, lang) ?? DEFAULT_DEBOUNCE_MS,
    schedule: timerScheduler,
    checkBudgetMs: parseCount('--check-budget', flags.checkBudget, lang) ?? DEFAULT_CHECK_BUDGET_MS,
  };
  if (flags.modelplannen) options.modelplannenDir = resolve(cwd, flags.modelplannen);
  return options;
}

export function registerLsp(program: Command, ctx: CommandContext): void {
  program
    .command('lsp')
    .description(pick(ctx, { nl: 'taalserver (LSP) voor editors: alle regels van het kader, met snelle herstellingen', en: 'language server (LSP) for editors: every rule of the frame, with quick fixes' }))
    .usage(pick(ctx, { nl: '[opties]', en: '[options]' }))
    .option('--stdio', pick(ctx, { nl: 'spreek LSP via standaardinvoer en -uitvoer (verplicht)', en: 'speak LSP over standard input and output (required)' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'maxFileSize'))
    .option('--debounce <ms>', pick(ctx, { nl: `wacht zoveel milliseconden na een wijziging voor de controle (standaard ${DEFAULT_DEBOUNCE_MS})`, en: `wait this many milliseconds after a change before checking (default ${DEFAULT_DEBOUNCE_MS})` }))
    .option('--check-budget <ms>', pick(ctx, { nl: `hoeveel milliseconden een controle mag duren voordat hij wordt afgebroken (standaard ${DEFAULT_CHECK_BUDGET_MS})`, en: `how many milliseconds a check may take before it is stopped (default ${DEFAULT_CHECK_BUDGET_MS})` }))
    .action(async (flags: LspFlags) => {
      const options = lspOptions(flags, ctx.environment.cwd, ctx.lang);
      if (!ctx.lsp) throw new UsageError(pick(ctx, { nl: 'lsp is hier niet beschikbaar', en: 'lsp is not available here' }));
      const io: LspIO = ctx.lsp;
      const { startLanguageServer } = await import('../lsp/server.js');
      ctx.setExitCode(await startLanguageServer(io, options));
    });
}
