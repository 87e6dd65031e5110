/**
 * A small LSP client over vscode-jsonrpc for the language server tests: requests, and published
 * diagnostics kept per document so a test waits for the one it expects (by version), never on a
 * timer.
 */
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly connection: MessageConnection;
  /** Every publishDiagnostics notification, in the order it came. */
  readonly published: Published[] = [];
  private waiters: { test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
    this.connection = createMessageConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    this.connection.listen();
  }

  /** The next (or an already received) publication for `uri` that passes `test`. */
  diagnostics(uri: string, test: (p: Published) => boolean = () => true): Promise<Published> {
    const match = (p: Published) => p.uri === uri && test(p);
    const seen = this.published.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test: match, resolve }));
  }

  /** Publications for `uri` that pass `test`, oldest first. */
  publishedFor(uri: string): Published[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async initialize(rootUri: string | null): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri, capabilities: {}, workspaceFolders: null });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
  }
}
