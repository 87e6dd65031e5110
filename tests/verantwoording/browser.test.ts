/**
 * The progress page in a real browser (Debian's Chromium through playwright-core, as
 * tests/rapport/browser.test.ts): opened offline from a file:// URL with every other request
 * aborted and counted, no page error, printable, and axe-core (WCAG 2 A and AA) without serious or
 * critical violations. Skipped with an install hint when no Chromium is found, a failure under CI=true.
 */
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumForTests } from '../helpers/browser.js';
import { runInProcess } from '../helpers/cli.js';
import { FLOW } from './paths.js';

const executablePath = chromiumForTests();
const require = createRequire(import.meta.url);

describe.skipIf(executablePath === null)('voortgang in headless Chromium', () => {
  let browser: Browser;
  let url: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'voortgang-browser-')), 'voortgang.html');
    const result = await runInProcess(['voortgang', ...FLOW, '-o', file]);
    expect(result.code).toBe(0);
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  /** A fresh offline context: only the page itself may load. `bypassCSP` only to inject axe-core. */
  async function open(bypassCSP = false) {
    const context = await browser.newContext({ offline: true, bypassCSP, viewport: { width: 1200, height: 1100 } });
    contexts.push(context);
    const blocked: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, blocked, errors };
  }

  it('loads nothing from the network, raises no error, shows the project needing attention first', async () => {
    const { page, blocked, errors } = await open();
    await expect(page.title()).resolves.toBe('Voortgang doorbraakprojecten');
    expect(await page.locator('table[data-table="projecten"] tbody tr').first().getAttribute('data-key')).toBe('examples/digitaal-zorgpad-copd-msz.yaml');
    expect(await page.locator('table[data-table="geld"] tr[data-key="totaal"] td[data-field="gerealiseerd"]').textContent()).toBe('1.841.667');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('prints to a PDF', async () => {
    const { page } = await open();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('has no serious or critical axe-core violation (WCAG 2 A and AA)', async () => {
    const { page } = await open(true);
    await page.addScriptTag({ content: (require('axe-core') as { source: string }).source });
    const violations = (await page.evaluate(`axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`)) as { id: string; impact: string | null; nodes: number }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
