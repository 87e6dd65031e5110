/**
 * The form's local web server (Node's own http). It listens on 127.0.0.1 only; every request
 * carries the per-run token (query `token` or header X-Modelplan-Token) or gets 403; a Host
 * header other than the loopback address and port is refused (DNS rebinding); request bodies
 * are limited; it serves a fixed set of assets from the package and reads and writes exactly one
 * file, the one it was started for. The document is data: nothing from it is executed.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame } from '../domain/types.js';
import { childPointer } from '../parse/pointer.js';
import { t } from '../i18n/ui.js';
import type { Finding, Lang, Localized } from '../report/types.js';
import { contentHash, saveFile, type SaveRefusal } from '../write.js';
import { checkText, type TextCheck } from './check.js';
import { createTextChecker, DEFAULT_CHECK_BUDGET_MS, type Schedule } from '../offthread/checker.js';
import { stoppedResult } from '../offthread/stopped.js';
import { renderFile } from '../report/render.js';
import { exitCodeFor, summarize } from '../report/summarize.js';
import { editedText, parseForEditing } from './document.js';
import type { FormNode } from './model.js';
import { fieldPointer } from './pointer.js';
import { missingTokenHtml, pageHtml, uiTexts } from './page.js';
import { partialFindings } from './partial.js';
import { plainMessage, plainPath } from './plain.js';
import { CHECK_STEP, formSteps } from './presentation.js';
import { budgetPreview } from './preview.js';
import { applyTyped } from './typed.js';

export const TOKEN_HEADER = 'x-modelplan-token';
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The assets the page loads, by URL path; nothing else on disk is ever served. */
// Beside this module: src/form/assets from the sources, dist/form/assets (copied by the build) when built.
export const ASSET_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSETS: Record<string, { file: string; type: string }> = {
  '/form.js': { file: join(ASSET_DIR, 'form.js'), type: 'text/javascript; charset=utf-8' },
  '/form.css': { file: join(ASSET_DIR, 'form.css'), type: 'text/css; charset=utf-8' },
  // The NL Design System components (Utrecht component library, EUPL-1.2), from the installed package.
  '/nlds.css': { file: createRequire(import.meta.url).resolve('@utrecht/component-library-css/dist/index.css'), type: 'text/css; charset=utf-8' },
};

export interface FormServerOptions {
  /** Absolute path of the one file the server reads and writes. */
  target: string;
  /** The file's name as shown (relative to the working directory). */
  display: string;
  /** The document the form starts from: the file's text (without BOM, LF line ends), or the init skeleton. */
  initialText: string;
  /** Whether the target existed when the server started (else saving creates it). */
  existing: boolean;
  /** SHA-256 of the file's bytes `initialText` was read from (existing files; else read again at start). */
  initialHash?: string;
  /** For tests: runs just before a save compares the file and replaces it (an outside edit then). */
  beforeSwap?: () => void | Promise<void>;
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

/**
 * The body of /api/check and /api/save: the application as the form holds it, and for a save the
 * version the page was loaded or last saved at (a stale version is another tab's older state).
 */
function formBody(body: unknown, save: boolean): { data: Record<string, unknown>; overwrite: boolean; version: number } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'expected an object');
  const { data, overwrite, version, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new HttpError(400, `unknown field ${Object.keys(rest)[0]}`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new HttpError(400, 'data must be an object');
  if (overwrite !== undefined && typeof overwrite !== 'boolean') throw new HttpError(400, 'overwrite must be true or false');
  if (save && !Number.isSafeInteger(version)) throw new HttpError(400, 'version must be the number the page was given');
  return { data: data as Record<string, unknown>, overwrite: overwrite === true, version: save ? (version as number) : 0 };
}

/** Why a save did not happen, as the form shows it (the page asks about the ones it may overwrite). */
const REFUSED: Record<SaveRefusal | 'stale', Localized> = {
  stale: {
    nl: 'Niet opgeslagen: {file} is intussen opgeslagen vanuit een ander tabblad of venster (versie {version}). Wat u hier invulde is niet opgeslagen, en het andere tabblad is niet overschreven. Laad de pagina opnieuw om verder te gaan met wat is opgeslagen.',
    en: 'Not saved: {file} has meanwhile been saved from another tab or window (version {version}). What you entered here was not saved, and the other tab was not overwritten. Reload the page to continue with what was saved.',
  },
  changed: { nl: '{file} is buiten het formulier gewijzigd sinds het werd geopend of opgeslagen.', en: '{file} was changed outside the form since it was opened or saved.' },
  exists: { nl: '{file} bestaat al (aangemaakt buiten het formulier).', en: '{file} already exists (created outside the form).' },
  removed: { nl: '{file} is buiten het formulier verwijderd.', en: '{file} was removed outside the form.' },
  readOnly: {
    nl: 'Niet opgeslagen: {file} is alleen-lezen. Er is niets gewijzigd; maak het bestand schrijfbaar en sla opnieuw op.',
    en: 'Not saved: {file} is read-only. Nothing was changed; make the file writable and save again.',
  },
  folderReadOnly: {
    nl: 'Niet opgeslagen: in de map van {file} mag niet worden geschreven. Er is niets gewijzigd.',
    en: 'Not saved: the folder of {file} may not be written to. Nothing was changed.',
  },
  notAFile: { nl: 'Niet opgeslagen: op de plek van {file} staat geen gewoon bestand.', en: 'Not saved: there is no regular file at the place of {file}.' },
};

export async function startFormServer(options: FormServerOptions): Promise<FormServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { lang, frame, model, display, target } = options;
  let baseText = options.initialText;
  let existing = options.existing;
  // What is on disk as far as the form knows: the hash of its bytes (undefined: no file yet).
  let baseHash = existing ? (options.initialHash ?? (await readBaseHash(target))) : undefined;
  // The version of the saved state; every save counts it up, and a save from an older one is refused.
  let version = 1;
  // After a conflict: the file the user was asked about (its hash; null: there was none). Overwriting replaces exactly that.
  let offered: string | null | undefined;
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
    const answer = await checker.check({ text, display, modelplannenDir, frameKey: modelplannenDir, cwd, maxFileBytes: options.maxFileBytes });
    const result = renderFile(answer.kind === 'result' ? answer.result : stoppedResult(display, answer.kind === 'frameError' ? { kind: 'failed', message: answer.message[lang] } : answer), lang);
    return { result, exitCode: exitCodeFor([result], summarize([result]), { failOn: 'error' }) };
  };
  let lastSaved: TextCheck | undefined = existing ? await check(baseText) : undefined;
  if (!parseForEditing(baseText)) throw new Error('the initial document must parse');
  const assets = Object.fromEntries(Object.entries(ASSETS).map(([path, asset]) => [path, { ...asset, body: readFileSync(asset.file) }]));
  const steps = formSteps(model, lang);
  let port = options.port;

  /** The text the form's data gives: the last saved document, edited (unchanged data: that text itself), numbers as typed. */
  const textFor = (data: unknown): string => editedText(baseText, data, (doc) => applyTyped(doc, model, data));

  const checkResponse = async (data: unknown) => {
    const text = textFor(data);
    const checked = await check(text);
    const forForm = (f: Finding) => {
      const field = fieldPointer(model, data, shownAt(f));
      return { ...f, field, place: plainPath(model, field, lang), text: plainMessage(f, model, lang) };
    };
    const findings = checked.result.findings.map(forForm);
    // The rules on what is there while the schema does not hold yet: preliminary, never the decision.
    const partial = partialFindings(text, checked.result, model, frame, lang).map(forForm);
    const read = parseForEditing(text)?.toJS() as unknown;
    const preview = budgetPreview(read, checked.result, frame);
    return { text, check: checked, body: { result: { ...checked.result, findings }, partial, exitCode: checked.exitCode, preview, yaml: text } };
  };

  /** A save that did not happen: 409, with the reason in the user's language; never a silent undo. */
  const refused = (reason: SaveRefusal | 'stale') => ({
    status: 409,
    body: {
      saved: false,
      conflict: reason,
      file: display,
      version,
      canOverwrite: reason === 'changed' || reason === 'exists' || reason === 'removed',
      message: t(REFUSED[reason], lang, { file: display, version }),
    },
  });

  const save = async (data: unknown, overwrite: boolean, given: number): Promise<{ status: number; body: unknown }> => {
    if (given !== version) return refused('stale');
    const { text, check, body } = await checkResponse(data);
    // Overwriting after a question replaces exactly the file the user was asked about, nothing newer.
    const expected = overwrite && offered !== undefined ? (offered ?? undefined) : baseHash;
    const outcome = await saveFile(target, text, { expected, keepStyle: true, ...(options.beforeSwap ? { beforeSwap: options.beforeSwap } : {}) });
    if (!outcome.saved) {
      if (outcome.reason === 'changed' || outcome.reason === 'exists') offered = outcome.sha256 ?? undefined;
      else if (outcome.reason === 'removed') offered = null;
      return refused(outcome.reason);
    }
    baseText = text;
    baseHash = outcome.sha256;
    offered = undefined;
    existing = true;
    version++;
    lastSaved = check;
    return { status: 200, body: { ...body, saved: true, file: display, version } };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(403, 'unexpected Host header');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const given = (request.headers[TOKEN_HEADER] as string | undefined) ?? url.searchParams.get('token') ?? undefined;
    const route = `${request.method ?? ''} ${url.pathname}`;
    if (!sameToken(given, token)) {
      // A person who opened the page without its link gets a page in their language, not JSON.
      if (route === 'GET /') return send(response, 403, 'text/html; charset=utf-8', missingTokenHtml(lang));
      throw new HttpError(403, 'missing or wrong token');
    }
    if (route === 'GET /') {
      // The state as saved last (a reload after a save shows the saved data), with its version.
      const data = parseForEditing(baseText)!.toJS() as unknown;
      const state = { model, steps, checkStep: CHECK_STEP[lang], data, version, file: display, token, lang, ui: uiTexts(lang), initial: (await checkResponse(data)).body };
      return send(response, 200, 'text/html; charset=utf-8', pageHtml(state, token, lang));
    }
    const asset = request.method === 'GET' ? assets[url.pathname] : undefined;
    if (asset) return send(response, 200, asset.type, asset.body);
    if (route === 'POST /api/check') {
      const { data } = formBody(await readBody(request, maxBody), false);
      return sendJson(response, 200, (await checkResponse(data)).body);
    }
    if (route === 'POST /api/save') {
      const { data, overwrite, version: given } = formBody(await readBody(request, maxBody), true);
      const answer = await save(data, overwrite, given);
      return sendJson(response, answer.status, answer.body);
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

/** The hash of the file as it is now (the form was opened on it). */
async function readBaseHash(target: string): Promise<string | undefined> {
  try {
    return contentHash(await readFile(target));
  } catch {
    return undefined;
  }
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
