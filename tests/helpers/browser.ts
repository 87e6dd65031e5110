/**
 * Finds the system Chromium for browser tests (Debian's `chromium` package, never a downloaded
 * browser). Under CI=true a missing browser is a failure; elsewhere the browser tests are skipped
 * with a message that says how to install one.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const INSTALL_HINT =
  'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or set CHROMIUM_PATH to its executable.';

/** The browser's executable, or null when there is none (then the caller skips, outside CI). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * The browser to test with. In CI a missing browser throws (the test fails); elsewhere it returns
 * null after printing how to install one.
 */
export function chromiumForTests(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = findChromium(env);
  if (path) return path;
  if (env.CI === 'true') throw new Error(`${INSTALL_HINT} (CI=true: browser tests must run)`);
  console.warn(`${INSTALL_HINT} Browser tests are skipped.`);
  return null;
}

/** Launch flags for a sandboxed, offline, headless run (as root in CI; no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
