/**
 * `check --watch`: one run at start, then a new run after every save, never two at once. The
 * screen is cleared between runs only when the report goes to a terminal.
 */
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { t, ui } from '../i18n/ui.js';
import type { CheckInvocation } from '../options/check.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../paths.js';
import type { Summary } from '../report/types.js';
import { isRelevantChange, watchTargets } from './targets.js';
import { realScheduler, type WatchIO } from './types.js';

/** Clear screen and scrollback, cursor home: the next report starts on a clean terminal. */
export const CLEAR_SCREEN = '\u001b[2J\u001b[3J\u001b[H';
const DEFAULT_DEBOUNCE_MS = 100;

/** Where a watch run writes: the report to stdout, the waiting line to stderr. */
export interface WatchOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
}

export type CheckOnce = () => Promise<{ exitCode: number; summary: Summary }>;

export async function watchCheck(invocation: CheckInvocation, ctx: WatchOutput, io: WatchIO, checkOnce: CheckOnce): Promise<number> {
  const { lang } = invocation.check;
  const targets = watchTargets(invocation.check.paths, invocation.check.cwd);
  // A modelplannen directory of one's own is part of what is being edited; the bundled one is not.
  if (invocation.check.modelplannenDir !== BUNDLED_MODELPLANNEN_DIR) targets.push(invocation.check.modelplannenDir);
  const clear = ctx.stdoutIsTTY && invocation.output === undefined;
  let lastExitCode = 0;

  const runOnce = async () => {
    if (clear) ctx.stdout(CLEAR_SCREEN);
    const { exitCode, summary } = await checkOnce();
    lastExitCode = exitCode;
    const time = io.now().toTimeString().slice(0, 8);
    ctx.stderr(t(ui.watchWaiting, lang, { time, files: summary.files, errors: summary.errors, warnings: summary.warnings }) + '\n');
  };

  // The first run may fail as usage (a path that does not exist): exit 2 as without --watch.
  await runOnce();

  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const schedule = io.schedule ?? realScheduler;
  let pending: { cancel(): void } | undefined;
  const rerun = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((error: unknown) => {
        // While watching, a mistake (the only file deleted, a broken frame) is shown and watching goes on.
        const detail = error instanceof Error ? error.message : String(error);
        ctx.stderr(`modelplan: ${escapeControl(error instanceof UsageError ? error.render(lang) : t({ nl: 'interne fout: {d}', en: 'internal error: {d}' }, lang, { d: detail }))}\n`);
        lastExitCode = error instanceof UsageError ? 2 : 1;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          rerun();
        }
      });
  };
  const onChange = (path: string): void => {
    if (!isRelevantChange(path, targets)) return;
    pending?.cancel();
    pending = schedule(rerun, io.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  };

  const handle = await io.watcher(targets, onChange);
  try {
    await io.untilStopped();
  } finally {
    stopped = true;
    pending?.cancel();
    await handle.close();
    await running;
  }
  ctx.stderr(t(ui.watchStopped, lang) + '\n');
  return lastExitCode;
}
