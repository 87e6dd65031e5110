/**
 * Two ways to run the CLI in tests: in-process (fast, no build needed) and through the built
 * binary (the real thing: exit codes, streams, process handling).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { languageFrom } from '../../src/options/shared.js';
import { runCli } from '../../src/program.js';
import type { Lang } from '../../src/report/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = join(ROOT, 'examples');
export const MODELPLANNEN = join(ROOT, 'modelplannen');
export const BUILT_CLI = join(ROOT, 'dist', 'cli.js');
/** The date the in-process CLI sees as today. */
export const TEST_TODAY = '2026-12-01';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  cwd?: string;
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  lang?: Lang;
  /** The clock the command sees (in-process only). */
  now?: () => Date;
}

/** Runs the CLI in this process with captured streams. */
export async function runInProcess(args: string[], run: CliRun = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const input = run.stdin ?? '';
  const env = run.env ?? {};
  const lang: Lang = run.lang ?? languageFrom(args, env);
  const code = await runCli(args, {
    lang,
    environment: { cwd: run.cwd ?? ROOT, env, stdoutIsTTY: false },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => Readable.from([typeof input === 'string' ? Buffer.from(input) : Buffer.from(input)]),
    setExitCode: () => undefined,
    // A fixed clock: the default peildatum and decision date never depend on the day a test runs.
    now: run.now ?? (() => new Date(`${TEST_TODAY}T12:00:00Z`)),
  });
  return { code, stdout, stderr };
}

/** Runs the built binary (`npm run build` first; `npm test` does that). */
export function runBuilt(args: string[], run: CliRun = {}): CliResult {
  if (!existsSync(BUILT_CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd: run.cwd ?? ROOT,
    input: run.stdin ?? '',
    env: { PATH: process.env.PATH, ...(run.env ?? {}) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
