/**
 * The language server's framing: a wrong, missing or negative Content-Length, a body beyond the
 * limit or a header that never ends is dropped and answered with an error, and the next message
 * is served. The work of the guard grows linearly (counted in bytes scanned).
 */
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { framingGuard, framingWork, MAX_HEADER_BYTES, type FramingProblem } from '../../src/lsp/framing.js';
import { startLanguageServer } from '../../src/lsp/server.js';
import { ROOT } from '../helpers/cli.js';

const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
const request = (id: number, method: string, params: unknown = {}) => JSON.stringify({ jsonrpc: '2.0', id, method, params });

/** Feeds the chunks through a guard; the messages it let through and the problems it reported. */
async function guarded(chunks: (string | Buffer)[], maxBodyBytes = 1024): Promise<{ out: string; problems: FramingProblem[] }> {
  const problems: FramingProblem[] = [];
  const guard = framingGuard({ maxBodyBytes }, (p) => problems.push(p));
  const out: Buffer[] = [];
  guard.on('data', (chunk: Buffer) => out.push(chunk));
  for (const chunk of chunks) guard.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  guard.end();
  await once(guard, 'end');
  return { out: Buffer.concat(out).toString(), problems };
}

const ok = frame(request(7, 'ping'));

describe('framing guard', () => {
  it.each<[string, string[], FramingProblem[]]>([
    ['a missing Content-Length', ['Content-Type: x\r\n\r\n{"a":1}', ok], [{ kind: 'noLength' }]],
    ['a negative Content-Length', ['Content-Length: -5\r\n\r\n{"a":1}', ok], [{ kind: 'badLength', value: '-5' }]],
    ['a Content-Length that is text', ['Content-Length: veel\r\n\r\n{}', ok], [{ kind: 'badLength', value: 'veel' }]],
    ['a Content-Length too short', [frame('{"jsonrpc":"2.0","id":1}', 5), ok], [{ kind: 'notJson' }]],
    ['a Content-Length too long (it swallows the next header)', [frame('{"a":1}', 30) + ok], [{ kind: 'notJson' }]],
    ['a body beyond the limit, never buffered', [frame('{"a":"' + 'x'.repeat(2000) + '"}'), ok], [{ kind: 'tooLarge', length: 2008, limit: 1024 }]],
    ['a header that never ends', ['x'.repeat(MAX_HEADER_BYTES + 10), ok], [{ kind: 'headerTooLong', limit: MAX_HEADER_BYTES }]],
  ])('%s: dropped, reported once, and the next message passes unchanged', async (_name, chunks, problems) => {
    const result = await guarded(chunks);
    expect(result.problems).toEqual(problems);
    expect(result.out).toBe(ok);
  });

  it('a message cut into one-byte chunks passes whole', async () => {
    const result = await guarded([...Buffer.from(ok + ok)].map((b) => Buffer.from([b])));
    expect(result).toEqual({ out: ok + ok, problems: [] });
  });

  it('scanning a declared-too-large body for the next header: twice the bytes, at most about twice the work', async () => {
    const work = async (n: number) => {
      framingWork.bytes = 0;
      const chunks = ['Content-Length: 4294967296\r\n\r\n', ...Array.from({ length: n }, () => 'x'.repeat(1024)), ok];
      const result = await guarded(chunks);
      expect(result.out).toBe(ok);
      return framingWork.bytes;
    };
    const small = await work(256);
    const large = await work(512);
    expect(small).toBeGreaterThan(256 * 1024);
    expect(large / small).toBeLessThan(2.1);
  });
});

/** Reads the server's framed answers off its output. */
function answers(stream: PassThrough): { next: () => Promise<Record<string, unknown>> } {
  let pending = Buffer.alloc(0);
  const queue: Record<string, unknown>[] = [];
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  stream.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const end = pending.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/.exec(pending.subarray(0, end).toString())![1]);
      if (pending.length < end + 4 + length) return;
      const message = JSON.parse(pending.subarray(end + 4, end + 4 + length).toString()) as Record<string, unknown>;
      pending = pending.subarray(end + 4 + length);
      const take = waiting.shift();
      if (take) take(message);
      else queue.push(message);
    }
  });
  return { next: () => new Promise((resolve) => (queue.length > 0 ? resolve(queue.shift()!) : waiting.push(resolve))) };
}

describe('the server on bad framing', () => {
  it('answers each bad message with an error (id null) in the user language, and goes on serving', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const exit = startLanguageServer({ input, output }, { lang: 'nl', cwd: ROOT, maxFileBytes: 1000, debounceMs: 0, schedule: () => () => undefined });
    const from = answers(output);
    input.write('Content-Length: -1\r\n\r\n');
    expect(await from.next()).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'ongeldige Content-Length "-1"; bericht overgeslagen' } });
    input.write('Content-Length: 4294967296\r\n\r\n' + 'x'.repeat(10_000));
    expect(await from.next()).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'bericht van 4294967296 bytes; de grens is 81536 bytes; overgeslagen' } });
    input.write(frame(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} })));
    const initialized = await from.next();
    expect(initialized.id).toBe(1);
    expect(Object.keys(initialized.result as object)).toEqual(['capabilities', 'serverInfo']);
    input.write(frame(request(2, 'shutdown')));
    expect((await from.next()).id).toBe(2);
    input.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })));
    expect(await exit).toBe(0);
  });
});
