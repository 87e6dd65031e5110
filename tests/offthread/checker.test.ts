/**
 * Checks off the calling thread: the real worker gives check's result; a check past its budget is
 * stopped (the budget is a scheduled job the test fires, never a wall-clock wait), answered as a
 * timeout, and the next check runs in a fresh worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOneText as checkText } from '../../src/engine/index.js';
import { loadFrame } from '../../src/frame/load.js';
import { createTextChecker, type Schedule, type TextChecker } from '../../src/offthread/checker.js';
import { stoppedResult } from '../../src/offthread/stopped.js';
import { renderFile } from '../../src/report/render.js';
import type { TextCheckRequest } from '../../src/offthread/types.js';
import { EXAMPLES, MODELPLANNEN, ROOT } from '../helpers/cli.js';

const STUB = pathToFileURL(join(ROOT, 'tests/fixtures/offthread/stub-worker.mjs'));
const BUILT = join(ROOT, 'dist/offthread/worker.js');

function manual(): { schedule: Schedule; fire: (ms: number) => void; count: (ms: number) => number } {
  const jobs: { run: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    schedule: (run, ms) => {
      const job = { run, ms, cancelled: false };
      jobs.push(job);
      return () => (job.cancelled = true);
    },
    fire: (ms) => {
      for (const job of jobs.splice(0)) if (!job.cancelled && job.ms === ms) job.run();
    },
    count: (ms) => jobs.filter((j) => !j.cancelled && j.ms === ms).length,
  };
}

const request = (text: string, display = 'a.yaml'): TextCheckRequest => ({ text, display, modelplannenDir: MODELPLANNEN, frameKey: MODELPLANNEN, cwd: ROOT, maxFileBytes: 2 * 1024 * 1024 });

const open: TextChecker[] = [];
afterEach(async () => {
  for (const checker of open.splice(0)) await checker.close();
});

describe('the off-thread checker', () => {
  it('a check past its budget is stopped and answered as a timeout; the next one runs in a fresh worker', async () => {
    const clock = manual();
    const checker = createTextChecker({ budgetMs: 5_000, schedule: clock.schedule, workerUrl: STUB });
    open.push(checker);
    const hung = checker.check(request('hang'));
    const queued = checker.check(request('fine', 'b.yaml'));
    // One check at a time: the budget runs for the first only.
    expect(clock.count(5_000)).toBe(1);
    clock.fire(5_000);
    expect(await hung).toEqual({ kind: 'timeout', budgetMs: 5_000 });
    expect(await queued).toEqual({ kind: 'result', result: { file: 'b.yaml', kind: null, findings: [], counts: { errors: 0, warnings: 0, infos: 0 } } });
  });

  it('a stopped check is one finding in the user language, decision ongeldig', () => {
    const result = renderFile(stoppedResult('a.yaml', { kind: 'timeout', budgetMs: 5_000 }), 'nl');
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.message])).toEqual([
      ['controle-afgebroken', 'timeout', 1, 1, 'de controle duurde langer dan 5000 ms en is afgebroken; controleer het bestand met modelplan check'],
    ]);
    expect(result.review?.decision).toBe('ongeldig');
    expect(renderFile(stoppedResult('a.yaml', { kind: 'timeout', budgetMs: 5_000 }), 'en').findings[0]!.message).toBe('the check took longer than 5000 ms and was stopped; check the file with modelplan check');
  });

  it('the built worker gives exactly what check gives on the same text', async () => {
    const clock = manual();
    const checker = createTextChecker({ budgetMs: 60_000, schedule: clock.schedule, workerUrl: pathToFileURL(BUILT) });
    open.push(checker);
    const text = readFileSync(join(EXAMPLES, 'regelfouten-vacuumtherapie.yaml'), 'utf8');
    const answer = await checker.check(request(text, 'examples/regelfouten-vacuumtherapie.yaml'));
    const frame = await loadFrame(MODELPLANNEN, ROOT);
    expect(answer).toEqual({ kind: 'result', result: checkText(text, 'examples/regelfouten-vacuumtherapie.yaml', frame, { maxFileBytes: 2 * 1024 * 1024 }) });
    const broken = await checker.check({ ...request(text), modelplannenDir: join(ROOT, 'bestaat-niet'), frameKey: 'x' });
    expect(broken.kind).toBe('frameError');
  });
});
