/** What the language server needs from outside: streams, options and a scheduler (light: no LSP library). */
import type { Lang } from '../report/types.js';

/** Runs `run` after `ms`; returns a function that cancels it. Tests pass one they drive by hand. */
export type Scheduler = (run: () => void, ms: number) => () => void;

export const timerScheduler: Scheduler = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export interface LspIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Lets go of the streams once the server has exited (the CLI ends standard input, so the process can end). */
  close?: () => void;
}

export interface LspOptions {
  lang: Lang;
  /** `--modelplannen`: one frame for every document; undefined: beside the file, else bundled. */
  modelplannenDir?: string;
  /** For display paths when the client names no workspace folder. */
  cwd: string;
  maxFileBytes: number;
  /** Largest message body read; default maxMessageBytes (src/lsp/server.ts): six times maxFileBytes and a little. */
  maxMessageBytes?: number;
  debounceMs: number;
  schedule: Scheduler;
  /** Time a check may take in its worker before it is stopped; default DEFAULT_CHECK_BUDGET_MS (src/offthread/checker.ts). */
  checkBudgetMs?: number;
  /** The worker script; default the built one (from TypeScript sources: none, checks run in this thread). */
  checkWorkerUrl?: URL;
}

