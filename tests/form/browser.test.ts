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

  const control = (page: Page, pointer: string) => page.locator(`[data-pointer="${pointer}"] > input, [data-pointer="${pointer}"] > select, [data-pointer="${pointer}"] > textarea`);
  const findingsAt = (page: Page, pointer: string) => page.locator(`[data-pointer="${pointer}"] > ul.findings > li`);
  /** What the applicant reads: no rule id, dotted path or zero-based index anywhere in the visible text. */
  const TECHNICAL = /\b(niet-ingevuld|bedrag-notatie|fte-minimum)\b|\[\d+\]|\b[a-z_]+\.[a-z_]+\[|aanvrager\.leden|<VUL IN/;

  /** Moves the focus with Tab (as a person would) to the field of `pointer`; fails when it is not reachable. */
  async function tabTo(page: Page, pointer: string): Promise<void> {
    for (let i = 0; i < 80; i++) {
      if ((await page.evaluate("document.activeElement?.getAttribute('name') ?? ''")) === pointer) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`no Tab stop reaches ${pointer}`);
  }
  async function typeAt(page: Page, pointer: string, text: string): Promise<void> {
    await tabTo(page, pointer);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }
  async function chooseAt(page: Page, pointer: string, label: string): Promise<void> {
    await tabTo(page, pointer);
    await control(page, pointer).selectOption({ label });
  }
  /** To the next step by its button, with the keyboard; then the step's heading has the focus. */
  async function nextStep(page: Page, title: string): Promise<void> {
    await page.locator('button.next').focus();
    await page.keyboard.press('Enter');
    await page.locator('#step-title', { hasText: title }).waitFor();
    expect(await page.evaluate('document.activeElement?.id')).toBe('step-title');
  }

  it('starts from a modelplan and is filled in by keyboard through the steps, in plain Dutch, accessible on every step; saves a file check passes', async () => {
    const form: RunningForm = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    const { page, outside, errors } = await offlinePage();
    try {
      await page.goto(form.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      // The steps, one topic each, and the values the modelplan fixes shown as text, not as fields.
      await expect(page.locator('nav.steps li').allInnerTexts()).resolves.toEqual([
        '1. Aanvrager en leden (5 melding(en))',
        '2. Zorgverzekeraars',
        '3. Businesscase (4 melding(en))',
        '4. Begroting (20 melding(en))',
        '5. Mijlpalen (3 melding(en))',
        '6. Randvoorwaarden (4 melding(en))',
        '7. Afwijkingen',
        '8. Controleer uw aanvraag',
      ]);
      await expect(page.locator('.fixed-facts').innerText()).resolves.toMatch(/Modelplan\s+valpreventie 1\.0\.0[\s\S]*Thema\s+sociaal-domein/);
      await expect(page.locator('input[name="/thema"], input[name="/soort"], input[name="/modelplan/id"]').count()).resolves.toBe(0);
      // The untouched skeleton: an error summary at the top of the step, with links to the fields, in plain words.
      await expect(page.locator('#error-summary li').first().innerText()).resolves.toBe('Titel van het project: nog invullen (korte naam van het project)');
      await expect(findingsAt(page, '/aanvrager/leden/0/naam').first().innerText()).resolves.toMatch(/^Fout: Aanvrager › Lid 1 › Naam: nog invullen/);
      await expect(findingsAt(page, '/titel').first().getAttribute('data-rule')).resolves.toBe('niet-ingevuld');
      await page.locator('#error-summary a').nth(2).click();
      expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe('/aanvrager/leden/0/naam');
      expect(await page.locator('#step').innerText()).not.toMatch(TECHNICAL);
      expect(await seriousViolations(page)).toEqual([]);

      await page.locator('#step-title').focus();
      await typeAt(page, '/titel', 'Valpreventie in Utrecht');
      await typeAt(page, '/aanvrager/naam', 'Gemeente Utrecht');
      await chooseAt(page, '/aanvrager/zorgkantoorregio', 'Utrecht');
      await typeAt(page, '/aanvrager/leden/0/naam', 'Gemeente Utrecht');
      await typeAt(page, '/aanvrager/leden/0/gemeentecode', 'GM0344');
      await typeAt(page, '/contactpersoon/naam', 'J. El Amrani');
      await typeAt(page, '/contactpersoon/email', 'j.elamrani@example.nl');
      await page.locator('nav.steps li', { hasText: '1. Aanvrager en leden' }).filter({ hasNotText: 'melding' }).waitFor();
      // The only member cannot be removed (the list needs one).
      await expect(page.getByRole('button', { name: 'Verwijder Lid 1' }).count()).resolves.toBe(0);

      await nextStep(page, 'Zorgverzekeraars');
      expect(await seriousViolations(page)).toEqual([]);
      await nextStep(page, 'Businesscase');
      // 3,5 fte for € 350.000: at the plausible limit of 250% of the norm, not above it (doelmatigheid, issue 24).
      await typeAt(page, '/businesscase/fte_besparing', '3.5');
      await typeAt(page, '/businesscase/fte_in_scope', '50');
      await typeAt(page, '/businesscase/peiljaar', '2026');
      await typeAt(page, '/businesscase/onderbouwing', '20% minder valincidenten bij 1.500 deelnemers: samen 3,5 fte.');
      await typeAt(page, '/businesscase/maatschappelijke_businesscase', 'Ouderen blijven langer zelfstandig thuis.');
      await page.locator('nav.steps li', { hasText: '3. Businesscase' }).filter({ hasNotText: 'melding' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await nextStep(page, 'Begroting');
      const lines = [
        ['Welzijnscoaches', '2027', '200000'],
        ['Scholing', '2027', '60000'],
        ['Regie', '2028', '40000'],
        ['Lerend netwerk', '2028', '30000'],
        ['Evaluatie', '2029', '20000'],
      ];
      for (const [i, [omschrijving, jaar, bedrag]] of lines.entries()) {
        await typeAt(page, `/begroting/${i}/omschrijving`, omschrijving!);
        // The recipient is chosen from the members entered in step 1.
        await chooseAt(page, `/begroting/${i}/ontvanger`, 'Gemeente Utrecht (GM0344)');
        await typeAt(page, `/begroting/${i}/jaar`, jaar!);
        await typeAt(page, `/begroting/${i}/bedrag`, bedrag!);
      }
      // The running total follows the lines as they are typed.
      await page.locator('[data-status="total"]', { hasText: /^€ 350\.000$/ }).waitFor();
      await expect(page.locator('[data-status="bovengrens"]').innerText()).resolves.toBe('€ 750.000');
      expect(await seriousViolations(page)).toEqual([]);

      await nextStep(page, 'Mijlpalen');
      for (const [i, datum] of ['2027-05-01', '2028-11-30', '2029-06-30'].entries()) {
        await tabTo(page, `/mijlpalen/${i}/datum`);
        await control(page, `/mijlpalen/${i}/datum`).fill(datum);
        await typeAt(page, `/mijlpalen/${i}/omschrijving`, 'Bereikt.');
      }
      // The modelplan's milestones are mandatory: no way to remove them.
      await expect(page.locator('button.remove').count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      await nextStep(page, 'Randvoorwaarden');
      for (const i of [0, 1]) {
        await chooseAt(page, `/randvoorwaarden/${i}/voldaan`, 'ja');
        await typeAt(page, `/randvoorwaarden/${i}/toelichting`, 'Vastgelegd in de gemeentebegroting en een convenant.');
      }
      await typeAt(page, '/borging/omschrijving', 'Vastgelegd in het werkplan van de welzijnsorganisatie.');
      await typeAt(page, '/borging/structurele_financiering', 'In de gemeentebegroting vanaf 2029.');
      expect(await seriousViolations(page)).toEqual([]);
      await nextStep(page, 'Afwijkingen');
      expect(await seriousViolations(page)).toEqual([]);
      await nextStep(page, 'Controleer uw aanvraag');
      await page.locator('.status[data-decision="standaard"]').waitFor();
      await expect(page.locator('[data-status="total"]').innerText()).resolves.toBe('€ 350.000');
      await expect(page.locator('[data-status="per-fte"]').innerText()).resolves.toBe('€ 100.000');
      await expect(page.locator('li.finding').count()).resolves.toBe(0);
      // The whole application read back, per step, with a way back.
      await expect(page.locator('.check-step[data-step="begroting"] dl').innerText()).resolves.toContain('Begrotingsregel 5 › Bedrag\n20000');
      await expect(page.getByRole('button', { name: 'Wijzig Begroting' }).count()).resolves.toBe(1);
      expect(await page.locator('#app').innerText()).not.toMatch(TECHNICAL);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Aanvraag opslaan' }).focus();
      await page.keyboard.press('Enter');
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
    expect(saved).toContain('    bedrag: 20000\n');
    const check = await runInProcess(['check', 'aanvraag-valpreventie.yaml'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('aanvraag-valpreventie.yaml  [standaard]');
  }, 180_000);

  it('reads numbers as typed: 300.000 is check’s finding at the field with its fix as a button, 12,5 fte is kept as typed and flagged; a long text stays whole', async () => {
    const form = await startForm(['getypt.yaml', '--modelplan', 'valpreventie', '--no-open'], dir);
    const { page, errors } = await offlinePage();
    try {
      await page.goto(form.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      await page.locator('button.step-link[data-step="3"]').click();
      await control(page, '/begroting/0/bedrag').pressSequentially('300.000');
      // Synchronise on the answer to the whole text: a check of "300.00" may still be on its way.
      const finding = findingsAt(page, '/begroting/0/bedrag').and(page.locator('[data-rule="bedrag-notatie"]')).filter({ hasText: '300.000 leest' });
      await finding.waitFor();
      await expect(finding.innerText()).resolves.toMatch(/^Fout: Begrotingsregel 1 › Bedrag: 300\.000 leest YAML als het getal 300, niet als € 300\.000; schrijf 300000/);
      // Nothing typed is changed behind the applicant's back, and € 300 is not counted.
      await expect(control(page, '/begroting/0/bedrag').inputValue()).resolves.toBe('300.000');
      await page.locator('[data-status="total"]', { hasText: /^€ 0 \(5 begrotingsregel\(s\) nog niet meegeteld\)$/ }).waitFor();
      await finding.getByRole('button', { name: 'Verbeter naar 300000' }).click();
      await finding.waitFor({ state: 'detached' });
      await expect(control(page, '/begroting/0/bedrag').inputValue()).resolves.toBe('300000');
      await page.locator('[data-status="total"]', { hasText: '€ 300.000 (4 begrotingsregel(s) nog niet meegeteld)' }).waitFor();
      // Live from the first keystroke: the frame's rules see a line above the bovengrens while the rest is unfinished (preliminary).
      await control(page, '/begroting/1/bedrag').pressSequentially('900000');
      const bovengrens = page.locator('[data-pointer="/begroting"] > ul.findings > li.partial[data-rule="bovengrens"]').filter({ hasText: '1.200.000' });
      await bovengrens.waitFor();
      // On the SPUK route (valpreventie) the bovengrens is an assumption: a deviation (warning), never an error (issue 24).
      await expect(bovengrens.innerText()).resolves.toMatch(/^Waarschuwing \(voorlopig\): .*1\.200\.000.*\(aanname: de seeds noemen voor de SPUK-route geen bovengrens\)/);
      await expect(page.locator('.status').getAttribute('data-decision')).resolves.toBe('ongeldig');
      await control(page, '/begroting/1/bedrag').fill('');
      await bovengrens.waitFor({ state: 'detached' });
      await expect(page.locator('.shares li[data-category="implementatie"]').textContent()).resolves.toBe('Uitvoering en inbedding van de aanpak in de wijk: € 300.000 (100,0%)');
      expect(await seriousViolations(page)).toEqual([]);

      await page.locator('button.step-link[data-step="2"]').click();
      await control(page, '/businesscase/fte_besparing').pressSequentially('12,5');
      const fte = findingsAt(page, '/businesscase/fte_besparing').and(page.locator('[data-rule="schema"]'));
      await fte.filter({ hasText: '12,5' }).waitFor();
      await expect(fte.innerText()).resolves.toContain('Businesscase › Arbeidsbesparing in fte: verwacht een aantal fte zoals 12.5, gevonden "12,5"');
      await expect(control(page, '/businesscase/fte_besparing').inputValue()).resolves.toBe('12,5');
      const long = 'De besparing volgt uit de effectstudie van 2025. '.repeat(10).trim();
      expect(long.length).toBeGreaterThan(440);
      // Key by key, as typed (a budget for the whole text, not a wait).
      await control(page, '/businesscase/onderbouwing').pressSequentially(long, { delay: 0, timeout: 150_000 });
      await expect(control(page, '/businesscase/onderbouwing').evaluate((e) => e.tagName)).resolves.toBe('TEXTAREA');
      await expect(control(page, '/businesscase/onderbouwing').inputValue()).resolves.toBe(long);
      // An optional field's placeholder is not kept: it may stay empty.
      await expect(control(page, '/businesscase/maatschappelijke_businesscase').inputValue()).resolves.toBe('');
      await expect(findingsAt(page, '/businesscase/maatschappelijke_businesscase').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    await form.stop();
  }, 240_000);

  it('keeps a draft: when the server is gone it says so in Dutch and offers the YAML; after a restart the reload restores the draft', async () => {
    const first = await startForm(['concept.yaml', '--modelplan', 'valpreventie', '--no-open'], dir);
    const port = new URL(first.url).port;
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await page.goto(first.url);
      await page.locator('#app[data-ready="true"]').waitFor();
      await control(page, '/titel').fill('Valpreventie in Houten');
      // The draft is in the browser's storage as soon as it is typed.
      await page.waitForFunction("Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes('Valpreventie in Houten'))");
      await first.stop();
      // Typing on with the server gone: a clear message and the application as a file, nothing lost.
      await control(page, '/aanvrager/naam').fill('Gemeente Houten');
      await page.locator('.offline[role="alert"]').waitFor();
      await expect(page.locator('.offline').innerText()).resolves.toContain('De verbinding met modelplan formulier is verbroken. Uw invoer is niet verloren');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download als YAML' }).click();
      const file = await (await download).path();
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('Gemeente Houten');
      expect(text).toContain('Valpreventie in Houten');
      const again = await startForm(['concept.yaml', '--modelplan', 'valpreventie', '--no-open', '--port', port], dir);
      try {
        await page.goto(again.url);
        await page.locator('#app[data-ready="true"]').waitFor();
        await expect(control(page, '/titel').inputValue()).resolves.toBe('Valpreventie in Houten');
        await expect(control(page, '/aanvrager/naam').inputValue()).resolves.toBe('Gemeente Houten');
        await expect(page.locator('.draft-notice').innerText()).resolves.toContain('Uw concept van');
      } finally {
        await again.stop();
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('answers a page without its token with a Dutch page, not JSON', async () => {
    const form = await startForm(['zonder.yaml', '--modelplan', 'valpreventie', '--no-open'], dir);
    const { page } = await offlinePage();
    try {
      const url = new URL(form.url);
      url.search = '';
      const response = await page.goto(url.href);
      expect(response?.status()).toBe(403);
      await expect(page.locator('h1').innerText()).resolves.toBe('Deze link is niet compleet');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
    await form.stop();
  }, 60_000);

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
      await control(page, '/titel').fill('Valpreventie in Utrecht en Nieuwegein');
      await page.locator('button.step-link[data-step="3"]').click();
      await expect(control(page, '/begroting/0/bedrag').inputValue()).resolves.toBe('200000');
      await page.getByRole('button', { name: 'Verwijder Begrotingsregel 3' }).click();
      await expect(page.locator('fieldset[data-pointer="/begroting"] > fieldset').count()).resolves.toBe(2);
      // The focus goes to the line before the removed one, not to the top of the page.
      expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe('/begroting/1/categorie');
      await expect(page.locator('p.live.action').innerText()).resolves.toBe('Begrotingsregel 3 is verwijderd.');
      // Without the third line the implementation share is above its norm: additional review.
      await page.locator('.status[data-decision="aanvullende-beoordeling"]').waitFor();
      await page.locator('button.step-link[data-step="7"]').click();
      await page.getByRole('button', { name: 'Aanvraag opslaan' }).click();
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
      await page.locator('button.step-link[data-step="0"]').click();
      await control(page, '/titel').fill('Nog een titel');
      await page.locator('button.step-link[data-step="7"]').click();
      const question = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
      await page.getByRole('button', { name: 'Aanvraag opslaan' }).click();
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
