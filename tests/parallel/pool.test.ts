import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { ChunkOutcome } from '../../src/engine/file.js';
import type { InputRef } from '../../src/load/discover.js';
import { checkInPool } from '../../src/parallel/pool.js';

const inputs: InputRef[] = Array.from({ length: 4000 }, (_, i) => ({ kind: 'file', display: `a-${String(i).padStart(4, '0')}.yaml`, path: `/x/${i}` }));
const fixture = new URL('./fixtures/worker.mjs', import.meta.url);
/** Worker threads besides the main thread, which checks chunks too. */
const WORKERS = 2;

async function run(behaviour: string, idleCores: number = WORKERS, workersStarted: number = WORKERS, exact = false) {
  const setup = { lang: 'nl', maxFileBytes: 1, modelplannenDir: '', cwd: '', behaviour } as never;
  // The main thread's first chunk finishes only once a worker is ready or every worker is gone: the
  // test follows the pool's own events, whatever the machine's speed (no clock involved).
  let settled!: () => void;
  const workersSettled = new Promise<void>((resolve) => (settled = resolve));
  let gone = 0;
  // The machine as the test says it is: `idleCores` cores idle while the main thread checks its first chunk.
  const idleCoresDuring = async <T,>(work: () => Promise<T>) => ({ value: await work(), idle: idleCores });
  const started = workersStarted;
  const events = { workerReady: () => settled(), workerGone: () => ++gone === started && settled(), idleCoresDuring };
  if (started === 0) settled();
  let calls = 0;
  const here = async (chunk: readonly InputRef[]): Promise<ChunkOutcome[]> => {
    // The first chunk is checked before any worker starts (while the idle cores are measured).
    if (calls++ > 0) await workersSettled;
    return chunk.map((input) => ({ result: { file: input.display, by: 'main' } }) as unknown as ChunkOutcome);
  };
  const outcomes = await checkInPool(inputs, exact ? WORKERS : { upTo: WORKERS }, setup, here, fixture, events);
  const files = outcomes.map((o) => ('result' in o ? (o.result as unknown as { file: string; by: string }) : undefined)!);
  return { files: files.map((f) => f.file).sort(), by: new Set(files.map((f) => f.by)) };
}

describe('the worker pool', () => {
  const all = inputs.map((i) => i.display);

  it('checks every file exactly once with healthy workers', async () => {
    const { files, by } = await run('behave');
    expect(files).toEqual(all);
    expect(by.has('worker')).toBe(true);
  });

  it('checks every file on the main thread when no worker starts', async () => {
    const { files, by } = await run('fail-at-start');
    expect(files).toEqual(all);
    expect([...by]).toEqual(['main']);
  });

  it('takes back the chunks of a worker that dies, and checks each file once', async () => {
    const { files, by } = await run('die-after-first');
    expect(files).toEqual(all);
    expect([...by].sort()).toEqual(['main', 'worker']);
  });
});

describe('threads for a run', () => {
  it('starts a worker only on a core that stood idle while the main thread checked its first chunk', async () => {
    for (const [idle, workers] of [[0, 0], [0.5, 0], [0.7, 1], [1, 1], [2, 2], [3.5, 2]] as const) {
      const { files, by } = await run('behave', idle, workers);
      expect(files).toEqual(inputs.map((i) => i.display));
      expect(by.has('worker')).toBe(workers > 0);
    }
  });

  it('starts as many workers as --jobs asks, free cores or not', async () => {
    const { files, by } = await run('behave', 0, WORKERS, true);
    expect(files).toEqual(inputs.map((i) => i.display));
    expect(by.has('worker')).toBe(true);
  });

  it('at most one thread per 1,000 files and one per core (the main thread counted); --jobs decides when given', async () => {
    const { idleCoresDuring, jobsFor, threadsFor } = await import('../../src/parallel/pool.js');
    expect(threadsFor(999, 2)).toBe(1);
    expect(threadsFor(2000, 2)).toBe(2);
    expect(threadsFor(10_000, 2)).toBe(2);
    expect(threadsFor(10_000, 8)).toBe(8);
    expect(threadsFor(3000, 8)).toBe(3);
    // The measurement returns the work's value, and an idle figure between 0 and the number of cores.
    const measured = await idleCoresDuring(async () => 42);
    expect(measured.value).toBe(42);
    expect(measured.idle).toBeGreaterThanOrEqual(0);
    expect(measured.idle).toBeLessThanOrEqual(cpus().length);
    // From the TypeScript sources no worker can start: one thread, whatever is asked.
    expect(jobsFor(undefined, 10_000)).toBe(1);
    expect(jobsFor(4, 10_000)).toBe(1);
  });
});
