import { cpSync, mkdtempSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CLEAR_SCREEN } from '../../src/watch/run.js';
import { runCli } from '../../src/program.js';
import { chokidarWatcher } from '../../src/watch/chokidar.js';
import { staticBase } from '../../src/load/glob.js';
import { watchTargets } from '../../src/watch/targets.js';
import { EXAMPLES, MODELPLANNEN } from '../helpers/cli.js';

const CONFORMING = 'ai-spraakgestuurd-rapporteren-vvt.yaml';
const BROKEN = 'soort: aanvraag\n';

/**
 * A watch session with a fake watcher and a fake clock: the test decides when files change, when the
 * debounce period has passed and when the user stops. It waits on the session's own output, never on time.
 */
function session(args: string[], { tty = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-watch-'));
  copyFileSync(join(EXAMPLES, CONFORMING), join(dir, CONFORMING));
  let stdout = '';
  let stderr = '';
  let change: ((path: string) => void) | undefined;
  let watched: readonly string[] = [];
  let closed = false;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const timers: { task: () => void; live: boolean; ms: number }[] = [];
  const waiters: { until: () => boolean; resolve: () => void }[] = [];
  const wake = () => {
    for (const waiter of waiters.splice(0)) {
      if (waiter.until()) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  const exit = runCli(
    args.map((a) => a.replace('{dir}', dir)),
    {
      lang: 'nl',
      environment: { cwd: dir, env: {}, stdoutIsTTY: tty },
      stdout: (text) => (stdout += text),
      stderr: (text) => {
        stderr += text;
        wake();
      },
      stdin: () => Readable.from([]),
      setExitCode: () => undefined,
      watch: {
        watcher: async (targets, onChange) => {
          watched = targets;
          change = onChange;
          wake();
          return { close: async () => void (closed = true) };
        },
        untilStopped: () => stopped,
        now: () => new Date(2026, 10, 23, 9, 30, 5),
        debounceMs: 100,
        schedule: (task, ms) => {
          const timer = { task, live: true, ms };
          timers.push(timer);
          return { cancel: () => void (timer.live = false) };
        },
      },
    },
  );
  const statusLines = () => stderr.split('\n').filter((l) => l.startsWith('['));
  /** Resolves once the session's output satisfies `until` (the test's own timeout bounds the wait). */
  const output = (until: () => boolean) => new Promise<void>((resolve) => (until() ? resolve() : waiters.push({ until, resolve })));
  return {
    dir,
    exit,
    stop,
    statusLines,
    output,
    /** Resolves when the number of finished runs reaches n and the session is watching. */
    runs: (n: number) => output(() => statusLines().length >= n && change !== undefined),
    change: (path: string) => change!(join(dir, path)),
    /** Debounce timers that would still fire. */
    pendingTimers: () => timers.filter((t) => t.live),
    /** The quiet period passes: every live timer fires once. */
    elapse: () => {
      for (const timer of timers.filter((t) => t.live)) {
        timer.live = false;
        timer.task();
      }
    },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    get watched() {
      return watched;
    },
    get closed() {
      return closed;
    },
  };
}

describe('check --watch', () => {
  it('checks once, then again after a save, and returns the last run’s exit code when stopped', async () => {
    const s = session(['check', '--watch', '{dir}']);
    await s.runs(1);
    expect(s.statusLines()).toEqual(['[09:30:05] 1 bestand(en), 0 fout(en), 0 waarschuwing(en); wacht op wijzigingen (Ctrl+C stopt)']);
    expect(s.watched).toEqual([s.dir]);
    writeFileSync(join(s.dir, 'kapot.yaml'), BROKEN);
    s.change('kapot.yaml');
    s.elapse();
    await s.runs(2);
    expect(s.statusLines()[1]).toMatch(/^\[09:30:05\] 2 bestand\(en\), [1-9]\d* fout\(en\), 0 waarschuwing\(en\); wacht op wijzigingen \(Ctrl\+C stopt\)$/);
    s.stop();
    expect(await s.exit).toBe(1);
    expect(s.closed).toBe(true);
    expect(s.stderr.endsWith('gestopt met volgen\n')).toBe(true);
    // Not a terminal: the reports follow each other, nothing is cleared.
    expect(s.stdout).not.toContain('\u001b');
    expect(s.stdout.match(/1 bestand\(en\)/g)).toHaveLength(1);
    expect(s.stdout.match(/2 bestand\(en\)/g)).toHaveLength(1);
  });

  it('a burst of saves gives one run; other files give none', async () => {
    const s = session(['check', '--watch', '{dir}']);
    await s.runs(1);
    for (let i = 0; i < 5; i++) s.change(CONFORMING);
    s.change('notities.txt');
    // Each save restarts the quiet period: one timer is left, for the debounce period.
    expect(s.pendingTimers().map((t) => t.ms)).toEqual([100]);
    s.elapse();
    await s.runs(2);
    expect(s.statusLines()).toHaveLength(2);
    s.change('README.md');
    expect(s.pendingTimers()).toEqual([]);
    s.elapse();
    expect(s.statusLines()).toHaveLength(2);
    s.stop();
    expect(await s.exit).toBe(0);
    expect(s.statusLines()).toHaveLength(2);
  });

  it('clears the screen before each run on a terminal', async () => {
    const s = session(['check', '--watch', '--no-color', '{dir}'], { tty: true });
    await s.runs(1);
    s.change(CONFORMING);
    s.elapse();
    await s.runs(2);
    s.stop();
    await s.exit;
    expect(s.stdout.split(CLEAR_SCREEN)).toHaveLength(3);
    expect(s.stdout.startsWith(CLEAR_SCREEN)).toBe(true);
  });

  it('a file deleted while watching is shown as a usage message, and watching goes on', async () => {
    const s = session(['check', '--watch', `{dir}/${CONFORMING}`]);
    await s.runs(1);
    expect(s.watched).toEqual([join(s.dir, CONFORMING)]);
    const original = readFileSync(join(s.dir, CONFORMING));
    const { rmSync } = await import('node:fs');
    rmSync(join(s.dir, CONFORMING));
    s.change(CONFORMING);
    s.elapse();
    await s.output(() => s.stderr.includes('pad bestaat niet'));
    expect(s.stderr).toContain(`modelplan: pad bestaat niet: ${s.dir}/${CONFORMING}\n`);
    writeFileSync(join(s.dir, CONFORMING), original);
    s.change(CONFORMING);
    s.elapse();
    await s.runs(2);
    s.stop();
    expect(await s.exit).toBe(0);
  });

  it('also watches a modelplannen directory of one’s own, not the bundled one', async () => {
    const own = join(mkdtempSync(join(tmpdir(), 'modelplan-frame-')), 'modelplannen');
    cpSync(MODELPLANNEN, own, { recursive: true });
    const s = session(['check', '--watch', '--modelplannen', own, '{dir}/**/*.yaml']);
    await s.runs(1);
    expect(s.watched).toEqual([s.dir, own]);
    s.stop();
    await s.exit;
  });

  it('refuses standard input with exit 2', async () => {
    const s = session(['check', '--watch', '-']);
    expect(await s.exit).toBe(2);
    expect(s.stderr).toBe('modelplan: --watch kan niet met standaardinvoer (-); geef bestanden, mappen of patronen op\n');
  });
});

describe('watch targets', () => {
  it.each([
    ['aanvragen/**/*.yaml', 'aanvragen'],
    ['regio/*/aanvragen/*.yml', 'regio'],
    ['*.yaml', '.'],
    ['/data/{a,b}/*.yaml', '/data'],
  ])('the static base of %s is %s', (pattern, base) => {
    expect(staticBase(pattern)).toBe(base);
  });

  it('globs become their base directory, paths stay, duplicates go', () => {
    expect(watchTargets(['a/**/*.yaml', 'a', 'b/x.yaml'], '/w')).toEqual(['/w/a', '/w/b/x.yaml']);
  });
});

describe('the real watcher (chokidar)', () => {
  it('reports a new file and a change in a watched directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-chokidar-'));
    const seen: string[] = [];
    let reported!: () => void;
    const event = new Promise<void>((resolve) => (reported = resolve));
    const handle = await chokidarWatcher([dir], (path) => {
      seen.push(path);
      if (path === join(dir, 'a.yaml')) reported();
    });
    try {
      writeFileSync(join(dir, 'a.yaml'), 'soort: aanvraag\n');
      // Bounded by the test's timeout, not by a clock of our own.
      await event;
    } finally {
      await handle.close();
    }
    expect(seen).toContain(join(dir, 'a.yaml'));
  });
});
