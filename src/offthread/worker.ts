/** The worker thread of the off-thread checker: requests in, answers out, one at a time. */
import { parentPort } from 'node:worker_threads';
import { frameCache, runRequest } from './run-request.js';
import type { WorkerAnswer, WorkerRequest } from './types.js';

const port = parentPort!;
const frameFor = frameCache();
port.on('message', (message: WorkerRequest) => {
  void runRequest(message.request, frameFor).then((answer) => port.postMessage({ id: message.id, answer } satisfies WorkerAnswer));
});
