/**
 * The server in this process over in-memory streams, with a scheduler the test drives: debounced
 * re-checks keyed by version (stale text is never published), close, documents that are not
 * ours, the frame beside the file, and the language of the messages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { startLanguageServer } from '../../src/lsp/server.js';
import type { LspOptions, Scheduler } from '../../src/lsp/types.js';
import type { Report } from '../../src/report/types.js';
import { EXAMPLES, MODELPLANNEN, ROOT, runInProcess } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp-client.js';

interface Job {
  run: () => void;
  ms: number;
  cancelled: boolean;
}

function manualScheduler(): { schedule: Scheduler; jobs: Job[]; flush: () => void } {
  const jobs: Job[] = [];
  return {
    jobs,
    schedule: (run, ms) => {
      const job = { run, ms, cancelled: false };
      jobs.push(job);
      return () => (job.cancelled = true);
    },
    flush: () => {
      for (const job of jobs.splice(0)) if (!job.cancelled) job.run();
    },
  };
}

const running: { client: LspClient; exit: Promise<number> }[] = [];
const temps: string[] = [];

function start(overrides: Partial<LspOptions> = {}) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const scheduler = manualScheduler();
  const exit = startLanguageServer({ input: toServer, output: fromServer }, { lang: 'nl', cwd: ROOT, maxFileBytes: 2 * 1024 * 1024, debounceMs: 250, schedule: scheduler.schedule, ...overrides });
  const client = new LspClient(fromServer, toServer);
  running.push({ client, exit });
  return { client, scheduler, exit };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-lsp-'));
  temps.push(dir);
  return dir;
}

afterEach(async () => {
  for (const { client, exit } of running.splice(0)) {
    await client.shutdown();
    expect(await exit).toBe(0);
    client.connection.dispose();
  }
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A request answered means every notification sent before it has been handled. */
async function roundTrip(client: LspClient, uri: string): Promise<void> {
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
}

const example = (name: string) => ({ path: join(EXAMPLES, name), uri: pathToFileURL(join(EXAMPLES, name)).href, text: readFileSync(join(EXAMPLES, name), 'utf8') });
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('modelplan lsp (in process)', () => {
  it('debounces changes: one check for the last version, none for the versions in between', async () => {
    const { client, scheduler } = start();
    await client.initialize(pathToFileURL(ROOT).href);
    const { uri, text } = example('regelfouten-vacuumtherapie.yaml');
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    for (const version of [2, 3, 4]) await client.change(uri, version, `${text}# versie ${version}\n`);
    await roundTrip(client, uri);
    expect(scheduler.jobs.map((j) => [j.ms, j.cancelled])).toEqual([
      [250, true],
      [250, true],
      [250, false],
    ]);
    expect(client.publishedFor(uri).map((p) => p.version)).toEqual([1]);
    scheduler.flush();
    const latest = await client.diagnostics(uri, (p) => p.version === 4);
    await roundTrip(client, uri);
    expect(client.publishedFor(uri).map((p) => p.version)).toEqual([1, 4]);
    expect(codes(latest.diagnostics)).toEqual(['zorgverzekeraars', 'bovengrens', 'kostencategorie-niet-financierbaar']);
  });

  it('never publishes for stale text, even when a cancelled check runs late', async () => {
    const { client, scheduler } = start();
    await client.initialize(pathToFileURL(ROOT).href);
    const { uri, text } = example('regelfouten-vacuumtherapie.yaml');
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.change(uri, 2, 'soort: aanvraag\n');
    await client.change(uri, 3, text);
    await roundTrip(client, uri);
    // The check for version 2 fires as a timer might after its cancellation: it must not publish.
    scheduler.jobs[0]!.run();
    scheduler.flush();
    await client.diagnostics(uri, (p) => p.version === 3);
    await roundTrip(client, uri);
    expect(client.publishedFor(uri).map((p) => p.version)).toEqual([1, 3]);
  });

  it('clears diagnostics on close and drops a pending check', async () => {
    const { client, scheduler } = start();
    await client.initialize(pathToFileURL(ROOT).href);
    const { uri, text } = example('schemafouten.yaml');
    await client.open(uri, text);
    expect(codes((await client.diagnostics(uri, (p) => p.version === 1)).diagnostics)).toContain('schema');
    await client.change(uri, 2, text + '\n');
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (p) => p.version === undefined);
    expect(cleared.diagnostics).toEqual([]);
    expect(scheduler.jobs.map((j) => j.cancelled)).toEqual([true]);
  });

  it('says nothing about YAML that is not an aanvraag, modelplan or budgetkader', async () => {
    const { client } = start();
    await client.initialize(null);
    const ci = pathToFileURL(join(ROOT, '.gitlab-ci.yml')).href;
    const ours = pathToFileURL(join(ROOT, 'typo.yaml')).href;
    await client.open(ci, 'stages: [test]\n');
    await client.open(ours, 'soort: aanvraaag\n');
    expect(codes((await client.diagnostics(ours)).diagnostics)).toEqual(['schema']);
    await roundTrip(client, ci);
    expect(client.publishedFor(ci)).toEqual([]);
  });

  it('uses the modelplannen folder beside the file in the workspace', async () => {
    const workspace = tempDir();
    cpSync(MODELPLANNEN, join(workspace, 'modelplannen'), { recursive: true });
    const planPath = join(workspace, 'modelplannen', 'vacuumtherapie-wondzorg.yaml');
    writeFileSync(planPath, readFileSync(planPath, 'utf8').replace('  bedrag: 1500000', '  bedrag: 2000000'));
    mkdirSync(join(workspace, 'aanvragen'));
    const { text } = example('regelfouten-vacuumtherapie.yaml');
    const uri = pathToFileURL(join(workspace, 'aanvragen', 'aanvraag.yaml')).href;
    const { client } = start();
    await client.initialize(pathToFileURL(workspace).href);
    await client.open(uri, text);
    // The bovengrens of the workspace's own modelplan (€ 2.000.000) is not exceeded by € 1.800.000.
    expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['zorgverzekeraars', 'kostencategorie-niet-financierbaar']);
  });

  it('reports a broken modelplannen folder on the file instead of failing', async () => {
    const empty = tempDir();
    const { client } = start({ modelplannenDir: empty });
    await client.initialize(null);
    const { uri, text } = example('regelfouten-vacuumtherapie.yaml');
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.map((d) => [d.severity, d.source, d.range])).toEqual([[1, 'modelplan', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]]);
    expect(published.diagnostics[0]!.message).toMatch(/^modelplan kan dit bestand niet controleren: modelplannen-map is onbruikbaar: /);
  });

  it('speaks the language it is given, as check --lang en does', async () => {
    const { client } = start({ lang: 'en' });
    await client.initialize(pathToFileURL(ROOT).href);
    const { uri, text, path } = example('afwijking-niet-gemeld-emdr-ggz.yaml');
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const report = JSON.parse((await runInProcess(['check', '--format', 'json', '--lang', 'en', path])).stdout) as Report;
    const file = report.files[0]!;
    expect(published.diagnostics.map((d) => d.message)).toEqual([
      ...file.findings.map((f) => f.message),
      ...file.review!.reasons.map((r) => `additional review needed: ${r.message}`),
    ]);
    // Two warnings (mijlpaal-termijn, aandeel-2029), then their two review reasons.
    expect(published.diagnostics.map((d) => d.severity)).toEqual([2, 2, 3, 3]);
  });
});
