/**
 * Checks run off the server's thread with a time budget: while a check hangs the server still
 * answers, and once the budget (a job the test fires) is spent the document gets a diagnostic
 * saying the check was stopped; the next version is checked in a fresh worker.
 */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startLanguageServer } from '../../src/lsp/server.js';
import type { Scheduler } from '../../src/lsp/types.js';
import { ROOT } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp-client.js';

const STUB = pathToFileURL(join(ROOT, 'tests/fixtures/offthread/stub-worker.mjs'));

describe('modelplan lsp: checks in a worker with a time budget', () => {
  it('keeps answering while a check hangs, then reports the stopped check', async () => {
    const jobs: { run: () => void; ms: number; cancelled: boolean }[] = [];
    const schedule: Scheduler = (run, ms) => {
      const job = { run, ms, cancelled: false };
      jobs.push(job);
      return () => (job.cancelled = true);
    };
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const exit = startLanguageServer({ input: toServer, output: fromServer }, { lang: 'nl', cwd: ROOT, maxFileBytes: 2 * 1024 * 1024, debounceMs: 0, schedule, checkBudgetMs: 3_000, checkWorkerUrl: STUB });
    const client = new LspClient(fromServer, toServer);
    await client.initialize(pathToFileURL(ROOT).href);
    const uri = pathToFileURL(join(ROOT, 'hangt.yaml')).href;
    await client.open(uri, 'soort: aanvraag\ntitel: hang\n');
    // The check hangs in its worker; the server answers a request all the same.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBe(null);
    const budget = jobs.filter((j) => j.ms === 3_000 && !j.cancelled);
    expect(budget.length).toBe(1);
    budget[0]!.run();
    const stopped = await client.diagnostics(uri, (p) => p.version === 1);
    expect(stopped.diagnostics.map((d) => [d.code, d.severity, d.range.start, d.message])).toEqual([
      ['controle-afgebroken', 1, { line: 0, character: 0 }, 'de controle duurde langer dan 3000 ms en is afgebroken; controleer het bestand met modelplan check'],
    ]);
    await client.change(uri, 2, 'soort: aanvraag\ntitel: goed\n');
    // A request answered means the change before it was handled (and its re-check scheduled).
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    for (const job of jobs.splice(0)) if (!job.cancelled && job.ms === 0) job.run();
    const next = await client.diagnostics(uri, (p) => p.version === 2);
    expect(next.diagnostics).toEqual([]);
    await client.shutdown();
    expect(await exit).toBe(0);
    client.connection.dispose();
  });
});
