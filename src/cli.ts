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
  today: () => new Date().toISOString().slice(0, 10),
  watch: {
    watcher: (targets, onChange) => import('./watch/chokidar.js').then(({ chokidarWatcher }) => chokidarWatcher(targets, onChange)),
    // Registered only in watch mode, so every other run keeps the default Ctrl+C.
    untilStopped: () => new Promise((stop) => ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, () => stop()))),
    now: () => new Date(),
  },
  form: {
    // The address is one argument to the platform's opener, never a shell command line.
    open: (url) =>
      import('node:child_process').then(
        ({ spawn }) =>
          new Promise<void>((resolve, reject) => {
            const [command, args] =
              process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['explorer.exe', [url]] : ['xdg-open', [url]];
            const child = spawn(command, args, { stdio: 'ignore', detached: true });
            child.once('error', reject);
            child.once('spawn', () => {
              child.unref();
              resolve();
            });
          }),
      ),
    untilStopped: () => new Promise((stop) => ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, () => stop()))),
  },
});
process.exitCode = exitCode;
