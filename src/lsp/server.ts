/**
 * `modelplan lsp`: the check engine in the editor. Every open YAML document that is an aanvraag,
 * modelplan or budgetkader is checked by checkText (the same stages `check` runs on a file) and
 * its findings are pushed as diagnostics; fixes are code actions; hover and completion read the
 * modelplan. Re-checks are debounced per document and keyed by its version: a result for text
 * that has changed since is never published. Never touches process: streams come in, an exit
 * code goes out.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type WatchDog,
} from 'vscode-languageserver';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ResponseMessage } from 'vscode-languageserver/node';
import { framingGuard, type FramingProblem } from './framing.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTextChecker, DEFAULT_CHECK_BUDGET_MS } from '../offthread/checker.js';
import { UsageError } from '../errors.js';
import { stoppedResult } from '../offthread/stopped.js';
import { renderFile } from '../report/render.js';
import type { TextCheckAnswer } from '../offthread/types.js';
import type { Frame } from '../domain/types.js';
import { loadFrame } from '../frame/load.js';
import { displayPath } from '../load/discover.js';
import { t } from '../i18n/ui.js';
import { BUNDLED_MODELPLANNEN_DIR, toolVersion } from '../paths.js';
import type { FileResult, Lang, Localized } from '../report/types.js';
import { codeActions, FIX_ALL_KIND, SOURCE, toDiagnostics } from './diagnostics.js';
import { frameCompletion, frameHover } from './frame-info.js';
import type { LspIO, LspOptions } from './types.js';

const DOCUMENT_KIND_LINE = /^soort\s*:/m;
const YAML_URI = /\.ya?ml$/i;

const text = {
  frameBroken: { nl: 'modelplan kan dit bestand niet controleren: {message}', en: 'modelplan cannot check this file: {message}' },
  noLength: { nl: 'bericht zonder Content-Length; overgeslagen', en: 'message without Content-Length; skipped' },
  badLength: { nl: 'ongeldige Content-Length "{value}"; bericht overgeslagen', en: 'invalid Content-Length "{value}"; message skipped' },
  tooLarge: { nl: 'bericht van {length} bytes; de grens is {limit} bytes; overgeslagen', en: 'message of {length} bytes; the limit is {limit} bytes; skipped' },
  notJson: { nl: 'bericht is geen JSON (klopt de Content-Length?); overgeslagen', en: 'message is not JSON (is the Content-Length right?); skipped' },
  headerTooLong: { nl: 'kopregels langer dan {limit} bytes; overgeslagen', en: 'header longer than {limit} bytes; skipped' },
} satisfies Record<string, Localized>;

/** JSON-RPC: invalid JSON was received. */
const PARSE_ERROR = -32700;

/**
 * A message holds at most one document: its text JSON-escaped (up to six bytes a character), and
 * room for an editor that opens a file far above the file limit, so it still hears that the file
 * is too large (bestand-te-groot) instead of nothing: sixteen times the file limit (32 MiB by default).
 */
export function maxMessageBytes(options: Pick<LspOptions, 'maxFileBytes' | 'maxMessageBytes'>): number {
  return options.maxMessageBytes ?? options.maxFileBytes * 16 + 64 * 1024;
}

function framingMessage(problem: FramingProblem, lang: Lang): string {
  const { kind, ...args } = problem;
  return t(text[kind], lang, args);
}

interface Checked {
  version: number;
  result: FileResult;
}

/** Starts the server on the streams; resolves with the exit code once the client says exit or goes away. */
export function startLanguageServer(io: LspIO, options: LspOptions): Promise<number> {
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  let finished = false;
  const finish = (code: number) => {
    if (finished) return;
    finished = true;
    for (const cancel of pending.values()) cancel();
    pending.clear();
    void checker.close();
    connection.dispose();
    io.close?.();
    resolveExit(code);
  };
  const watchDog: WatchDog = {
    shutdownReceived: false,
    initialize: () => undefined,
    exit: (code) => finish(code),
  };
  const writer = new StreamMessageWriter(io.output);
  // Only well-framed messages reach the library; each dropped one is answered (its id is unknown: null).
  const guard = framingGuard({ maxBodyBytes: maxMessageBytes(options) }, (problem) => {
    if (finished) return;
    void writer.write({ jsonrpc: '2.0', id: null, error: { code: PARSE_ERROR, message: framingMessage(problem, options.lang) } } as ResponseMessage);
  });
  io.input.pipe(guard);
  const reader = new StreamMessageReader(guard);
  reader.onClose(() => finish(watchDog.shutdownReceived ? 0 : 1));
  const connection: Connection = createConnection((logger) => createProtocolConnection(reader, writer, logger), watchDog);
  const documents = new TextDocuments(TextDocument);
  const pending = new Map<string, () => void>();
  const checked = new Map<string, Checked>();
  const published = new Set<string>();
  const frames = new Map<string, Promise<Frame>>();
  /** Per frame folder, how often it was loaded again: the worker's frame is keyed by folder and generation. */
  const frameGenerations = new Map<string, number>();
  // Checks run in a worker with a time budget: the server answers hover, completion and the next
  // change while a text is checked, and a check that runs too long is stopped and said so.
  const checker = createTextChecker({ budgetMs: options.checkBudgetMs ?? DEFAULT_CHECK_BUDGET_MS, schedule: options.schedule, ...(options.checkWorkerUrl ? { workerUrl: options.checkWorkerUrl } : {}) });
  let roots: string[] = [];

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' '] },
      },
      serverInfo: { name: 'modelplan', version: toolVersion() },
    };
  });

  const pathOf = (uri: string): string | undefined => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  const displayOf = (uri: string): string => {
    const path = pathOf(uri);
    if (!path) return uri;
    return displayPath(roots.find((r) => isInside(path, r)) ?? options.cwd, path);
  };

  /** `--modelplannen`, else a `modelplannen/` beside the file or in a folder above it (within the workspace), else the bundled frame. */
  const frameDirFor = (uri: string): string => {
    if (options.modelplannenDir) return options.modelplannenDir;
    const path = pathOf(uri);
    if (!path) return BUNDLED_MODELPLANNEN_DIR;
    const root = roots.find((r) => isInside(path, r));
    let dir = dirname(path);
    for (;;) {
      const candidate = join(dir, 'modelplannen');
      if (isDirectory(candidate)) return candidate;
      const up = dirname(dir);
      if (!root || up === dir || !isInside(up, root)) return BUNDLED_MODELPLANNEN_DIR;
      dir = up;
    }
  };

  const frameFor = (uri: string): Promise<Frame> => {
    const dir = frameDirFor(uri);
    let frame = frames.get(dir);
    if (!frame) {
      frame = loadFrame(dir, options.cwd);
      frames.set(dir, frame);
      // A broken frame is tried again on the next check (it is being edited).
      frame.catch(() => frames.delete(dir));
    }
    return frame;
  };

  const isOurs = (doc: TextDocument, result: FileResult | undefined): boolean =>
    YAML_URI.test(doc.uri) || doc.languageId === 'yaml' ? result?.kind != null || DOCUMENT_KIND_LINE.test(doc.getText()) : false;

  /** The document's text checked off this thread; a frame that cannot be loaded throws (its message is for the user). */
  const checkDocument = async (doc: TextDocument): Promise<FileResult> => {
    const dir = frameDirFor(doc.uri);
    const display = displayOf(doc.uri);
    if (!frameGenerations.has(dir)) frameGenerations.set(dir, 0);
    const answer: TextCheckAnswer = await checker.check({
      text: doc.getText(),
      display,
      modelplannenDir: dir,
      frameKey: `${dir}\0${frameGenerations.get(dir) ?? 0}`,
      cwd: options.cwd,
      maxFileBytes: options.maxFileBytes,
    });
    if (answer.kind === 'frameError') throw new UsageError(answer.message);
    // Rendered here, at the edge, in the server's language.
    return renderFile(answer.kind === 'result' ? answer.result : stoppedResult(display, answer), options.lang);
  };

  /** The result for the document's current version: the published one, or a fresh check. */
  const resultFor = async (doc: TextDocument): Promise<FileResult | undefined> => {
    const known = checked.get(doc.uri);
    if (known && known.version === doc.version) return known.result;
    try {
      return await checkDocument(doc);
    } catch {
      return undefined;
    }
  };

  const validate = async (uri: string, version: number): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return;
    let diagnostics: Diagnostic[];
    let result: FileResult | undefined;
    const bom = doc.getText().startsWith('\uFEFF');
    try {
      result = await checkDocument(doc);
      diagnostics = toDiagnostics(result, options.lang, bom);
    } catch (error) {
      // The frame could not be loaded (a usage error in the modelplannen folder): say so on the file.
      const message = error instanceof UsageError ? error.render(options.lang) : error instanceof Error ? error.message : String(error);
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: SOURCE, message: t(text.frameBroken, options.lang, { message }) }];
    }
    // Never publish for stale text: the document may have changed (or closed) while checking.
    if (finished || documents.get(uri)?.version !== version) return;
    if (result) checked.set(uri, { version, result });
    // Other YAML (a CI file, docker-compose) is not ours: nothing is said about it.
    if (!isOurs(doc, result)) {
      if (!published.has(uri)) return;
      diagnostics = [];
    }
    published.add(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, delay: number) => {
    pending.get(doc.uri)?.();
    const { uri, version } = doc;
    pending.set(
      uri,
      options.schedule(() => {
        pending.delete(uri);
        void validate(uri, version);
      }, delay),
    );
  };

  const openedAt = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    openedAt.set(document.uri, document.version);
    void validate(document.uri, document.version);
  });
  documents.onDidChangeContent(({ document }) => {
    // Opening fires this too; that version is checked at once by onDidOpen.
    if (openedAt.get(document.uri) === document.version) return;
    schedule(document, options.debounceMs);
  });
  documents.onDidClose(({ document }) => {
    pending.get(document.uri)?.();
    pending.delete(document.uri);
    checked.delete(document.uri);
    openedAt.delete(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  documents.onDidSave(({ document }) => {
    // A saved file inside a frame folder changes that frame: load it again and re-check everything open.
    const path = pathOf(document.uri);
    if (!path) return;
    let changed = false;
    for (const dir of new Set([...frames.keys(), ...frameGenerations.keys()])) {
      if (isInside(path, dir)) {
        frames.delete(dir);
        frameGenerations.set(dir, (frameGenerations.get(dir) ?? 0) + 1);
        changed = true;
      }
    }
    if (changed) for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const result = await resultFor(doc);
    if (!result) return [];
    const request = { uri: doc.uri, range: params.range, lang: options.lang, bom: doc.getText().startsWith('\uFEFF'), positionAt: (offset: number) => doc.positionAt(offset) };
    return codeActions(result, params.context.only ? { ...request, only: params.context.only } : request);
  });

  // Hover and completion read the text again: not for a document too large to check.
  const tooLarge = (doc: TextDocument) => doc.getText().length > options.maxFileBytes;

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || tooLarge(doc)) return null;
    const frame = await frameFor(doc.uri).catch(() => undefined);
    if (!frame) return null;
    const hover = frameHover(doc.getText(), doc.offsetAt(params.position), frame, options.lang);
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: { start: doc.positionAt(hover.start), end: doc.positionAt(hover.end) } };
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || tooLarge(doc)) return [];
    const frame = await frameFor(doc.uri).catch(() => undefined);
    if (!frame) return [];
    const completion = frameCompletion(doc.getText(), doc.offsetAt(params.position), frame, options.lang);
    if (!completion) return [];
    const range = { start: doc.positionAt(completion.slot.start), end: doc.positionAt(completion.slot.end) };
    // Several versions of one modelplan share its id: offer the id once.
    const seen = new Set<string>();
    return completion.entries
      .filter((e) => !seen.has(e.id) && seen.add(e.id))
      .map((e) => ({ label: e.id, kind: 20, detail: e.title, documentation: { kind: 'markdown' as const, value: e.markdown }, textEdit: { range, newText: e.id } }));
  });

  documents.listen(connection);
  connection.listen();
  return exited;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function isDirectory(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}
