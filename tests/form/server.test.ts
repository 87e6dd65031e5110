/**
 * The local server's security and its one file: it listens on 127.0.0.1 only, answers 403
 * without the run's token or with a foreign Host header, limits request bodies, serves only its
 * own assets, and reads and writes only the file it was started for, never replacing another
 * file without being asked.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { startForm, type RunningForm } from '../helpers/form.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'met-commentaar.yaml');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the Host header and the body are exactly what the test says. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...options.headers };
    if (options.body !== undefined && !options.chunked) headers['Content-Length'] = String(Buffer.byteLength(options.body));
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function json(form: RunningForm, path: string, body: unknown, headers: Record<string, string> = {}) {
  const url = new URL(form.url);
  return send(Number(url.port), {
    method: 'POST',
    path,
    headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': url.searchParams.get('token')!, ...headers },
    body: JSON.stringify(body),
  });
}

const portOf = (form: RunningForm) => Number(new URL(form.url).port);
const tokenOf = (form: RunningForm) => new URL(form.url).searchParams.get('token')!;

describe('formulier server', () => {
  let dir: string;
  let form: RunningForm | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'modelplan-formserver-'));
  });
  afterEach(async () => {
    await form?.stop();
    form = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints an address on 127.0.0.1 with a long random token, different every run', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const first = new URL(form.url);
    expect(first.hostname).toBe('127.0.0.1');
    expect(tokenOf(form)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await form.stop();
    const again = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    form = again;
    expect(tokenOf(again)).not.toBe(first.searchParams.get('token'));
  });

  it('listens on the loopback address 127.0.0.1 only', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const port = portOf(form);
    // Another loopback address reaches this machine too, but not a socket bound to 127.0.0.1 alone.
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.2', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });

  it('answers 403 without the token or with a wrong one, on every path', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const port = portOf(form);
    const token = tokenOf(form);
    for (const path of ['/', '/form.js', '/form.css', '/api/check', '/nope', `/?token=${token.slice(1)}`, `/?token=${token}x`]) {
      const reply = await send(port, { path });
      expect(reply.status, path).toBe(403);
      expect(reply.body, path).not.toContain(token);
    }
    const post = await send(port, { method: 'POST', path: '/api/check', headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': 'wrong' }, body: '{"data":{}}' });
    expect(post.status).toBe(403);
    expect((await send(port, { path: `/?token=${token}` })).status).toBe(200);
  });

  it('refuses a Host header other than the loopback address and its port (DNS rebinding)', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const port = portOf(form);
    const path = `/?token=${tokenOf(form)}`;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `127.0.0.1.evil.example:${port}`]) {
      expect((await send(port, { path, headers: { Host: host } })).status, host).toBe(403);
    }
    expect((await send(port, { path, headers: { Host: `localhost:${port}` } })).status).toBe(200);
    expect((await send(port, { path, headers: { Host: `127.0.0.1:${port}` } })).status).toBe(200);
  });

  it('serves the page with a strict content security policy and the state as inert JSON', async () => {
    const file = join(dir, 'aanvraag.yaml');
    writeFileSync(file, readFileSync(FIXTURE, 'utf8').replace('titel: "Valpreventie in Utrecht"', 'titel: "</script><script>alert(1)</script>"'));
    form = await startForm(['aanvraag.yaml', '--no-open'], dir);
    const reply = await send(portOf(form), { path: `/?token=${tokenOf(form)}` });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.body).not.toContain('<script>alert(1)');
    expect(reply.body).toContain('\\u003c/script>\\u003cscript>alert(1)');
    expect(reply.body.match(/<script/g)).toHaveLength(2);
  });

  it('limits the size of request bodies (declared or streamed) and wants JSON', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const port = portOf(form);
    const token = tokenOf(form);
    const big = JSON.stringify({ data: { titel: 'x'.repeat(2 * 1024 * 1024) } });
    const declared = await send(port, { method: 'POST', path: '/api/check', headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': token }, body: big });
    expect(declared.status).toBe(413);
    const streamed = await send(port, { method: 'POST', path: '/api/save', headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': token, 'Transfer-Encoding': 'chunked' }, body: big, chunked: true });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toEqual({ error: 'request body too large' });
    expect(readdirSync(dir)).toEqual([]);
    const text = await send(port, { method: 'POST', path: '/api/check', headers: { 'Content-Type': 'text/plain', 'X-Modelplan-Token': token }, body: '{"data":{}}' });
    expect(text.status).toBe(415);
    const notJson = await json(form, '/api/check', 'x');
    expect(notJson.status).toBe(400);
    // Still serving after all that.
    expect((await json(form, '/api/check', { data: { soort: 'aanvraag' } })).status).toBe(200);
  });

  it('serves nothing but its own page and assets, and takes no other file from a request', async () => {
    writeFileSync(join(dir, 'ander.yaml'), 'blijf: af\n');
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const port = portOf(form);
    const token = tokenOf(form);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/ander.yaml', '/web/formulier/form.js', '/formulier/form.js', '/api/file', '/etc/passwd']) {
      expect((await send(port, { path: `${path}?token=${token}` })).status, path).toBe(404);
    }
    expect((await send(port, { path: `/form.js?token=${token}` })).status).toBe(200);
    expect((await send(port, { method: 'DELETE', path: `/?token=${token}` })).status).toBe(405);
    const withPath = await json(form, '/api/save', { data: { soort: 'aanvraag' }, version: 1, path: 'ander.yaml' });
    expect(withPath.status).toBe(400);
    expect(JSON.parse(withPath.body).error).toBe('unknown field path');
    const saved = await json(form, '/api/save', { data: { soort: 'aanvraag', titel: 'x' }, version: 1 });
    expect(saved.status).toBe(200);
    expect(readdirSync(dir).sort()).toEqual(['aanvraag-valpreventie.yaml', 'ander.yaml']);
    expect(readFileSync(join(dir, 'ander.yaml'), 'utf8')).toBe('blijf: af\n');
  });

  it('checks with the engine of check: the same findings, decision and exit code as check on the saved file', async () => {
    copyFileSync(FIXTURE, join(dir, 'aanvraag.yaml'));
    form = await startForm(['aanvraag.yaml', '--no-open'], dir);
    const data = JSON.parse(JSON.stringify((await import('yaml')).parse(readFileSync(FIXTURE, 'utf8'))));
    data.businesscase.fte_besparing = 1;
    data.begroting[0].bedrag = 'veel';
    const live = JSON.parse((await json(form, '/api/check', { data })).body);
    expect(live.result.review.decision).toBe('ongeldig');
    expect(live.exitCode).toBe(1);
    const bedrag = live.result.findings.find((f: { pointer: string }) => f.pointer === '/begroting/0/bedrag');
    expect(bedrag).toMatchObject({ ruleId: 'schema', severity: 'error', field: '/begroting/0/bedrag', file: 'aanvraag.yaml', line: 34, column: 13 });
    data.begroting[0].bedrag = 200000;
    const saved = JSON.parse((await json(form, '/api/save', { data, version: 1 })).body);
    expect(saved.saved).toBe(true);
    expect(saved.result.review.decision).toBe('aanvullende-beoordeling');
    expect(saved.result.findings.map((f: { ruleId: string; field: string }) => [f.ruleId, f.field])).toEqual([['doelmatigheid', '/businesscase/fte_besparing'], ['fte-minimum', '/businesscase/fte_besparing']]);
    const check = await runInProcess(['check', '--format', 'json', 'aanvraag.yaml'], { cwd: dir });
    const report = JSON.parse(check.stdout);
    expect(check.code).toBe(saved.exitCode);
    expect(report.files[0].review).toEqual(saved.result.review);
    expect(report.files[0].findings).toEqual(saved.result.findings.map(({ field: _f, place: _p, text: _t, ...rest }: { field: string; place: string; text: string }) => rest));
    // The comments of the file are still there.
    const text = readFileSync(join(dir, 'aanvraag.yaml'), 'utf8');
    expect(text).toContain('  fte_besparing: 1 # volgens de effectstudie\n');
    expect(text).toContain('    # de penvoerder eerst\n');
  });

  it('reads amounts and fte as typed, with check\'s own finding and fix at the field, and names places as the form does', async () => {
    copyFileSync(FIXTURE, join(dir, 'aanvraag.yaml'));
    form = await startForm(['aanvraag.yaml', '--no-open'], dir);
    const data = JSON.parse(JSON.stringify((await import('yaml')).parse(readFileSync(FIXTURE, 'utf8'))));
    data.begroting[0].bedrag = '300.000';
    data.begroting[1].bedrag = '60000';
    data.businesscase.fte_besparing = '12,5';
    delete data.aanvrager.leden[0].sector;
    const live = JSON.parse((await json(form, '/api/check', { data })).body);
    const at = (pointer: string) => live.result.findings.filter((f: { field: string }) => f.field === pointer).map((f: { ruleId: string; place: string; text: string; fix?: { replacement: string } }) => ({ ruleId: f.ruleId, place: f.place, text: f.text, fix: f.fix?.replacement }));
    expect(at('/begroting/0/bedrag')).toEqual([
      { ruleId: 'bedrag-notatie', place: 'Begrotingsregel 1 › Bedrag', text: "Begrotingsregel 1 › Bedrag: 300.000 leest YAML als het getal 300, niet als € 300.000; schrijf 300000 (hele euro's, zonder punten of komma's)", fix: '300000' },
    ]);
    expect(at('/begroting/1/bedrag')).toEqual([]);
    expect(at('/businesscase/fte_besparing')).toEqual([
      { ruleId: 'schema', place: 'Businesscase › Arbeidsbesparing in fte', text: 'Businesscase › Arbeidsbesparing in fte: verwacht een aantal fte zoals 12.5, gevonden "12,5"', fix: undefined },
    ]);
    expect(at('/aanvrager/leden/0/sector')).toEqual([{ ruleId: 'schema', place: 'Aanvrager › Lid 1 › Sector', text: expect.stringMatching(/^Aanvrager › Lid 1 › Sector/) as unknown, fix: undefined }]);
    for (const f of live.result.findings as { text: string }[]) expect(f.text).not.toMatch(/\[\d+\]|\w\.\w+\[/);
    // The text the server made of the data holds what was typed, exactly.
    expect(live.yaml).toContain('    bedrag: 300.000 # inclusief overhead\n');
    expect(live.yaml).toContain('  fte_besparing: 12,5 # volgens de effectstudie\n');
    // 300.000 is not counted as € 300: the running total waits for it.
    expect(live.preview).toMatchObject({ total: 100000, waiting: 1, bovengrens: 750000 });
  });

  it('answers the page without its token in Dutch HTML, the API in JSON', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const page = await send(portOf(form), { path: '/' });
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Deze link is niet compleet</h1>');
    const api = await send(portOf(form), { path: '/form.js' });
    expect(api.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('asks before replacing a file that appeared after the start, and replaces it only when told to', async () => {
    form = await startForm(['nieuw.yaml', '--modelplan', 'valpreventie', '--no-open'], dir);
    writeFileSync(join(dir, 'nieuw.yaml'), 'van: iemand anders\n');
    const first = await json(form, '/api/save', { data: { soort: 'aanvraag' }, version: 1 });
    expect(first.status).toBe(409);
    expect(JSON.parse(first.body)).toEqual({ saved: false, conflict: 'exists', file: 'nieuw.yaml', version: 1, canOverwrite: true, message: 'nieuw.yaml bestaat al (aangemaakt buiten het formulier).' });
    expect(readFileSync(join(dir, 'nieuw.yaml'), 'utf8')).toBe('van: iemand anders\n');
    const second = await json(form, '/api/save', { data: { soort: 'aanvraag', titel: 'mijn aanvraag' }, version: 1, overwrite: true });
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body).version).toBe(2);
    expect(readFileSync(join(dir, 'nieuw.yaml'), 'utf8')).toContain('titel: "mijn aanvraag"\n');
    // Now it is ours: the next save needs no question.
    expect((await json(form, '/api/save', { data: { soort: 'aanvraag', titel: 'weer' }, version: 2 })).status).toBe(200);
  });

  it('asks before replacing a file that was changed outside the form', async () => {
    copyFileSync(FIXTURE, join(dir, 'aanvraag.yaml'));
    form = await startForm(['aanvraag.yaml', '--no-open'], dir);
    writeFileSync(join(dir, 'aanvraag.yaml'), 'soort: aanvraag\ntitel: in de editor gewijzigd\n');
    const data = (await import('yaml')).parse(readFileSync(FIXTURE, 'utf8'));
    const reply = await json(form, '/api/save', { data, version: 1 });
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body)).toEqual({ saved: false, conflict: 'changed', file: 'aanvraag.yaml', version: 1, canOverwrite: true, message: 'aanvraag.yaml is buiten het formulier gewijzigd sinds het werd geopend of opgeslagen.' });
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe('soort: aanvraag\ntitel: in de editor gewijzigd\n');
    expect((await json(form, '/api/save', { data, version: 1, overwrite: true })).status).toBe(200);
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('leaves no temporary file behind when it writes', async () => {
    form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    for (let i = 0; i < 3; i++) expect((await json(form, '/api/save', { data: { soort: 'aanvraag', titel: `versie ${i}` }, version: i + 1 })).status).toBe(200);
    expect(readdirSync(dir)).toEqual(['aanvraag-valpreventie.yaml']);
  });
});

describe('what the page loads', () => {
  it('comes from the package: the build copies the assets into dist/ (in package.json "files"), and no asset names another host', async () => {
    const { ASSET_DIR } = await import('../../src/form/server.js');
    const { ROOT } = await import('../helpers/cli.js');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('dist');
    expect(readdirSync(join(ROOT, 'dist', 'form', 'assets')).sort()).toEqual(readdirSync(ASSET_DIR).sort());
    for (const asset of readdirSync(ASSET_DIR)) {
      expect(readFileSync(join(ROOT, 'dist', 'form', 'assets', asset), 'utf8'), asset).toBe(readFileSync(join(ASSET_DIR, asset), 'utf8'));
      const text = readFileSync(join(ASSET_DIR, asset), 'utf8');
      expect(text, asset).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      expect(text, asset).not.toMatch(/@import|url\(/);
    }
  });
});
