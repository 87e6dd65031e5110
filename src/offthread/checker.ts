/**
 * Checks texts in a worker thread with a time budget, so the thread that asks (the language
 * server, the form server) always goes on answering. One check at a time; a check past its budget
 * is stopped by ending the worker, answered as a timeout, and the next one gets a fresh worker.
 * From TypeScript sources (the tests) no worker can run: the checks run in the calling thread,
 * without a budget, unless the caller names a worker to use.
 */
import { Worker } from 'node:worker_threads';
import { frameCache, runRequest } from './run-request.js';
import type { TextCheckAnswer, TextCheckRequest, WorkerAnswer } from './types.js';

/** Runs `run` after `ms`; returns a function that cancels it (the tests drive one by hand). */
export type Schedule = (run: () => void, ms: number) => () => void;

/** A document is checked in well under a second; ten seconds means something is wrong with it. */
export const DEFAULT_CHECK_BUDGET_MS = 10_000;

const WORKER_URL = new URL('./worker.js', import.meta.url);
const workerAvailable = import.meta.url.endsWith('.js');

export interface TextChecker {
  check(request: TextCheckRequest): Promise<TextCheckAnswer>;
  /** Ends the worker; checks still waiting are answered as failed. */
  close(): Promise<void>;
}

export interface TextCheckerOptions {
  budgetMs: number;
  schedule: Schedule;
  /** The worker script; default the built worker.js beside this file, if there is one. */
  workerUrl?: URL;
}

interface Job {
  request: TextCheckRequest;
  resolve: (answer: TextCheckAnswer) => void;
}

export function createTextChecker(options: TextCheckerOptions): TextChecker {
  const url = options.workerUrl ?? (workerAvailable ? WORKER_URL : undefined);
  if (!url) {
    const frameFor = frameCache();
    return { check: (request) => runRequest(request, frameFor), close: () => Promise.resolve() };
  }
  const queue: Job[] = [];
  let worker: Worker | undefined;
  let current: { id: number; job: Job; cancelBudget: () => void } | undefined;
  let nextId = 0;
  let closed = false;

  const settle = (answer: TextCheckAnswer) => {
    const done = current;
    current = undefined;
    done?.cancelBudget();
    done?.job.resolve(answer);
    pump();
  };
  const stopWorker = () => {
    const stopping = worker;
    worker = undefined;
    if (stopping) {
      stopping.removeAllListeners();
      void stopping.terminate();
    }
  };
  const start = (): Worker => {
    const started = new Worker(url);
    started.unref();
    started.on('message', (message: WorkerAnswer) => {
      if (current && message.id === current.id) settle(message.answer);
    });
    const died = (reason: string) => {
      if (worker !== started) return;
      stopWorker();
      settle({ kind: 'failed', message: reason });
    };
    started.on('error', (error) => died(error.message));
    started.on('exit', (code) => died(`exit ${code}`));
    return started;
  };
  const pump = () => {
    if (closed || current || queue.length === 0) return;
    const job = queue.shift()!;
    const id = ++nextId;
    worker ??= start();
    const cancelBudget = options.schedule(() => {
      if (current?.id !== id) return;
      stopWorker();
      settle({ kind: 'timeout', budgetMs: options.budgetMs });
    }, options.budgetMs);
    current = { id, job, cancelBudget };
    worker.postMessage({ id, request: job.request });
  };
  return {
    check: (request) =>
      new Promise<TextCheckAnswer>((resolve) => {
        if (closed) return resolve({ kind: 'failed', message: 'closed' });
        queue.push({ request, resolve });
        pump();
      }),
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) job.resolve({ kind: 'failed', message: 'closed' });
      if (current) settle({ kind: 'failed', message: 'closed' });
      const stopping = worker;
      worker = undefined;
      if (stopping) {
        stopping.removeAllListeners();
        await stopping.terminate();
      }
    },
  };
}
