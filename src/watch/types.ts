/** What `check --watch` needs from the outside world; cli.ts supplies the real ones, tests fakes. */
export interface WatchHandle {
  close(): Promise<void>;
}

/** Starts watching the targets (files and directories, recursively); resolves once watching. */
export type FileWatcher = (targets: readonly string[], onChange: (path: string) => void) => Promise<WatchHandle>;

export interface WatchIO {
  watcher: FileWatcher;
  /** Resolves when the user stops watching (Ctrl+C). Only called in watch mode, so other runs keep the default Ctrl+C. */
  untilStopped: () => Promise<void>;
  /** The clock for the status line. */
  now: () => Date;
  /** Quiet period after the last change before a new run, in milliseconds. */
  debounceMs?: number;
  /** Runs `task` after `ms`; the real one is setTimeout, tests decide themselves when time has passed. */
  schedule?: Scheduler;
}

export type Scheduler = (task: () => void, ms: number) => { cancel(): void };

export const realScheduler: Scheduler = (task, ms) => {
  const timer = setTimeout(task, ms);
  return { cancel: () => clearTimeout(timer) };
};
