/**
 * The `formulier` command: usage mistakes exit 2 before anything listens; the browser opener and
 * the stop signal (Ctrl+C) are injected; the exit code is that of check on the last saved state.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/program.js';
import { EXAMPLES, MODELPLANNEN, runInProcess } from '../helpers/cli.js';
import { startForm } from '../helpers/form.js';

const FIXTURE = join(import.meta.dirname, '..', 'form', 'fixtures', 'met-commentaar.yaml');

async function post(url: string, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const address = new URL(url);
  const response = await fetch(new URL(path, address), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': address.searchParams.get('token')! },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('modelplan formulier', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'modelplan-formcmd-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['--port', 'abc', '--modelplan', 'valpreventie'], '--port verwacht een poortnummer van 0 tot en met 65535, niet "abc"'],
    [['--port', '70000', '--modelplan', 'valpreventie'], '--port verwacht een poortnummer van 0 tot en met 65535, niet "70000"'],
    [[], 'geef een bestaand aanvraagbestand, of --modelplan ID om een nieuwe aanvraag te beginnen'],
    [['bestaat-niet.yaml'], 'geef een bestaand aanvraagbestand, of --modelplan ID om een nieuwe aanvraag te beginnen'],
    [['--modelplan', 'valpreventi'], 'onbekend modelplan "valpreventi"; bedoelde u "valpreventie"?'],
    [['aanvraag.yaml', '--modelplan', 'valpreventie'], 'aanvraag.yaml bestaat al; --modelplan begint een nieuwe aanvraag'],
    [['kapot.yaml'], 'kapot.yaml is geen leesbare YAML en kan niet als formulier worden geopend; zie de meldingen van: modelplan check kapot.yaml'],
    [['modelplan.yaml'], 'modelplan.yaml is geen aanvraag (soort: aanvraag)'],
  ])('formulier %j is a usage mistake: exit 2, a clear message, nothing listens', async (args, message) => {
    copyFileSync(FIXTURE, join(dir, 'aanvraag.yaml'));
    copyFileSync(join(EXAMPLES, 'yaml-syntaxfout.yaml'), join(dir, 'kapot.yaml'));
    copyFileSync(join(MODELPLANNEN, 'valpreventie.yaml'), join(dir, 'modelplan.yaml'));
    let listened = false;
    let stderr = '';
    const code = await runCli(['formulier', ...args], {
      lang: 'nl',
      environment: { cwd: dir, env: {}, stdoutIsTTY: false },
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      stdin: () => Readable.from([]),
      setExitCode: () => undefined,
      form: { open: async () => undefined, untilStopped: () => new Promise(() => undefined), listening: () => (listened = true) },
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`modelplan: ${message}`);
    expect(listened).toBe(false);
  });

  it('is not available without a way to open a browser and to be stopped (exit 2)', async () => {
    const result = await runInProcess(['formulier', '--modelplan', 'valpreventie'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('modelplan: formulier is hier niet beschikbaar\n');
  });

  it('opens the browser at the printed address unless --no-open', async () => {
    const form = await startForm(['--modelplan', 'valpreventie'], dir);
    const { code, stdout, stderr } = await form.stop();
    expect(form.opened).toEqual([form.url]);
    expect(stdout).toBe(`Formulier voor aanvraag-valpreventie.yaml: ${form.url}\nCtrl+C stopt.\n`);
    // Nothing saved: nothing passes.
    expect(code).toBe(1);
    expect(stderr).toBe('gestopt; laatst opgeslagen stand: niets opgeslagen (exitcode 1)\n');
    const quiet = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    await quiet.stop();
    expect(quiet.opened).toEqual([]);
  });

  it('exits with the state of the file when nothing was saved, and with the last saved state otherwise', async () => {
    copyFileSync(FIXTURE, join(dir, 'aanvraag.yaml'));
    const untouched = await startForm(['aanvraag.yaml', '--no-open'], dir);
    const first = await untouched.stop();
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('gestopt; laatst opgeslagen stand: zonder fouten (exitcode 0)\n');

    const editing = await startForm(['aanvraag.yaml', '--no-open'], dir);
    const data = (await import('yaml')).parse(readFileSync(FIXTURE, 'utf8'));
    data.contactpersoon.email = 'geen e-mailadres';
    expect((await post(editing.url, '/api/save', { data, version: 1 })).status).toBe(200);
    const second = await editing.stop();
    expect(second.code).toBe(1);
    expect(second.stderr).toBe('gestopt; laatst opgeslagen stand: met fouten (exitcode 1)\n');
    const check = await runInProcess(['check', 'aanvraag.yaml'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('[ongeldig]');
  });

  it('speaks English with --lang en: messages, labels and norms', async () => {
    const form = await startForm(['--modelplan', 'valpreventie', '--no-open', '--lang', 'en'], dir, 'en');
    try {
      const page = await fetch(form.url).then((r) => r.text());
      const state = JSON.parse(/<script type="application\/json" id="state">(.*?)<\/script>/s.exec(page)![1]!) as {
        model: { label: string; children: { template: string; label: string; norms?: string[] }[] };
        ui: { save: string };
        data: { titel: string };
      };
      expect(state.model.label).toBe('Application');
      expect(state.model.children.find((c) => c.template === '/begroting')).toMatchObject({ label: 'Budget', norms: expect.arrayContaining(['Upper limit per project: € 750,000 (assumption)']) });
      expect(state.ui.save).toBe('Save application');
      // The skeleton it starts from is the English one.
      expect(state.data.titel).toBe('<FILL IN: short name of the project>');
    } finally {
      const { stdout } = await form.stop();
      expect(stdout).toBe(`Form for aanvraag-valpreventie.yaml: ${form.url}\nCtrl+C stops.\n`);
    }
  });

  it('keeps serving when the browser cannot be opened, and says so', async () => {
    let stderr = '';
    let stop!: () => void;
    let reached!: () => void;
    const atStop = new Promise<void>((resolve) => (reached = resolve));
    let url = '';
    const code = runCli(['formulier', '--modelplan', 'valpreventie'], {
      lang: 'nl',
      environment: { cwd: dir, env: {}, stdoutIsTTY: false },
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      stdin: () => Readable.from([]),
      setExitCode: () => undefined,
      form: {
        open: async () => {
          throw new Error('xdg-open ontbreekt');
        },
        untilStopped: () =>
          new Promise<void>((resolve) => {
            stop = resolve;
            reached();
          }),
        listening: (address) => (url = address),
      },
    });
    // The command reaches the stop signal only after the opener failed; the server still answers then.
    await atStop;
    expect(stderr).toBe('de browser kon niet worden geopend (xdg-open ontbreekt); open het adres hierboven zelf\n');
    expect((await post(url, '/api/check', { data: { soort: 'aanvraag' } })).status).toBe(200);
    stop();
    expect(await code).toBe(1);
  });

  it('documents its options in --help', async () => {
    const help = await runInProcess(['formulier', '--help'], { cwd: dir });
    expect(help.code).toBe(0);
    for (const option of ['--modelplan <id>', '--port <n>', '--no-open', '--modelplannen <map>', '--versie <versie>']) expect(help.stdout).toContain(option);
  });
});

describe('modelplan formulier, the built binary', () => {
  it('stops cleanly on Ctrl+C (SIGINT) with the exit code of the last saved state', async () => {
    const { spawn } = await import('node:child_process');
    const { BUILT_CLI } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-formsig-'));
    try {
      copyFileSync(FIXTURE, join(dir, 'aanvraag.yaml'));
      const child = spawn(process.execPath, [BUILT_CLI, 'formulier', 'aanvraag.yaml', '--no-open'], { cwd: dir, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // Synchronised on the printed address, not on a timer.
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
      });
      const data = (await import('yaml')).parse(readFileSync(FIXTURE, 'utf8'));
      data.contactpersoon.email = 'geen e-mailadres';
      expect((await post(url, '/api/save', { data, version: 1 })).body.saved).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(1);
      expect(stderr).toBe('gestopt; laatst opgeslagen stand: met fouten (exitcode 1)\n');
      // The server is gone.
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
