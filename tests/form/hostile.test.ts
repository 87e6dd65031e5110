/**
 * The form server under hostile input: a self-referencing alias is refused with check's finding
 * in Dutch (no page that answers 500), an unauthenticated request's body is never read (the
 * connection closes after the 403), and /api/check runs in a worker with a time budget: while a
 * check hangs the server answers other requests, and the spent budget (a job the test fires) is
 * answered as a finding.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFrame } from '../../src/frame/load.js';
import { formModel } from '../../src/form/model.js';
import { startFormServer, type FormServer } from '../../src/form/server.js';
import type { Schedule } from '../../src/offthread/checker.js';
import { MODELPLANNEN, ROOT } from '../helpers/cli.js';
import { startForm } from '../helpers/form.js';

const STUB = pathToFileURL(join(ROOT, 'tests/fixtures/offthread/stub-worker.mjs'));
const temps: string[] = [];
const servers: FormServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-formhostile-'));
  temps.push(dir);
  return dir;
};

function post(port: number, path: string, token: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': token, 'Content-Length': Buffer.byteLength(text) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

function get(port: number, path: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { 'X-Modelplan-Token': token } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('formulier under hostile input', () => {
  it('a self-referencing alias is refused with the finding of check, in Dutch, exit 1', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'lus.yaml'), 'soort: aanvraag\nlus: &l [*l]\n');
    await expect(startForm(['lus.yaml', '--no-open'], dir)).rejects.toThrow('formulier ended with 1: modelplan: lus.yaml:2:10: alias *l verwijst naar zichzelf (yaml-alias); het formulier kan dit bestand niet tonen\n');
  });

  it('a mapping past the key limit is refused the same way, before the parse for editing (which compares every key with every other)', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'veel.yaml'), 'soort: aanvraag\n' + Array.from({ length: 1_000 }, (_, i) => `k${i}: ${i}\n`).join(''));
    await expect(startForm(['veel.yaml', '--no-open'], dir)).rejects.toThrow('formulier ended with 1: modelplan: veel.yaml:1001:1: deze mapping heeft 1001 sleutels; de grens is 1000 (zie --max-keys) (bestand-limiet); het formulier kan dit bestand niet tonen\n');
  });

  it('an unauthenticated request body is not read: 403, then the connection closes', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), 'soort: aanvraag\ntitel: x\n');
    const form = await startForm(['a.yaml', '--no-open'], dir);
    const port = Number(new URL(form.url).port);
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    // Declares 100 MB and sends a little: the server must not wait for the rest.
    socket.write(`POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{"data":`);
    await closed;
    expect(received.split('\r\n')[0]).toBe('HTTP/1.1 403 Forbidden');
    expect(received).toContain('Connection: close');
    await form.stop();
  });

  it('/api/check runs in a worker with a time budget: other requests are answered meanwhile, the spent budget is a finding', async () => {
    const dir = temp();
    const jobs: { run: () => void; ms: number; cancelled: boolean }[] = [];
    const schedule: Schedule = (run, ms) => {
      const job = { run, ms, cancelled: false };
      jobs.push(job);
      return () => (job.cancelled = true);
    };
    const server = await startFormServer({
      target: join(dir, 'a.yaml'),
      display: 'a.yaml',
      initialText: 'soort: aanvraag\ntitel: x\n',
      existing: false,
      model: formModel('nl'),
      frame: await loadFrame(MODELPLANNEN, ROOT),
      lang: 'nl',
      port: 0,
      maxFileBytes: 2 * 1024 * 1024,
      token: 't0ken',
      offThread: { modelplannenDir: MODELPLANNEN, cwd: ROOT, budgetMs: 4_000, schedule, workerUrl: STUB },
    });
    servers.push(server);
    const hanging = post(server.port, '/api/check', 't0ken', { data: { soort: 'aanvraag', titel: 'hang' } });
    // While that check hangs in its worker, the server answers.
    expect(await get(server.port, '/form.css', 't0ken')).toBe(200);
    const budget = jobs.filter((j) => j.ms === 4_000 && !j.cancelled);
    expect(budget.length).toBe(1);
    budget[0]!.run();
    const answer = await hanging;
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { result: { findings: { ruleId: string; messageId: string; message: string }[] }; exitCode: number };
    expect(body.result.findings.map((f) => [f.ruleId, f.messageId, f.message])).toEqual([
      ['controle-afgebroken', 'timeout', 'de controle duurde langer dan 4000 ms en is afgebroken; controleer het bestand met modelplan check'],
    ]);
    expect(body.exitCode).toBe(1);
    // The next check runs in a fresh worker.
    const next = await post(server.port, '/api/check', 't0ken', { data: { soort: 'aanvraag', titel: 'goed' } });
    expect(next.status).toBe(200);
  });
});
