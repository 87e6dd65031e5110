/**
 * A worker thread of a large run: loads the frame once, then runs the engine's file stage on the
 * chunks of files the main thread hands it and sends back the raw outcomes (plain data: findings
 * positioned, not rendered). Finishing is the main thread's, after the set stage.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkChunk, type FileOptions } from '../engine/file.js';
import { loadFrame } from '../frame/load.js';
import type { InputRef } from '../load/discover.js';
import { packOutcomes } from './wire.js';

export interface WorkerSetup extends FileOptions {
  modelplannenDir: string;
  cwd: string;
}

const setup = workerData as WorkerSetup;
const port = parentPort!;
// The main thread loaded the same frame first: a problem with it never reaches a worker.
const frame = await loadFrame(setup.modelplannenDir, setup.cwd);
port.on('message', (chunk: InputRef[]) => {
  void checkChunk(chunk, frame, setup).then((outcomes) => port.postMessage({ type: 'results', outcomes: packOutcomes(outcomes) }));
});
port.postMessage({ type: 'ready' });
