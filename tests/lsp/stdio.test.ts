/**
 * End to end over stdio: the built CLI as `modelplan lsp --stdio`, spoken to with vscode-jsonrpc.
 * Every example's diagnostics equal `check --format json`'s findings for that file; a change
 * updates them; a quick fix and fix-all apply and their findings go; hover and completion come
 * from the modelplan; bad input is a diagnostic, and the server still answers after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Diagnostic, Hover, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import type { Finding, Report, Review } from '../../src/report/types.js';
import { BUILT_CLI, EXAMPLES, MODELPLANNEN, ROOT, runBuilt } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp-client.js';

const severity = { error: 1, warning: 2, info: 3 } as const;

/** A finding as the diagnostic it must become (0-based, LSP severities). */
function expectedDiagnostic(f: Finding) {
  return {
    code: f.ruleId,
    range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
    severity: severity[f.severity],
    message: f.message,
  };
}

function asCompared(d: Diagnostic) {
  return { code: d.code, range: d.range, severity: d.severity, message: d.message };
}

function checkJson(paths: string[]): Report {
  const { stdout } = runBuilt(['check', '--format', 'json', ...paths]);
  return JSON.parse(stdout) as Report;
}

const findingDiagnostics = (ds: Diagnostic[]) => ds.filter((d) => !(d.data as { review?: boolean } | undefined)?.review);
const reviewDiagnostics = (ds: Diagnostic[]) => ds.filter((d) => (d.data as { review?: boolean } | undefined)?.review);

function expectedReview(review: Review | undefined, findings: Finding[]) {
  if (review?.decision !== 'aanvullende-beoordeling') return [];
  return review.reasons.map((r) => {
    const f = findings.find((x) => x.ruleId === r.ruleId && x.pointer === r.pointer)!;
    return { ...expectedDiagnostic(f), severity: 3, message: `aanvullende beoordeling nodig: ${r.message}` };
  });
}

/** Nine levels of nine aliases each: 9^9 nodes when expanded. */
function aliasBomb(): string {
  const lines = ['soort: aanvraag', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
  const keys = 'abcdefghi';
  for (let i = 1; i < keys.length; i++) lines.push(`${keys[i]}: &${keys[i]} [${Array(9).fill(`*${keys[i - 1]}`).join(',')}]`);
  return lines.join('\n') + '\n';
}

let child: ChildProcess;
let client: LspClient;
let exitCode: Promise<number | null>;
let temp: string;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'modelplan-lsp-'));
  child = spawn(process.execPath, [BUILT_CLI, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'], env: { PATH: process.env.PATH } });
  exitCode = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  client = new LspClient(child.stdout!, child.stdin!);
  const init = await client.initialize(pathToFileURL(ROOT).href);
  expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.modelplan'] } });
});

afterAll(() => {
  client.connection.dispose();
  if (child.exitCode === null) child.kill();
  rmSync(temp, { recursive: true, force: true });
});

describe('modelplan lsp --stdio', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort();
  const report = checkJson(examples.map((f) => join('examples', f)));

  it('checks every example', () => {
    expect(report.files.map((f) => f.file)).toEqual(examples.map((f) => `examples/${f}`));
  });

  for (const name of examples) {
    it(`publishes check's findings for examples/${name}`, async () => {
      const uri = pathToFileURL(join(EXAMPLES, name)).href;
      await client.open(uri, readFileSync(join(EXAMPLES, name), 'utf8'));
      const file = report.files.find((f) => f.file === `examples/${name}`)!;
      const published = await client.diagnostics(uri);
      expect(published.version).toBe(1);
      expect(findingDiagnostics(published.diagnostics).map(asCompared)).toEqual(file.findings.map(expectedDiagnostic));
      expect(reviewDiagnostics(published.diagnostics).map(asCompared)).toEqual(expectedReview(file.review, file.findings));
      for (const d of published.diagnostics) {
        expect(d.source).toBe('modelplan');
        expect(d.codeDescription).toEqual({ href: `modelplan-explain:${String(d.code)}` });
      }
    });
  }

  it('re-checks on change and clears on close', async () => {
    const path = join(EXAMPLES, 'regelfouten-vacuumtherapie.yaml');
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    // Opened by the example test above: version 1 holds three errors, among them the double insurer.
    const before = await client.diagnostics(uri, (p) => p.version === 1);
    expect(before.diagnostics.map((d) => d.code)).toContain('zorgverzekeraars');
    const changed = text.replace(/tweede:\n {4}naam: "Zorgverzekeraar Voorbeeld Zuid"\n {4}uzovi: "3358"/, 'tweede:\n    naam: "Zorgverzekeraar Voorbeeld Noord"\n    uzovi: "3311"');
    expect(changed).not.toBe(text);
    await client.change(uri, 2, changed);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    const fresh = join(temp, 'regelfouten-changed.yaml');
    writeFileSync(fresh, changed);
    const expected = checkJson([fresh]).files[0]!.findings.map(expectedDiagnostic);
    expect(findingDiagnostics(after.diagnostics).map(asCompared)).toEqual(expected);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['bovengrens', 'kostencategorie-niet-financierbaar']);
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (p) => p.version === undefined);
    expect(cleared.diagnostics).toEqual([]);
  });

  const fixable = () => {
    const text = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8');
    // A KvK number typed without quotes loses its leading zero in YAML; no budget line names it.
    const out = text.replace('kvk: "52345678"', 'kvk: 02345678').replace('bedrag: 300000', 'bedrag: 300.000');
    expect(out.split('\n').filter((l, i) => l !== text.split('\n')[i])).toEqual(['      kvk: 02345678', '    bedrag: 300.000']);
    return out;
  };

  it('offers a fix as a quick fix on its diagnostic; applied, the diagnostic goes', async () => {
    const uri = pathToFileURL(join(temp, 'quickfix.yaml')).href;
    const text = fixable();
    await client.open(uri, text);
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.map((d) => d.code)).toEqual(['code-aanhalingstekens', 'bedrag-notatie']);
    const target = published.diagnostics[0]!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ['quickfix'] } });
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['quickfix', 'Herstel (code-aanhalingstekens): schrijf "02345678"']]);
    const edits = actions[0]!.edit!.changes![uri]!;
    // Exactly the fixed range: the code as typed, nothing around it.
    expect(edits).toEqual([{ range: target.range, newText: '"02345678"' }]);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
    expect(fixed).toBe(text.replace('kvk: 02345678', 'kvk: "02345678"'));
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['bedrag-notatie']);
    await client.close(uri);
  });

  it('source.fixAll.modelplan applies every fix at once', async () => {
    const uri = pathToFileURL(join(temp, 'fixall.yaml')).href;
    const text = fixable();
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.modelplan']);
    const edits: TextEdit[] = actions[0]!.edit!.changes![uri]!;
    expect(edits.map((e) => e.newText)).toEqual(['"02345678"', '300000']);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
    expect(fixed).toBe(text.replace('kvk: 02345678', 'kvk: "02345678"').replace('bedrag: 300.000', 'bedrag: 300000'));
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(after.diagnostics).toEqual([]);
    await client.close(uri);
  });

  it('hovers a cost category with its title, norm and source from the modelplan', async () => {
    const uri = pathToFileURL(join(temp, 'hover.yaml')).href;
    const text = readFileSync(join(EXAMPLES, 'regelfouten-vacuumtherapie.yaml'), 'utf8');
    await client.open(uri, text);
    const doc = TextDocument.create(uri, 'yaml', 1, text);
    const offset = text.indexOf('categorie: aanschaf-hulpmiddelen') + 'categorie: aansch'.length;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(offset) });
    const modelplan = parse(readFileSync(join(MODELPLANNEN, 'vacuumtherapie-wondzorg.yaml'), 'utf8')) as { kostencategorieen: { id: string; titel: string; bron: string }[] };
    const category = modelplan.kostencategorieen.find((c) => c.id === 'aanschaf-hulpmiddelen')!;
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: [
        `**Kostencategorie \`aanschaf-hulpmiddelen\`**: ${category.titel}`,
        'Norm: niet financierbaar',
        `Bron: ${category.bron}`,
        'uit modelplan Vacuümtherapie voor wondzorg (vacuumtherapie-wondzorg 1.0.0)',
      ].join('\n\n'),
    });
    const start = text.indexOf('aanschaf-hulpmiddelen', text.indexOf('categorie: aanschaf-hulpmiddelen'));
    expect(hover.range).toEqual({ start: doc.positionAt(start), end: doc.positionAt(start + 'aanschaf-hulpmiddelen'.length) });
  });

  it("completes a cost category with the modelplan's own ids only", async () => {
    const uri = pathToFileURL(join(temp, 'hover.yaml')).href;
    const text = readFileSync(join(EXAMPLES, 'regelfouten-vacuumtherapie.yaml'), 'utf8').replace('categorie: aanschaf-hulpmiddelen', 'categorie: lic');
    await client.change(uri, 2, text);
    const doc = TextDocument.create(uri, 'yaml', 2, text);
    const offset = text.indexOf('categorie: lic') + 'categorie: lic'.length;
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(offset) });
    const modelplan = parse(readFileSync(join(MODELPLANNEN, 'vacuumtherapie-wondzorg.yaml'), 'utf8')) as { kostencategorieen: { id: string; titel: string }[] };
    expect(items.map((i) => [i.label, i.detail])).toEqual(modelplan.kostencategorieen.map((c) => [c.id, c.titel]));
    const range = { start: doc.positionAt(offset - 3), end: doc.positionAt(offset) };
    expect(items.map((i) => i.textEdit)).toEqual(modelplan.kostencategorieen.map((c) => ({ range, newText: c.id })));
    await client.close(uri);
  });

  const hostile: [name: string, text: string, rule: string][] = [
    ['binary', 'soort: aanvraag\ntitel: \u0000\u0001\u0002\u00ff', 'bestand-codering'],
    ['alias-bomb', aliasBomb(), 'yaml-alias'],
    ['long-line', 'soort: aanvraag\ntitel: ' + 'x'.repeat(20 * 1024 * 1024) + '\n', 'bestand-te-groot'],
  ];
  for (const [name, text, rule] of hostile) {
    it(`gives a diagnostic for bad input (${name}), as check does, and goes on serving`, async () => {
      const path = join(temp, `${name}.yaml`);
      writeFileSync(path, text);
      const expected = checkJson([path]).files[0]!.findings;
      expect(expected.map((f) => f.ruleId)).toEqual([rule]);
      const uri = pathToFileURL(path).href;
      await client.open(uri, text);
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      expect(published.diagnostics.map(asCompared)).toEqual(expected.map(expectedDiagnostic));
      // Still serving: a hover on the bad text is answered (with nothing to show).
      expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 9 } })).toBeNull();
      await client.close(uri);
      await client.diagnostics(uri, (p) => p.version === undefined);
    });
  }

  it('shuts down and exits cleanly (exit code 0)', async () => {
    await client.shutdown();
    expect(await exitCode).toBe(0);
  });
});

describe('modelplan lsp --stdio with MODELPLAN_LANG=en', () => {
  it("speaks English, as check does with MODELPLAN_LANG=en", async () => {
    const server = spawn(process.execPath, [BUILT_CLI, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'], env: { PATH: process.env.PATH, MODELPLAN_LANG: 'en' } });
    const exited = new Promise((resolve) => server.on('exit', resolve));
    const english = new LspClient(server.stdout!, server.stdin!);
    await english.initialize(pathToFileURL(ROOT).href);
    const path = join(EXAMPLES, 'regelfouten-vacuumtherapie.yaml');
    const uri = pathToFileURL(path).href;
    await english.open(uri, readFileSync(path, 'utf8'));
    const published = await english.diagnostics(uri);
    const { stdout } = runBuilt(['check', '--format', 'json', path], { env: { MODELPLAN_LANG: 'en' } });
    const file = (JSON.parse(stdout) as Report).files[0]!;
    expect(published.diagnostics.map(asCompared)).toEqual(file.findings.map(expectedDiagnostic));
    expect(published.diagnostics[1]!.message).toMatch(/^total requested € 1,800,000/);
    await english.shutdown();
    expect(await exited).toBe(0);
    english.connection.dispose();
  });
});
