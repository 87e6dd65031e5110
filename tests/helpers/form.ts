/**
 * Runs `modelplan formulier` in this process with an injected browser opener and stop signal:
 * the test learns the address from the opener (or from `listening`) and stops the server by
 * resolving the stop promise, as Ctrl+C would.
 */
import { Readable } from 'node:stream';
import { runCli } from '../../src/program.js';
import type { Lang } from '../../src/report/types.js';

export interface RunningForm {
  url: string;
  /** Like Ctrl+C: stops the server; resolves with the command's exit code and output. */
  stop(): Promise<{ code: number; stdout: string; stderr: string }>;
  opened: string[];
}

export async function startForm(args: string[], cwd: string, lang: Lang = 'nl'): Promise<RunningForm> {
  let stdout = '';
  let stderr = '';
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const opened: string[] = [];
  let listening!: (url: string) => void;
  let failed!: (error: Error) => void;
  const address = new Promise<string>((resolve, reject) => {
    listening = resolve;
    failed = reject;
  });
  const run = runCli(['formulier', ...args], {
    lang,
    environment: { cwd, env: {}, stdoutIsTTY: false },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => Readable.from([]),
    setExitCode: () => undefined,
    form: {
      open: async (url) => {
        opened.push(url);
      },
      untilStopped: () => stopped,
      listening: (url) => listening(url),
    },
  });
  // A command that ends before it listens (a usage error) fails the start with its output.
  void run.then((code) => failed(new Error(`formulier ended with ${code}: ${stderr}`)));
  const url = await address;
  return {
    url,
    opened,
    stop: async () => {
      stop();
      const code = await run;
      return { code, stdout, stderr };
    },
  };
}
