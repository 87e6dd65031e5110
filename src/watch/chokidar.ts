/**
 * The real file watcher, on chokidar: it copes with editors that save by writing a temporary file
 * and renaming it, which plain fs.watch loses track of. Loaded only when --watch is used.
 */
import type { FileWatcher } from './types.js';

export const chokidarWatcher: FileWatcher = async (targets, onChange) => {
  const { watch } = await import('chokidar');
  const watcher = watch([...targets], {
    ignoreInitial: true,
    ignored: (path) => /(^|[/\\])(node_modules|\.git)([/\\]|$)/.test(path),
    // Some editors write in several steps; wait until the size is stable.
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
  });
  watcher.on('all', (_event, path) => onChange(path));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  return { close: () => watcher.close() };
};
