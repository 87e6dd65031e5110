/**
 * Spreads a large run over the cores: the main thread and `workerCount` worker threads take chunks of files from one queue,
 * so a slow chunk never holds up the rest. A worker that fails hands its chunks back to the main
 * thread: every file is checked, whatever happens to a thread.
 */
import { appendAll } from '../domain/append.js';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChunkOutcome } from '../engine/file.js';
import type { InputRef } from '../load/discover.js';
import type { WorkerSetup } from './worker.js';
import { unpackOutcomes } from './wire.js';

/** Files per chunk: large enough that messages cost little, small enough to balance. */
const CHUNK_SIZE = 64;
/** Below this many files per worker, starting one (≈ 0.3 s, JIT warm-up included) costs more than it saves (benchmark). */
const FILES_PER_WORKER = 1000;

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Workers run the built JavaScript; from TypeScript sources (the tests) a run stays on one thread. */
export const workersAvailable = import.meta.url.endsWith('.js');

/**
 * Threads for a run (the main thread counts as one): as many as there are idle cores and enough
 * files for each. A core another process keeps busy is no core to us: on 2 cores with one of them
 * taken, a worker made 5,000 files 1.7 × slower than the main thread alone (benchmark, README).
 * The machine is given (jobsFor reads it), so the choice can be tested.
 */
export function threadsFor(files: number, machine: { cores: number; load: number }): number {
  const idle = Math.max(1, Math.floor(machine.cores - machine.load + 0.5));
  return Math.max(1, Math.min(idle, Math.floor(files / FILES_PER_WORKER)));
}

/** `--jobs` when given, else threadsFor on this machine now; always 1 where no worker can start. */
export function jobsFor(requested: number | undefined, files: number): number {
  if (!workersAvailable) return 1;
  if (requested !== undefined) return Math.max(1, requested);
  return threadsFor(files, { cores: availableParallelism(), load: loadavg()[0] ?? 0 });
}

type CheckHere = (chunk: readonly InputRef[]) => Promise<ChunkOutcome[]>;

/** What happens to the workers, for tests that must synchronise on it instead of waiting on the clock. */
export interface PoolEvents {
  workerReady?: () => void;
  workerGone?: () => void;
}

export async function checkInPool(
  inputs: readonly InputRef[],
  workerCount: number,
  setup: WorkerSetup,
  checkHere: CheckHere,
  workerUrl: URL = WORKER_URL,
  events: PoolEvents = {},
): Promise<ChunkOutcome[]> {
  const chunks: InputRef[][] = [];
  for (let i = 0; i < inputs.length; i += CHUNK_SIZE) chunks.push(inputs.slice(i, i + CHUNK_SIZE));
  let next = 0;
  const take = () => (next < chunks.length ? chunks[next++] : undefined);
  const outcomes: ChunkOutcome[] = [];
  const pool = { ready: 0 };

  const workers = Array.from({ length: workerCount }, () => onWorker(workerUrl, setup, take, outcomes, checkHere, pool, events));
  // The main thread works too, between handing out chunks and collecting results (each worker holds
  // IN_FLIGHT chunks, so it never waits for the main thread): on 2 cores, one worker and the main
  // thread beat two workers and a main thread that only waits (benchmark, README).
  for (let chunk = take(); chunk; chunk = take()) {
    appendAll(outcomes, await checkHere(chunk));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  // Whatever no worker took (all of them failed) is checked here.
  for (let chunk = take(); chunk; chunk = take()) appendAll(outcomes, await checkHere(chunk));
  return outcomes;
}

/** Chunks a worker holds at once: the next is there when it finishes one. */
const IN_FLIGHT = 2;

function onWorker(
  workerUrl: URL,
  setup: WorkerSetup,
  take: () => InputRef[] | undefined,
  outcomes: ChunkOutcome[],
  checkHere: CheckHere,
  pool: { ready: number },
  events: PoolEvents,
): Promise<void> {
  return new Promise((done) => {
    const inFlight: InputRef[][] = [];
    let finished = false;
    let worker: Worker | undefined;
    const finish = async () => {
      if (finished) return;
      finished = true;
      const orphans = inFlight.splice(0);
      await worker?.terminate();
      events.workerGone?.();
      for (const orphan of orphans) appendAll(outcomes, await checkHere(orphan));
      done();
    };
    const send = () => {
      const chunk = take();
      if (!chunk) return false;
      inFlight.push(chunk);
      worker!.postMessage(chunk);
      return true;
    };
    try {
      worker = new Worker(workerUrl, { workerData: setup });
    } catch {
      void finish();
      return;
    }
    worker.on('message', (message: { type: 'ready' } | { type: 'results'; outcomes: ChunkOutcome[] }) => {
      if (message.type === 'ready') {
        pool.ready++;
        events.workerReady?.();
        for (let i = 0; i < IN_FLIGHT; i++) send();
      } else {
        // Results come back in the order the chunks went out.
        inFlight.shift();
        appendAll(outcomes, unpackOutcomes(message.outcomes));
        send();
      }
      if (inFlight.length === 0) void finish();
    });
    worker.on('error', () => void finish());
    worker.on('exit', () => void finish());
  });
}
