#!/usr/bin/env node
/** The only module that touches process: argv, environment and streams in, exit code out. */
import { languageFrom } from './options.js';
import { runCli } from './program.js';

const argv = process.argv.slice(2);
const lang = languageFrom(argv, process.env);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`modelplan check … | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await runCli(argv, {
  lang,
  environment: { cwd: process.cwd(), env: process.env, stdoutIsTTY: process.stdout.isTTY === true },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
  setExitCode: () => undefined,
  lsp: { input: process.stdin, output: process.stdout, close: () => process.stdin.destroy() },
  watch: {
    watcher: (targets, onChange) => import('./watch/chokidar.js').then(({ chokidarWatcher }) => chokidarWatcher(targets, onChange)),
    // Registered only in watch mode, so every other run keeps the default Ctrl+C.
    untilStopped: () => new Promise((stop) => ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, () => stop()))),
    now: () => new Date(),
  },
});
process.exitCode = exitCode;
