/**
 * A system program a test drives (Debian's pre-commit, poppler's pdftotext). As with the browser
 * (tests/helpers/browser.ts): under CI=true a missing program is a failure (.ci/run installs them);
 * elsewhere the test is skipped with a message that says how to install it.
 */
import { spawnSync } from 'node:child_process';

export function systemToolForTests(command: string, installHint: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (!probe.error) return true;
  if (env.CI === 'true') throw new Error(`${command} not found: ${installHint} (CI=true: this test must run)`);
  console.warn(`${command} not found; its test is skipped. Install it: ${installHint}`);
  return false;
}
