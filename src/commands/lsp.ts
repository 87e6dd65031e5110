/** `modelplan lsp --stdio`: the language server, wiring only; the options are src/options/lsp.ts, the work startLanguageServer. */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { LspIO } from '../lsp/types.js';
import { DEFAULT_CHECK_BUDGET_MS } from '../offthread/checker.js';
import { DEFAULT_DEBOUNCE_MS, lspOptions, type LspFlags } from '../options/lsp.js';
import { pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

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
      if (!ctx.lsp) throw new UsageError({ nl: 'lsp is hier niet beschikbaar', en: 'lsp is not available here' });
      const io: LspIO = ctx.lsp;
      const { startLanguageServer } = await import('../lsp/server.js');
      ctx.setExitCode(await startLanguageServer(io, options));
    });
}
