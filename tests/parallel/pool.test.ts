import { describe, expect, it } from 'vitest';
import type { ChunkOutcome } from '../../src/engine/file.js';
import type { InputRef } from '../../src/load/discover.js';
import { checkInPool } from '../../src/parallel/pool.js';

const inputs: InputRef[] = Array.from({ length: 4000 }, (_, i) => ({ kind: 'file', display: `a-${String(i).padStart(4, '0')}.yaml`, path: `/x/${i}` }));
const fixture = new URL('./fixtures/worker.mjs', import.meta.url);
/** Worker threads besides the main thread, which checks chunks too. */
const WORKERS = 2;

async function run(behaviour: string) {
  const setup = { lang: 'nl', maxFileBytes: 1, modelplannenDir: '', cwd: '', behaviour } as never;
  // The main thread's first chunk finishes only once a worker is ready or every worker is gone: the
  // test follows the pool's own events, whatever the machine's speed (no clock involved).
  let settled!: () => void;
  const workersSettled = new Promise<void>((resolve) => (settled = resolve));
  let gone = 0;
  const events = { workerReady: () => settled(), workerGone: () => ++gone === WORKERS && settled() };
  const here = async (chunk: readonly InputRef[]): Promise<ChunkOutcome[]> => {
    await workersSettled;
    return chunk.map((input) => ({ result: { file: input.display, by: 'main' } }) as unknown as ChunkOutcome);
  };
  const outcomes = await checkInPool(inputs, WORKERS, setup, here, fixture, events);
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
  it('one per 1,000 files, no more than the idle cores (the main thread counted); --jobs decides when given', async () => {
    const { jobsFor, threadsFor } = await import('../../src/parallel/pool.js');
    expect(threadsFor(999, { cores: 2, load: 0 })).toBe(1);
    expect(threadsFor(2000, { cores: 2, load: 0 })).toBe(2);
    expect(threadsFor(10_000, { cores: 2, load: 0.3 })).toBe(2);
    // One core busy with another process: the main thread alone.
    expect(threadsFor(10_000, { cores: 2, load: 1.2 })).toBe(1);
    expect(threadsFor(10_000, { cores: 2, load: 7 })).toBe(1);
    expect(threadsFor(10_000, { cores: 8, load: 2 })).toBe(6);
    expect(threadsFor(3000, { cores: 8, load: 0 })).toBe(3);
    // From the TypeScript sources no worker can start: one thread, whatever is asked.
    expect(jobsFor(undefined, 10_000)).toBe(1);
    expect(jobsFor(4, 10_000)).toBe(1);
  });
});
