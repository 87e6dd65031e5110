/**
 * Issue 28: each input is read from disk once per run. Every open and read of the file system is
 * counted by path (node:fs and node:fs/promises, as the source imports them); the bytes read are
 * the bytes hashed, parsed and registered.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const counted = <K extends 'openSync' | 'readFileSync'>(name: K) =>
    ((path: unknown, ...rest: unknown[]) => {
      reads.paths.push(String(path));
      return (fs[name] as (...args: unknown[]) => unknown)(path, ...rest);
    }) as (typeof fs)[K];
  const mocked = { ...fs, openSync: counted('openSync'), readFileSync: counted('readFileSync') };
  return { ...mocked, default: mocked };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const counted = <K extends 'open' | 'readFile'>(name: K) =>
    ((path: unknown, ...rest: unknown[]) => {
      reads.paths.push(String(path));
      return (fs[name] as (...args: unknown[]) => unknown)(path, ...rest);
    }) as (typeof fs)[K];
  const mocked = { ...fs, open: counted('open'), readFile: counted('readFile') };
  return { ...mocked, default: mocked };
});

const { EXAMPLES, runInProcess } = await import('../helpers/cli.js');

function examplesCopy(): { dir: string; inputs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-reads-'));
  cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
  mkdirSync(join(dir, 'uit'));
  const inputs = [
    ...readdirSync(join(dir, 'examples')).filter((n) => n.endsWith('.yaml')).map((n) => `examples/${n}`),
    ...readdirSync(join(dir, 'examples/beoordelingen')).map((n) => `examples/beoordelingen/${n}`),
  ].sort();
  return { dir, inputs };
}

/** How often each input (and the register) was opened or read, by its path relative to the folder. */
function readsOf(dir: string, inputs: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(inputs.map((i) => [i, 0]));
  for (const path of reads.paths) {
    const name = relative(dir, path).split('\\').join('/');
    if (name in counts) counts[name]!++;
  }
  return counts;
}

const once = (inputs: readonly string[]) => Object.fromEntries(inputs.map((i) => [i, 1]));

describe('issue 28: each input is read once per run', () => {
  beforeEach(() => {
    reads.paths.length = 0;
  });

  const runs: [string, string[]][] = [
    ['check --register', ['check', 'examples', '--register', 'register.json', '--format', 'json']],
    ['check --fix --dry-run --register', ['check', '--fix', '--dry-run', 'examples', '--register', 'register.json']],
    ['status --register', ['status', 'examples', '--register', 'register.json']],
    ['rapport --register', ['rapport', 'examples', '--register', 'register.json', '--peildatum', '2026-12-01']],
    // The bundled BO decision names the bundled register: export nza goes only with that one.
    ['export nza --register', ['export', 'nza', 'examples', '--register', 'examples/register.json', '-o', 'uit']],
    ['budget', ['budget', 'examples', '--format', 'json']],
  ];
  for (const [name, args] of runs) {
    it(name, async () => {
      const { dir, inputs } = examplesCopy();
      const made = await runInProcess(['register', 'examples', '--peildatum', '2026-12-01', '-o', 'register.json'], { cwd: dir });
      expect(made).toMatchObject({ code: 0, stderr: '' });
      expect(readsOf(dir, inputs)).toEqual(once(inputs));
      reads.paths.length = 0;
      const result = await runInProcess(args, { cwd: dir });
      expect(result.stderr).toBe('');
      const withRegister = args.includes('--register') ? [...inputs, args[args.indexOf('--register') + 1]!] : inputs;
      expect(readsOf(dir, withRegister)).toEqual(once(withRegister));
    });
  }
});
