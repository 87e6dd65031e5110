/**
 * The form's local web server (Node's own http). It listens on 127.0.0.1 only; every request
 * carries the per-run token (query `token` or header X-Modelplan-Token) or gets 403; a Host
 * header other than the loopback address and port is refused (DNS rebinding); request bodies
 * are limited; it serves a fixed set of assets from the package and reads and writes exactly one
 * file, the one it was started for. The document is data: nothing from it is executed.
 */
import { fileURLToPath } from 'node:url';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame } from '../domain/types.js';
import { childPointer } from '../parse/pointer.js';
import type { Finding, Lang } from '../report/types.js';
import { writeFileAtomic } from '../write.js';
import { checkText, type TextCheck } from './check.js';
import { createTextChecker, DEFAULT_CHECK_BUDGET_MS, type Schedule } from '../offthread/checker.js';
import { stoppedResult } from '../offthread/stopped.js';
import { exitCodeFor, summarize } from '../report/summarize.js';
import { applyData, documentText, parseForEditing } from './document.js';
import type { FormNode } from './model.js';
import { fieldPointer } from './pointer.js';
import { pageHtml, uiTexts } from './page.js';

export const TOKEN_HEADER = 'x-modelplan-token';
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The assets the page loads, by URL path; nothing else on disk is ever served. */
// Beside this module: src/form/assets from the sources, dist/form/assets (copied by the build) when built.
export const ASSET_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSETS: Record<string, { file: string; type: string }> = {
  '/form.js': { file: 'form.js', type: 'text/javascript; charset=utf-8' },
  '/form.css': { file: 'form.css', type: 'text/css; charset=utf-8' },
};

export interface FormServerOptions {
  /** Absolute path of the one file the server reads and writes. */
  target: string;
  /** The file's name as shown (relative to the working directory). */
  display: string;
  /** The document the form starts from: the file's text, or the init skeleton. */
  initialText: string;
  /** Whether the target existed when the server started (else saving creates it). */
  existing: boolean;
  model: FormNode;
  frame: Frame;
  lang: Lang;
  /** 0: any free port. */
  port: number;
  maxFileBytes: number;
  maxBodyBytes?: number;
  /** For tests: a fixed token (default: 32 random bytes). */
  token?: string;
  /**
   * Check in a worker thread with a time budget (src/offthread/), so the server answers while a
   * text is checked and a check that runs too long is stopped and said so: the frame's folder and
   * the folder paths are shown relative to. Without it the check runs in this thread.
   */
  offThread?: { modelplannenDir: string; cwd: string; budgetMs?: number; schedule?: Schedule; workerUrl?: URL };
}

export interface FormServer {
  url: string;
  port: number;
  token: string;
  /** The check of the last saved state (or of the file as it was at start; undefined: nothing saved yet). */
  lastSaved(): TextCheck | undefined;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, 'request body too large');
  const type = String(request.headers['content-type'] ?? '');
  if (!/^application\/json(;|$)/i.test(type)) throw new HttpError(415, 'expected application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
}

/** The body of /api/check and /api/save: the application as the form holds it, nothing else. */
function formBody(body: unknown): { data: Record<string, unknown>; overwrite: boolean } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'expected an object');
  const { data, overwrite, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new HttpError(400, `unknown field ${Object.keys(rest)[0]}`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new HttpError(400, 'data must be an object');
  if (overwrite !== undefined && typeof overwrite !== 'boolean') throw new HttpError(400, 'overwrite must be true or false');
  return { data: data as Record<string, unknown>, overwrite: overwrite === true };
}

export async function startFormServer(options: FormServerOptions): Promise<FormServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { lang, frame, model, display, target } = options;
  let baseText = options.initialText;
  let existing = options.existing;
  const checker = options.offThread
    ? createTextChecker({
        budgetMs: options.offThread.budgetMs ?? DEFAULT_CHECK_BUDGET_MS,
        schedule: options.offThread.schedule ?? ((run, ms) => {
          const timer = setTimeout(run, ms);
          return () => clearTimeout(timer);
        }),
        ...(options.offThread.workerUrl ? { workerUrl: options.offThread.workerUrl } : {}),
      })
    : undefined;
  /** The text through the engine: in the worker when there is one, with what check would exit with. */
  const check = async (text: string): Promise<TextCheck> => {
    if (!checker || !options.offThread) return checkText(text, display, frame, options);
    const { modelplannenDir, cwd } = options.offThread;
    const answer = await checker.check({ text, display, modelplannenDir, frameKey: modelplannenDir, cwd, lang, maxFileBytes: options.maxFileBytes });
    const result = answer.kind === 'result' ? answer.result : stoppedResult(display, answer.kind === 'frameError' ? { kind: 'failed', message: answer.message } : answer, lang);
    return { result, exitCode: exitCodeFor([result], summarize([result]), { failOn: 'error' }) };
  };
  let lastSaved: TextCheck | undefined = existing ? await check(baseText) : undefined;
  const initialDoc = parseForEditing(baseText);
  if (!initialDoc) throw new Error('the initial document must parse');
  const initialData = initialDoc.toJS() as unknown;
  const assets = Object.fromEntries(Object.entries(ASSETS).map(([path, asset]) => [path, { ...asset, body: readFileSync(join(ASSET_DIR, asset.file)) }]));
  let port = options.port;

  /** The text the form's data gives: the last saved document, edited. */
  const textFor = (data: unknown): string => {
    const doc = parseForEditing(baseText);
    if (!doc) throw new Error('the saved document no longer parses');
    applyData(doc, data);
    return documentText(doc);
  };

  const checkResponse = async (data: unknown) => {
    const text = textFor(data);
    const checked = await check(text);
    const findings = checked.result.findings.map((f) => ({ ...f, field: fieldPointer(model, data, shownAt(f)) }));
    return { text, check: checked, body: { result: { ...checked.result, findings }, exitCode: checked.exitCode  } };
  };

  const onDisk = async (): Promise<string | undefined> => {
    try {
      const info = await stat(target);
      if (!info.isFile() || info.size > options.maxFileBytes) return '\0not-ours';
      return await readFile(target, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };

  const save = async (data: unknown, overwrite: boolean) => {
    const { text, check, body } = await checkResponse(data);
    const current = await onDisk();
    // Another file where ours should be is a question for the user, not an error: saved false.
    const conflict = (kind: 'exists' | 'changed' | 'removed') => ({ saved: false, conflict: kind, file: display });
    if (!overwrite) {
      if (!existing && current !== undefined) return conflict('exists');
      if (existing && current !== baseText) return conflict(current === undefined ? 'removed' : 'changed');
    }
    try {
      await writeFileAtomic(target, text, { exclusive: !overwrite && current === undefined });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return conflict('exists');
      throw error;
    }
    baseText = text;
    existing = true;
    lastSaved = check;
    return { ...body, saved: true, file: display };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(403, 'unexpected Host header');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const given = (request.headers[TOKEN_HEADER] as string | undefined) ?? url.searchParams.get('token') ?? undefined;
    if (!sameToken(given, token)) throw new HttpError(403, 'missing or wrong token');
    const route = `${request.method ?? ''} ${url.pathname}`;
    if (route === 'GET /') {
      const state = { model, data: initialData, file: display, token, lang, ui: uiTexts(lang), initial: (await checkResponse(initialData)).body };
      return send(response, 200, 'text/html; charset=utf-8', pageHtml(state, token, lang));
    }
    const asset = request.method === 'GET' ? assets[url.pathname] : undefined;
    if (asset) return send(response, 200, asset.type, asset.body);
    if (route === 'POST /api/check') {
      const { data } = formBody(await readBody(request, maxBody));
      return sendJson(response, 200, (await checkResponse(data)).body);
    }
    if (route === 'POST /api/save') {
      const { data, overwrite } = formBody(await readBody(request, maxBody));
      return sendJson(response, 200, await save(data, overwrite));
    }
    if (['/', '/api/check', '/api/save'].includes(url.pathname) || url.pathname in ASSETS) throw new HttpError(405, 'method not allowed');
    throw new HttpError(404, 'not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      // After a refused body the connection is closed; the rest of the body is discarded unread (a
      // reset instead could lose the answer), and the request timeout bounds how long that may take.
      if (status === 413) request.resume();
      // A request refused before its body was read (no token, a foreign Host): the body is not
      // read at all; once the answer is out, the connection is closed.
      const unread = status !== 413 && !request.readableEnded;
      if (unread) response.once('finish', () => request.socket.destroy());
      if (!response.headersSent) sendJson(response, status, { error: message }, status === 413 || unread ? { Connection: 'close' } : {});
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    lastSaved: () => lastSaved,
    close: async () => {
      await checker?.close();
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

/** A missing required key is shown at the field for that key, not at its parent. */
function shownAt(finding: Finding): string {
  if (finding.ruleId !== 'schema' || finding.messageId !== 'required' || typeof finding.args.path !== 'string') return finding.pointer;
  const key = /([\p{L}\p{N}_-]+)$/u.exec(finding.args.path)?.[1];
  return key ? childPointer(finding.pointer, key) : finding.pointer;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}
