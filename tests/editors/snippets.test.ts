/**
 * The editor set-up in the README and editors/vscode/: every snippet is checked for syntax (JSON with
 * JSON.parse, TOML with smol-toml, Lua and Elisp with a small reader: balanced brackets and closed
 * strings) and for the command it starts. The VS Code extension is loaded with a stand-in for the
 * `vscode` module and must start the server with the settings. No real editor runs here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Editors: `modelplan lsp`'), readme.indexOf('\n## ', readme.indexOf('## Editors: `modelplan lsp`') + 1));

/** The README's code blocks in the editor section, by language. */
function blocks(lang: string): string[] {
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === lang).map((m) => m[2]!);
}

const extensionDir = join(ROOT, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  dependencies: Record<string, string>;
  contributes: { configuration: { properties: Record<string, { default: unknown }> } };
};

type Sexp = string | { str: string } | Sexp[];

/** A small Lisp reader: lists, strings with escapes, quote ('), symbols, comments. Throws on anything unbalanced. */
function readElisp(source: string): Sexp[] {
  let i = 0;
  const forms: Sexp[] = [];
  const skip = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i]!)) i++;
      if (source[i] !== ';') return;
      while (i < source.length && source[i] !== '\n') i++;
    }
  };
  const read = (): Sexp => {
    skip();
    const c = source[i];
    if (c === undefined) throw new Error('unexpected end');
    if (c === "'" || c === '`') {
      i++;
      return ['quote', read()];
    }
    if (c === '#' && source[i + 1] === "'") {
      i += 2;
      return ['function', read()];
    }
    if (c === '(') {
      i++;
      const list: Sexp[] = [];
      for (;;) {
        skip();
        if (source[i] === undefined) throw new Error('unclosed (');
        if (source[i] === ')') {
          i++;
          return list;
        }
        list.push(read());
      }
    }
    if (c === ')') throw new Error(`unexpected ) at ${i}`);
    if (c === '"') {
      let str = '';
      i++;
      while (source[i] !== '"') {
        if (source[i] === undefined) throw new Error('unclosed string');
        if (source[i] === '\\') i++;
        str += source[i++];
      }
      i++;
      return { str };
    }
    const start = i;
    while (i < source.length && !/[\s()"';]/.test(source[i]!)) i++;
    return source.slice(start, i);
  };
  for (skip(); i < source.length; skip()) forms.push(read());
  return forms;
}

/** Lua: strings, long strings and comments skipped; (), {} and [] must balance. Returns the code without strings' contents. */
function checkLuaStructure(source: string): void {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', '}': '{', ']': '[' };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '-' && source[i + 1] === '-') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '[' && source[i + 1] === '[') {
      const end = source.indexOf(']]', i + 2);
      if (end === -1) throw new Error('unclosed long string');
      i = end + 1;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (source[j] !== c) {
        if (source[j] === undefined || source[j] === '\n') throw new Error(`unclosed string at ${i}`);
        if (source[j] === '\\') j++;
        j++;
      }
      i = j;
    } else if ('({['.includes(c)) {
      stack.push(c);
    } else if (pairs[c]) {
      if (stack.pop() !== pairs[c]) throw new Error(`unbalanced ${c} at ${i}`);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join('')}`);
}

describe('README editor snippets', () => {
  it('has one snippet per editor', () => {
    expect([blocks('json').length, blocks('lua').length, blocks('toml').length, blocks('elisp').length]).toEqual([1, 1, 1, 1]);
  });

  it('VS Code settings: JSON with exactly the settings the extension contributes, and fix-all on save', () => {
    const settings = JSON.parse(blocks('json')[0]!) as Record<string, unknown>;
    const contributed = Object.keys(manifest.contributes.configuration.properties);
    expect(Object.keys(settings).filter((k) => k.startsWith('modelplan.'))).toEqual(contributed);
    expect(settings['[yaml]']).toEqual({ 'editor.codeActionsOnSave': { 'source.fixAll.modelplan': 'explicit' } });
  });

  it('Helix: TOML that defines the server and adds it to yaml', () => {
    expect(parseToml(blocks('toml')[0]!)).toEqual({
      'language-server': { modelplan: { command: 'modelplan', args: ['lsp', '--stdio'] } },
      language: [{ name: 'yaml', 'language-servers': ['yaml-language-server', 'modelplan'] }],
    });
  });

  it('Neovim: balanced Lua that configures and enables modelplan lsp --stdio', () => {
    const lua = blocks('lua')[0]!;
    checkLuaStructure(lua);
    expect(() => checkLuaStructure(lua.replace(/\}\)\n/, ')\n'))).toThrow();
    expect(lua).toMatch(/^vim\.lsp\.config\('modelplan', \{\n/);
    expect(lua).toContain("cmd = { 'modelplan', 'lsp', '--stdio' },");
    expect(lua).toContain("filetypes = { 'yaml' },");
    expect(lua.trimEnd().split('\n').at(-1)).toBe("vim.lsp.enable('modelplan')");
  });

  it('Emacs: Elisp that reads, and adds ("modelplan" "lsp" "--stdio") to eglot-server-programs for YAML modes', () => {
    const elisp = blocks('elisp')[0]!;
    const forms = readElisp(elisp);
    expect(() => readElisp(elisp + ')')).toThrow();
    expect(() => readElisp(elisp.replace(/\)\)\)\)\n/, ')))\n'))).toThrow();
    expect(forms).toEqual([
      [
        'with-eval-after-load',
        ['quote', 'eglot'],
        ['add-to-list', ['quote', 'eglot-server-programs'], ['quote', [['yaml-mode', 'yaml-ts-mode'], '.', [{ str: 'modelplan' }, { str: 'lsp' }, { str: '--stdio' }]]]],
      ],
      ['add-hook', ['quote', 'yaml-mode-hook'], ['function', 'eglot-ensure']],
    ]);
  });
});

describe('editors/vscode', () => {
  it('is an extension that vsce can pack: manifest, entry point, its own dependency on vscode-languageclient', () => {
    expect(manifest.main).toBe('./extension.js');
    expect(manifest.engines.vscode).toBe('^1.82.0');
    expect(manifest.activationEvents).toEqual(['onLanguage:yaml']);
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys({ ...root.dependencies, ...root.devDependencies })).not.toContain('vscode-languageclient');
    expect(Object.keys({ ...root.dependencies, ...root.devDependencies })).not.toContain('@vscode/vsce');
  });

  it('starts modelplan lsp --stdio with the settings and opens rule links with modelplan explain', async () => {
    const settings: Record<string, string> = { path: '/opt/bin/modelplan', lang: 'en', modelplannen: '/data/modelplannen' };
    const clients: { id: string; server: unknown; client: unknown; started: boolean }[] = [];
    const providers: Record<string, { provideTextDocumentContent: (uri: { path: string }) => Promise<string> }> = {};
    const executed: [string, string[]][] = [];
    const fakes: Record<string, unknown> = {
      vscode: {
        workspace: {
          getConfiguration: (section: string) => {
            expect(section).toBe('modelplan');
            return { get: (key: string) => settings[key] };
          },
          registerTextDocumentContentProvider: (scheme: string, provider: (typeof providers)[string]) => {
            providers[scheme] = provider;
            return { dispose: () => undefined };
          },
        },
      },
      'vscode-languageclient/node': {
        LanguageClient: class {
          record: (typeof clients)[number];
          constructor(id: string, _name: string, server: unknown, client: unknown) {
            this.record = { id, server, client, started: false };
            clients.push(this.record);
          }
          start() {
            this.record.started = true;
            return Promise.resolve();
          }
          stop() {
            return Promise.resolve();
          }
        },
      },
      'node:child_process': {
        execFile: (command: string, args: string[], done: (error: Error | null, stdout: string) => void) => {
          executed.push([command, args]);
          done(null, `uitleg ${args[1]}`);
        },
      },
    };
    const source = readFileSync(join(extensionDir, 'extension.js'), 'utf8');
    const module = { exports: {} as { activate: (ctx: unknown) => Promise<void>; deactivate: () => unknown } };
    compileFunction(source, ['require', 'module', 'exports'])((name: string) => fakes[name], module, module.exports);
    const context = { subscriptions: [] as unknown[] };
    await module.exports.activate(context);
    expect(clients).toEqual([
      {
        id: 'modelplan',
        server: { command: '/opt/bin/modelplan', args: ['lsp', '--stdio', '--lang', 'en', '--modelplannen', '/data/modelplannen'] },
        client: { documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' }] },
        started: true,
      },
    ]);
    expect(context.subscriptions).toHaveLength(1);
    expect(await providers['modelplan-explain']!.provideTextDocumentContent({ path: 'bovengrens' })).toBe('uitleg bovengrens');
    expect(executed).toEqual([['/opt/bin/modelplan', ['explain', 'bovengrens', '--lang', 'en']]]);
  });
});
