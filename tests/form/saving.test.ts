/**
 * Saving in the form loses nothing (issue 23 point 3, issue 26 point 5): mode 0600/0640 kept, a
 * 0444 file refused, a symbolic link's target written, a BOM and CRLF kept without a false
 * "changed outside the form", a second tab's stale save refused, an outside edit racing the save
 * detected (made deterministic by the server's beforeSwap hook), an unchanged save byte-identical,
 * and a new file's modeline portable.
 */
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadFrame } from '../../src/frame/load.js';
import { formModel } from '../../src/form/model.js';
import { startFormServer, type FormServer } from '../../src/form/server.js';
import { BUNDLED_MODELPLANNEN_DIR, SCHEMA_DIR } from '../../src/paths.js';
import { portableSchemaRef } from '../../src/form/schema-ref.js';
import { startForm, type RunningForm } from '../helpers/form.js';

const FIXTURE_PATH = join(import.meta.dirname, 'fixtures', 'met-commentaar.yaml');
const FIXTURE = readFileSync(FIXTURE_PATH, 'utf8');

async function save(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const address = new URL(url);
  const response = await fetch(new URL('/api/save', address), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Modelplan-Token': address.searchParams.get('token')! },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const fixtureData = () => parse(FIXTURE) as Record<string, unknown>;
const withTitle = (titel: string) => ({ ...fixtureData(), titel });

describe('saving in the form', () => {
  let dir: string;
  let form: RunningForm | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'modelplan-formsave-'));
  });
  afterEach(async () => {
    await form?.stop();
    form = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (name = 'aanvraag.yaml', content: string | Buffer = FIXTURE, mode?: number) => {
    writeFileSync(join(dir, name), content);
    if (mode !== undefined) chmodSync(join(dir, name), mode);
    form = await startForm([name, '--no-open'], dir);
    return form;
  };

  it.each([
    ['0600', 0o600],
    ['0640', 0o640],
  ])('keeps mode %s (personal data stays private)', async (_shown, mode) => {
    const { url } = await open('aanvraag.yaml', FIXTURE, mode);
    expect((await save(url, { data: withTitle('Nieuw'), version: 1 })).status).toBe(200);
    expect(statSync(join(dir, 'aanvraag.yaml')).mode & 0o7777).toBe(mode);
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(FIXTURE.replace('titel: "Valpreventie in Utrecht"', 'titel: "Nieuw"'));
  });

  it('refuses a read-only file (0444) with a plain Dutch message, and changes nothing', async () => {
    const { url } = await open('aanvraag.yaml', FIXTURE, 0o444);
    const reply = await save(url, { data: withTitle('Nieuw'), version: 1 });
    expect(reply).toEqual({
      status: 409,
      body: { saved: false, conflict: 'readOnly', file: 'aanvraag.yaml', version: 1, canOverwrite: false, message: 'Niet opgeslagen: aanvraag.yaml is alleen-lezen. Er is niets gewijzigd; maak het bestand schrijfbaar en sla opnieuw op.' },
    });
    // Overwriting is no way around it.
    expect((await save(url, { data: withTitle('Nieuw'), version: 1, overwrite: true })).body.conflict).toBe('readOnly');
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(FIXTURE);
    expect(statSync(join(dir, 'aanvraag.yaml')).mode & 0o7777).toBe(0o444);
  });

  it('writes a symbolic link\'s target; the link stays a link', async () => {
    mkdirSync(join(dir, 'echt'));
    writeFileSync(join(dir, 'echt', 'aanvraag.yaml'), FIXTURE);
    symlinkSync(join('echt', 'aanvraag.yaml'), join(dir, 'link.yaml'));
    form = await startForm(['link.yaml', '--no-open'], dir);
    expect((await save(form.url, { data: withTitle('Via de koppeling'), version: 1 })).status).toBe(200);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'echt', 'aanvraag.yaml'), 'utf8')).toContain('titel: "Via de koppeling" # de werktitel\n');
    expect(readdirSync(join(dir, 'echt'))).toEqual(['aanvraag.yaml']);
  });

  it('keeps a BOM and CRLF line ends, with no false "changed outside the form"', async () => {
    const original = Buffer.from('\ufeff' + FIXTURE.replace(/\n/g, '\r\n'), 'utf8');
    const { url } = await open('aanvraag.yaml', original);
    const reply = await save(url, { data: withTitle('Nieuw'), version: 1 });
    expect([reply.status, reply.body.saved]).toEqual([200, true]);
    const expected = '\ufeff' + FIXTURE.replace('titel: "Valpreventie in Utrecht"', 'titel: "Nieuw"').replace(/\n/g, '\r\n');
    expect(readFileSync(join(dir, 'aanvraag.yaml')).toString('utf8')).toBe(expected);
    // And again from the saved state: still ours, still in the same style.
    expect((await save(url, { data: withTitle('Nog eens'), version: 2 })).status).toBe(200);
    expect(readFileSync(join(dir, 'aanvraag.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('saves an unchanged file byte for byte (spaces before inline comments kept)', async () => {
    const laidOut = FIXTURE.replace('titel: "Valpreventie in Utrecht" # de werktitel', 'titel: "Valpreventie in Utrecht"      # de werktitel');
    const { url } = await open('aanvraag.yaml', laidOut);
    expect((await save(url, { data: fixtureData(), version: 1 })).status).toBe(200);
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(laidOut);
    // A change elsewhere keeps that line's layout too.
    const data = fixtureData();
    (data.businesscase as Record<string, unknown>).fte_besparing = 5;
    expect((await save(url, { data, version: 2 })).status).toBe(200);
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toBe(laidOut.replace('  fte_besparing: 4 #', '  fte_besparing: 5 #'));
  });

  it('refuses a second tab\'s save from an older version, and never undoes the first tab\'s save', async () => {
    const { url } = await open();
    // Both tabs opened at version 1; the first saves.
    const first = await save(url, { data: withTitle('Eerste tabblad'), version: 1 });
    expect([first.status, first.body.version]).toEqual([200, 2]);
    const second = await save(url, { data: withTitle('Tweede tabblad'), version: 1 });
    expect(second).toEqual({
      status: 409,
      body: {
        saved: false,
        conflict: 'stale',
        file: 'aanvraag.yaml',
        version: 2,
        canOverwrite: false,
        message:
          'Niet opgeslagen: aanvraag.yaml is intussen opgeslagen vanuit een ander tabblad of venster (versie 2). Wat u hier invulde is niet opgeslagen, en het andere tabblad is niet overschreven. Laad de pagina opnieuw om verder te gaan met wat is opgeslagen.',
      },
    });
    // Not even when it asks to overwrite.
    expect((await save(url, { data: withTitle('Tweede tabblad'), version: 1, overwrite: true })).body.conflict).toBe('stale');
    expect(readFileSync(join(dir, 'aanvraag.yaml'), 'utf8')).toContain('titel: "Eerste tabblad"');
    // A reload gets the saved data and its version.
    const page = await (await fetch(url)).text();
    const state = JSON.parse(/<script type="application\/json" id="state">(.*?)<\/script>/s.exec(page)![1]!) as { version: number; data: { titel: string } };
    expect([state.version, state.data.titel]).toEqual([2, 'Eerste tabblad']);
  });

  it('says so in English with --lang en', async () => {
    writeFileSync(join(dir, 'aanvraag.yaml'), FIXTURE);
    form = await startForm(['aanvraag.yaml', '--no-open'], dir, 'en');
    await save(form.url, { data: withTitle('One'), version: 1 });
    expect((await save(form.url, { data: withTitle('Two'), version: 1 })).body.message).toBe(
      'Not saved: aanvraag.yaml has meanwhile been saved from another tab or window (version 2). What you entered here was not saved, and the other tab was not overwritten. Reload the page to continue with what was saved.',
    );
  });

  it('wants the version on a save', async () => {
    const { url } = await open();
    expect(await save(url, { data: fixtureData() })).toEqual({ status: 400, body: { error: 'version must be the number the page was given' } });
  });
});

describe('an outside edit racing the save', () => {
  let dir: string;
  let server: FormServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('is detected just before the rename (the hook writes the edit there): asked, never lost', async () => {
    dir = mkdtempSync(join(tmpdir(), 'modelplan-formrace-'));
    const target = join(dir, 'aanvraag.yaml');
    copyFileSync(FIXTURE_PATH, target);
    let editor: string | undefined;
    const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, dir);
    server = await startFormServer({
      target,
      display: 'aanvraag.yaml',
      initialText: FIXTURE,
      existing: true,
      model: formModel('nl'),
      frame,
      lang: 'nl',
      port: 0,
      maxFileBytes: 1 << 20,
      beforeSwap: () => {
        if (editor !== undefined) writeFileSync(target, editor);
      },
    });
    // Each round the file is as the form opened it, and the editor saves just before the swap.
    for (let round = 0; round < 10; round++) {
      copyFileSync(FIXTURE_PATH, target);
      editor = `soort: aanvraag\ntitel: editor ${round}\n`;
      const reply = await save(server.url, { data: withTitle(`formulier ${round}`), version: 1 });
      expect([reply.status, reply.body.conflict]).toEqual([409, 'changed']);
      expect(readFileSync(target, 'utf8')).toBe(editor);
      expect(readdirSync(dir)).toEqual(['aanvraag.yaml']);
    }
    // The user says yes: exactly the version they were asked about is replaced.
    editor = undefined;
    expect((await save(server.url, { data: withTitle('formulier'), version: 1, overwrite: true })).status).toBe(200);
    expect(readFileSync(target, 'utf8')).toContain('titel: "formulier" # de werktitel');
    rmSync(dir, { recursive: true, force: true });
  });

  it('an overwrite is refused again when the file changed after the question', async () => {
    dir = mkdtempSync(join(tmpdir(), 'modelplan-formrace-'));
    const target = join(dir, 'aanvraag.yaml');
    copyFileSync(FIXTURE_PATH, target);
    const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, dir);
    server = await startFormServer({ target, display: 'aanvraag.yaml', initialText: FIXTURE, existing: true, model: formModel('nl'), frame, lang: 'nl', port: 0, maxFileBytes: 1 << 20 });
    writeFileSync(target, 'soort: aanvraag\ntitel: eerste wijziging\n');
    expect((await save(server.url, { data: withTitle('x'), version: 1 })).body.conflict).toBe('changed');
    writeFileSync(target, 'soort: aanvraag\ntitel: tweede wijziging\n');
    expect((await save(server.url, { data: withTitle('x'), version: 1, overwrite: true })).body.conflict).toBe('changed');
    expect(readFileSync(target, 'utf8')).toBe('soort: aanvraag\ntitel: tweede wijziging\n');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the modeline of a new application', () => {
  it('is the schema\'s $id outside a project, never a path of this machine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-modeline-'));
    const form = await startForm(['--modelplan', 'valpreventie', '--no-open'], dir);
    try {
      await save(form.url, { data: { soort: 'aanvraag', titel: 'x' }, version: 1 });
      expect(readFileSync(join(dir, 'aanvraag-valpreventie.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=aanvraag.schema.json');
    } finally {
      await form.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is relative to the file inside a project that has the schema (node_modules/modelplan or this repository)', () => {
    const project = mkdtempSync(join(tmpdir(), 'modelplan-project-'));
    writeFileSync(join(project, 'package.json'), '{}');
    mkdirSync(join(project, 'node_modules', 'modelplan', 'schemas'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'modelplan', 'schemas', 'aanvraag.schema.json'), '{}');
    mkdirSync(join(project, 'aanvragen'));
    expect(portableSchemaRef(join(project, 'aanvragen', 'a.yaml'), SCHEMA_DIR)).toBe('../node_modules/modelplan/schemas/aanvraag.schema.json');
    expect(portableSchemaRef(join(SCHEMA_DIR, '..', 'examples', 'a.yaml'), SCHEMA_DIR)).toBe('../schemas/aanvraag.schema.json');
    rmSync(project, { recursive: true, force: true });
  });
});
