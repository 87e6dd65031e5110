/**
 * A worker thread of a large run: loads the frame once, then checks the chunks of files the main
 * thread hands it and sends back finished results (plain data: findings already positioned).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkChunk, type FileOptions } from '../check-file.js';
import { loadFrame } from '../frame/load.js';
import type { InputRef } from '../load/discover.js';
import { packOutcomes } from './wire.js';

export interface WorkerSetup extends FileOptions {
  modelplannenDir: string;
  cwd: string;
}

const setup = workerData as WorkerSetup;
const port = parentPort!;
const frame = await loadFrame(setup.modelplannenDir, setup.cwd, setup.lang);
// A worker lives for one run: the content keys it has seen (factsOf).
const seen = new Set<string>();
port.on('message', (chunk: InputRef[]) => {
  void checkChunk(chunk, frame, setup, seen).then((outcomes) => port.postMessage({ type: 'results', outcomes: packOutcomes(outcomes) }));
});
port.postMessage({ type: 'ready' });
