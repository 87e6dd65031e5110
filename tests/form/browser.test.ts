/**
 * The form in headless Chromium (the system's, never a downloaded one): an applicant starts from
 * a modelplan, fills the form in as a person would, sees a finding appear at its field and go away
 * when fixed, adds a cost line, saves; `modelplan check` on the saved file gives the decision the
 * form showed. axe-core finds no serious or critical violation; no page error; no request leaves
 * the machine.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumForTests } from '../helpers/browser.js';
import { runInProcess } from '../helpers/cli.js';
import { startForm, type RunningForm } from '../helpers/form.js';

const executablePath = chromiumForTests();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

describe.skipIf(executablePath === null)('formulier in the browser', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
    dir = mkdtempSync(join(tmpdir(), 'modelplan-formulier-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A page that may talk to 127.0.0.1 only; every other request is aborted and recorded. */
  async function offlinePage(): Promise<{ page: Page; outside: string[]; errors: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A failure budget, not a wait: every step below waits on the page's own state.
    page.setDefaultTimeout(20_000);
    const outside: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return { page, outside, errors };
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async function seriousViolations(page: Page): Promise<string[]> {
    const axe = (await page.evaluate(`${axeSource}\n;axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] })`)) as AxeResult;
    return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  const control = (page: Page, pointer: string) => page.locator(`[data-pointer="${pointer}"] > input, [data-pointer="${pointer}"] > select`);
  const findingsAt = (page: Page, pointer: string) => page.locator(`[data-pointer="${pointer}"] > ul.findings > li`);

  it('starts from a modelplan, fills in, shows findings at their field, saves a file that check passes the same way', async () => {
    const form: RunningForm = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const { page, outside, errors } = await offlinePage();
    try {
      await page.goto(form.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      // The norms of the modelplan stand beside their fields.
      await expect(page.locator('[data-pointer="/begroting"] > .norms').innerText()).resolves.toContain('Bovengrens per project: € 750.000');
      await expect(page.locator('[data-pointer="/businesscase/fte_besparing"] .norms').innerText()).resolves.toContain('Minimaal 2 fte besparing');
      await expect(page.locator('[data-pointer="/mijlpalen"] > .norms').innerText()).resolves.toContain('uiterlijk 2027-06-30');
      // The untouched skeleton is not finished: its placeholders are findings at their fields.
      await expect(page.locator('.status').getAttribute('data-decision')).resolves.toBe('ongeldig');
      await expect(findingsAt(page, '/titel').first().getAttribute('data-rule')).resolves.toBe('niet-ingevuld');
      // Accessible with its findings shown too.
      expect(await seriousViolations(page)).toEqual([]);

      await control(page, '/titel').pressSequentially('Valpreventie in Utrecht');
      await control(page, '/aanvrager/naam').fill('Gemeente Utrecht');
      await control(page, '/aanvrager/leden/0/naam').fill('Gemeente Utrecht');
      // A wrong municipality code: the finding appears at that field, and goes when fixed.
      await control(page, '/aanvrager/leden/0/gemeentecode').pressSequentially('0344');
      // Synchronise on the schema finding itself: until the live check answers, the placeholder's finding
      // (niet-ingevuld, whose text also names GM0363) may still be shown.
      await findingsAt(page, '/aanvrager/leden/0/gemeentecode').and(page.locator('[data-rule="schema"]')).filter({ hasText: 'GM0363' }).waitFor();
      await expect(findingsAt(page, '/aanvrager/leden/0/gemeentecode').getAttribute('data-rule')).resolves.toBe('schema');
      await control(page, '/aanvrager/leden/0/gemeentecode').fill('GM0344');
      await findingsAt(page, '/aanvrager/leden/0/gemeentecode').first().waitFor({ state: 'detached' });

      await control(page, '/contactpersoon/naam').fill('J. El Amrani');
      await control(page, '/contactpersoon/email').fill('j.elamrani@example.nl');
      await control(page, '/businesscase/fte_besparing').fill('4');
      await control(page, '/businesscase/fte_in_scope').fill('50');
      await control(page, '/businesscase/peiljaar').fill('2026');
      await control(page, '/businesscase/onderbouwing').fill('20% minder valincidenten bij 1.500 deelnemers: samen 4 fte.');
      await control(page, '/businesscase/maatschappelijke_businesscase').fill('Ouderen blijven langer zelfstandig thuis.');

      const lines = [
        ['Welzijnscoaches', '2027', '200000'],
        ['Scholing', '2027', '60000'],
        ['Regie', '2028', '40000'],
        ['Lerend netwerk', '2028', '30000'],
        ['Evaluatie', '2029', '20000'],
      ];
      for (const [i, [omschrijving, jaar, bedrag]] of lines.entries()) {
        await control(page, `/begroting/${i}/omschrijving`).fill(omschrijving!);
        await control(page, `/begroting/${i}/ontvanger`).fill('GM0344');
        await control(page, `/begroting/${i}/jaar`).fill(jaar!);
        await control(page, `/begroting/${i}/bedrag`).pressSequentially(bedrag!);
      }
      // Adding a cost line: choose the category, type the rest.
      await page.getByRole('button', { name: 'Toevoegen: Begrotingsregel' }).click();
      await control(page, '/begroting/5/categorie').selectOption('implementatie');
      await control(page, '/begroting/5/omschrijving').fill('Cursussen in alle wijken');
      await control(page, '/begroting/5/ontvanger').fill('GM0344');
      await control(page, '/begroting/5/jaar').fill('2028');
      await control(page, '/begroting/5/bedrag').fill('50000');

      await control(page, '/borging/omschrijving').fill('Vastgelegd in het werkplan van de welzijnsorganisatie.');
      await control(page, '/borging/structurele_financiering').fill('In de gemeentebegroting vanaf 2029.');
      for (const i of [0, 1]) {
        await control(page, `/randvoorwaarden/${i}/voldaan`).selectOption({ label: 'ja' });
        await control(page, `/randvoorwaarden/${i}/toelichting`).fill('Vastgelegd in de gemeentebegroting en een convenant.');
      }
      for (const [i, datum] of ['2027-05-01', '2028-11-30', '2029-06-30'].entries()) {
        await control(page, `/mijlpalen/${i}/datum`).fill(datum);
        await control(page, `/mijlpalen/${i}/omschrijving`).fill('Bereikt.');
      }

      await page.locator('.status[data-decision="standaard"]').waitFor();
      // The rules run once the schema holds: too little labour saved is fte-minimum at the fte field, gone at 4.
      await control(page, '/businesscase/fte_besparing').fill('1');
      await findingsAt(page, '/businesscase/fte_besparing').filter({ has: page.locator('code', { hasText: 'fte-minimum' }) }).waitFor();
      // A deviation from the frame: additional review, with the rule among the reasons at the top.
      await expect(page.locator('.status').getAttribute('data-decision')).resolves.toBe('aanvullende-beoordeling');
      await expect(page.locator('.status .reasons li code').allInnerTexts()).resolves.toContain('fte-minimum');
      await control(page, '/businesscase/fte_besparing').fill('4');
      await findingsAt(page, '/businesscase/fte_besparing').first().waitFor({ state: 'detached' });
      await page.locator('.status[data-decision="standaard"]').waitFor();
      await expect(page.locator('[data-status="total"]').innerText()).resolves.toBe('€ 400.000');
      await expect(page.locator('[data-status="per-fte"]').innerText()).resolves.toBe('€ 100.000');
      await expect(page.locator('[data-status="score"]').innerText()).resolves.toMatch(/^\d+,\d$/);
      await expect(page.locator('li.finding').count()).resolves.toBe(0);

      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.locator('.save-status[data-saved="standaard"]').waitFor();
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    const stopped = await form.stop();
    // The exit code is that of the last saved state: it passes.
    expect(stopped.code).toBe(0);
    expect(form.opened).toEqual([]);

    const saved = readFileSync(join(dir, 'aanvraag-valpreventie.yaml'), 'utf8');
    expect(saved).toContain('# Aanvraag op basis van modelplan valpreventie 1.0.0');
    expect(saved).not.toMatch(/: "?<VUL IN/);
    const check = await runInProcess(['check', 'aanvraag-valpreventie.yaml'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('aanvraag-valpreventie.yaml  [standaard]');
  }, 120_000);

  it('edits an existing file: keeps its comments, and asks before replacing a file changed outside the form', async () => {
    const fixture = join(import.meta.dirname, 'fixtures', 'met-commentaar.yaml');
    const file = join(dir, 'bestaand.yaml');
    copyFileSync(fixture, file);
    const form = await startForm(['bestaand.yaml', '--no-open'], dir);
    const { page, outside, errors } = await offlinePage();
    try {
      await page.goto(form.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      // The fixture claims 4 fte for € 300.000: 333% of the norm, above the plausible limit (doelmatigheid, issue 24).
      await expect(page.locator('.status').getAttribute('data-decision')).resolves.toBe('aanvullende-beoordeling');
      await expect(control(page, '/begroting/0/bedrag').inputValue()).resolves.toBe('200000');
      await control(page, '/titel').fill('Valpreventie in Utrecht en Nieuwegein');
      await page.getByRole('button', { name: 'Verwijder Begrotingsregel 3' }).click();
      await expect(page.locator('fieldset[data-pointer="/begroting"] > fieldset').count()).resolves.toBe(2);
      // Without the third line the implementation share is above its norm: additional review.
      await page.locator('.status[data-decision="aanvullende-beoordeling"]').waitFor();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.locator('.save-status[data-saved="aanvullende-beoordeling"]').waitFor();
      const check = await runInProcess(['check', '--format', 'json', 'bestaand.yaml'], { cwd: dir });
      expect(JSON.parse(check.stdout).files[0].review.decision).toBe('aanvullende-beoordeling');
      const saved = readFileSync(file, 'utf8');
      const original = readFileSync(fixture, 'utf8');
      expect(saved).toBe(
        original
          .replace('titel: "Valpreventie in Utrecht" # de werktitel', 'titel: "Valpreventie in Utrecht en Nieuwegein" # de werktitel')
          .replace('  - categorie: projectmanagement\n    omschrijving: "Regie"\n    ontvanger: "GM0344"\n    jaar: 2028\n    bedrag: 40000\n', ''),
      );

      // Someone else changes the file; the form asks, and a "no" leaves their version alone.
      writeFileSync(file, 'soort: aanvraag\n');
      await control(page, '/titel').fill('Nog een titel');
      const question = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(question).resolves.toBe('bestaand.yaml is buiten het formulier gewijzigd sinds het werd geopend of opgeslagen. Overschrijven met wat in dit formulier staat?');
      await page.locator('.save-status[data-saved="declined"]').waitFor();
      expect(readFileSync(file, 'utf8')).toBe('soort: aanvraag\n');
      expect(outside).toEqual([]);
      // The refused save is a 409 answer, which the browser logs; nothing else went wrong.
      expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
    } finally {
      await page.context().close();
    }
    // The last saved state passed.
    expect((await form.stop()).code).toBe(0);
  }, 120_000);
});
