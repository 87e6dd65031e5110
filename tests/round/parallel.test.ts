/** Decision files are checked as a set on the main thread: worker threads give the same report and status (built CLI). */
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.js';

describe('the round with worker threads', () => {
  it.each([
    [['check', 'examples', '--format', 'json']],
    [['status', 'examples', '--format', 'json']],
  ])('%j: --jobs 2 gives exactly what --jobs 1 gives', (args) => {
    const one = runBuilt([...args, '--jobs', '1']);
    const two = runBuilt([...args, '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two).toEqual(one);
    // The decision files are in it, with the set-level finding on the stale one.
    expect(one.stdout).toContain('examples/beoordelingen/regelfouten-vacuumtherapie.coordinerend.yaml');
  });
});
