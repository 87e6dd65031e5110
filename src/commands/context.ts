/** What a command needs from the outside world; cli.ts builds it from process, tests build their own. */
import { batched, writeFileAtomic, writeNewFile } from '../write.js';
import type { StdinReader } from '../load/read.js';
import type { Environment } from '../options/shared.js';
import type { Lang, Localized } from '../report/types.js';
import type { FormIO } from '../form/types.js';
import type { LspIO } from '../lsp/types.js';
import type { WatchIO } from '../watch/types.js';

export interface CommandContext {
  lang: Lang;
  environment: Environment;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: StdinReader;
  setExitCode: (code: number) => void;
  /** The clock for dates in output (`rapport`'s default peildatum); absent: the system clock. */
  now?: () => Date;
  /** Present where `check --watch` can run (the real CLI, and tests that fake it). */
  watch?: WatchIO;
  /** Present where `formulier` can run: opening the browser and Ctrl+C (the real CLI, and tests that fake them). */
  form?: FormIO;
  /** Present where `lsp --stdio` can run: the streams the server speaks over. */
  lsp?: LspIO;
}

/** Picks the text in the context's language (help texts are translated too). */
export function pick(ctx: { lang: Lang }, text: Localized): string {
  return text[ctx.lang];
}

/**
 * The last step of every command: the text to its output file (atomically), or else to standard
 * output. A text in pieces (Formatter.chunks) is written as the pieces come.
 */
export async function emit(ctx: Pick<CommandContext, 'stdout'>, output: string | undefined, text: string | Iterable<string>): Promise<void> {
  if (output) await writeFileAtomic(output, text);
  else for (const batch of batched(text)) ctx.stdout(batch);
}

/**
 * The last step of a command that writes a new file (an init-*): a new file at -o, never an
 * existing one without --force (src/write.ts writeNewFile, `exists` its message), or else standard output.
 */
export async function emitNew(ctx: Pick<CommandContext, 'stdout'>, output: string | undefined, shown: string | undefined, force: boolean, content: string, exists?: Localized): Promise<void> {
  if (!output) ctx.stdout(content);
  else await writeNewFile(output, shown!, content, force, exists);
}

/** Today's date (JJJJ-MM-DD) from the context's clock: one clock for every command. */
export function todayOf(ctx: Pick<CommandContext, 'now'>): () => string {
  return () => (ctx.now ?? (() => new Date()))().toISOString().slice(0, 10);
}
