/**
 * Spreads a large run over the cores: the main thread and worker threads (as many as `--jobs`
 * asks, or, automatically, as there are free cores) take chunks of files from one queue,
 * so a slow chunk never holds up the rest. A worker that fails hands its chunks back to the main
 * thread: every file is checked, whatever happens to a thread.
 */
import { appendAll } from '../domain/append.js';
import { availableParallelism, cpus } from 'node:os';
// This process's CPU time only: a measurement, no I/O or exit (those stay with src/cli.ts).
import { cpuUsage } from 'node:process';
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

/** Threads for a run at most (the main thread counts as one): one per FILES_PER_WORKER files, no more than the cores. */
export function threadsFor(files: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)));
}

/** `--jobs` when given, else threadsFor on this machine; always 1 where no worker can start. */
export function jobsFor(requested: number | undefined, files: number): number {
  if (!workersAvailable) return 1;
  if (requested !== undefined) return Math.max(1, requested);
  return threadsFor(files, availableParallelism());
}

/**
 * How many cores were free for a worker while `work` ran on the main thread: the cores, less the
 * main thread, less what other processes used (the kernel's busy time of every core minus this
 * process's own, its compiler and collector threads included). A core another process keeps busy
 * is no core to us: on 2 cores with one of them taken, a worker made 5,000 files 1.7 × slower than
 * the main thread alone (benchmark, README).
 */
export async function idleCoresDuring<T>(work: () => Promise<T>): Promise<{ value: T; idle: number }> {
  const machine = () => cpus().reduce((sum, cpu) => ({ idle: sum.idle + cpu.times.idle, total: sum.total + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq + cpu.times.idle }), { idle: 0, total: 0 });
  const before = machine();
  const ownBefore = cpuUsage();
  const value = await work();
  const own = cpuUsage(ownBefore);
  const after = machine();
  const cores = cpus().length;
  // Milliseconds, as the kernel counts them.
  const window = (after.total - before.total) / cores;
  const othersBusy = Math.max(0, after.total - before.total - (after.idle - before.idle) - (own.user + own.system) / 1000);
  const idle = window > 0 ? Math.max(0, cores - 1 - othersBusy / window) : 0;
  return { value, idle };
}

type CheckHere = (chunk: readonly InputRef[]) => Promise<ChunkOutcome[]>;

/** What happens to the workers, for tests that must synchronise on it instead of waiting on the clock. */
export interface PoolEvents {
  workerReady?: () => void;
  workerGone?: () => void;
  /** Replaces idleCoresDuring (tests: a machine of a known load). */
  idleCoresDuring?: typeof idleCoresDuring;
}

export async function checkInPool(
  inputs: readonly InputRef[],
  /** Exactly this many workers (`--jobs`), or up to this many, one per free core (automatic). */
  workerCount: number | { upTo: number },
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

  // The first chunk on the main thread, measuring meanwhile how many cores are idle: only those get a
  // worker (at most workerCount). A worker needs ≈ 0.3 s to start, so on a busy machine none is worth it.
  let started: number;
  if (typeof workerCount === 'number') started = workerCount;
  else {
    const first = take();
    const measured = first ? await (events.idleCoresDuring ?? idleCoresDuring)(() => checkHere(first)) : { value: [], idle: 0 };
    appendAll(outcomes, measured.value);
    started = Math.min(workerCount.upTo, Math.floor(measured.idle + 0.4));
  }
  const workers = Array.from({ length: started }, () => onWorker(workerUrl, setup, take, outcomes, checkHere, pool, events));
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
