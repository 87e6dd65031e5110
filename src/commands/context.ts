/** What a command needs from the outside world; cli.ts builds it from process, tests build their own. */
import type { StdinReader } from '../load/read.js';
import type { Environment } from '../options.js';
import type { Lang, Localized } from '../report/types.js';
import type { FormIO } from '../form/types.js';
import type { WatchIO } from '../watch/types.js';

export interface CommandContext {
  lang: Lang;
  environment: Environment;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: StdinReader;
  setExitCode: (code: number) => void;
  /** Today's date (JJJJ-MM-DD): the default peildatum and decision date; tests inject a fixed one. */
  today?: () => string;
  /** Present where `check --watch` can run (the real CLI, and tests that fake it). */
  watch?: WatchIO;
  /** Present where `formulier` can run: opening the browser and Ctrl+C (the real CLI, and tests that fake them). */
  form?: FormIO;
}

/** Picks the text in the context's language (help texts are translated too). */
export function pick(ctx: { lang: Lang }, text: Localized): string {
  return text[ctx.lang];
}
