/**
 * Issue 28, point 7: the layout is the data flow, and no module imports from a layer above its
 * own. Layers, low to high: the stages and their data (load, parse, validate, rules, review,
 * budget, round, report, format, …) → the engine (src/engine/, with its workers in src/parallel/
 * and the off-thread checker of one text in src/offthread/)
 * → the runs (src/runs/) → the edge (src/options/, src/commands/, program.ts, cli.ts, and the
 * interactive drivers lsp, form, watch). Imports are read from the sources, type imports too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = join(ROOT, 'src');
const LAYERS = ['stage', 'engine', 'runs', 'edge'] as const;
type Layer = (typeof LAYERS)[number];

function layerOf(file: string): Layer {
  const top = file.split('/')[0]!;
  if (top === 'engine' || top === 'parallel' || top === 'offthread') return 'engine';
  if (top === 'runs') return 'runs';
  if (['options', 'commands', 'lsp', 'form', 'watch', 'program.ts', 'cli.ts'].includes(top)) return 'edge';
  return 'stage';
}

/**
 * Known and named, each for a reason, never silently: the round's invocations are declared with
 * their flags in src/options/round.ts and read by src/runs/round.ts (types only); so are the
 * invocations after approval, in src/options/verantwoording.ts, read by src/runs/verantwoording.ts.
 */
const EXCEPTIONS = new Set(['runs/round.ts → options/round.ts', 'runs/verantwoording.ts → options/verantwoording.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(SRC, resolve(dirname(path), s)).split('\\').join('/').replace(/\.js$/, '.ts'));
}

describe('layers', () => {
  const files = sources(SRC).map((p) => ({ path: p, file: relative(SRC, p).split('\\').join('/') }));

  it('the layer map knows every folder of src/, and each layer has modules', () => {
    const layers = new Set(files.map((f) => layerOf(f.file)));
    expect([...layers].sort()).toEqual([...LAYERS].sort());
  });

  it('no module imports from a higher layer (the exceptions named above aside)', () => {
    const upward: string[] = [];
    for (const { path, file } of files) {
      for (const target of importsOf(path)) {
        const edge = `${file} → ${target}`;
        if (LAYERS.indexOf(layerOf(target)) > LAYERS.indexOf(layerOf(file)) && !EXCEPTIONS.has(edge)) upward.push(edge);
      }
    }
    expect(upward).toEqual([]);
  });

  it('every exception is still needed (a stale one is removed)', () => {
    const edges = new Set(files.flatMap(({ path, file }) => importsOf(path).map((t) => `${file} → ${t}`)));
    expect([...EXCEPTIONS].filter((e) => !edges.has(e))).toEqual([]);
  });

  it('the import scanner sees imports (a module of the engine imports the stages)', () => {
    expect(importsOf(join(SRC, 'engine/set.ts'))).toContain('rules/runner.ts');
    expect(importsOf(join(SRC, 'runs/check.ts'))).toContain('engine/index.ts');
  });
});

/**
 * Issue 28, point 2: no logic in src/commands/. A command file wires commander: flags → options
 * (src/options/) → run (src/runs/) → formatter (src/format/) → write (src/write.ts); it exports its
 * register* function and nothing else, and touches no file system, path or crypto of its own (that
 * work is in the runs, the options and write.ts). The support modules of the edge export a fixed list.
 */
describe('src/commands/ is wiring only', () => {
  const dir = join(SRC, 'commands');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const SUPPORT: Record<string, string[]> = {
    'context.ts': ['CommandContext', 'emit', 'emitNew', 'pick', 'todayOf'],
    'exit-codes.ts': ['ROUND_EXIT_CODES', 'withExitCodes'],
    'shared-options.ts': ['sharedOption', 'sharedOptions'],
  };
  const exportsOf = (file: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const declared = [...text.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
    const listed = [...text.matchAll(/^export\s*(?:type\s*)?\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!).filter(Boolean));
    const star = /^export\s*\*/m.test(text) ? ['*'] : [];
    return [...declared, ...listed, ...star].sort();
  };

  it('a command file exports its register* functions only; a support module its fixed list', () => {
    const wrong = files.flatMap((file) => {
      const names = exportsOf(file);
      if (SUPPORT[file]) return names.join() === SUPPORT[file].join() ? [] : [`${file}: ${names.join(', ')}`];
      const extra = names.filter((n) => !/^register[A-Z]\w*$/.test(n));
      return extra.length > 0 || names.length === 0 ? [`${file}: ${names.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('no command file imports node: built-ins (file system, paths, crypto)', () => {
    const builtins = files.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(node:[^']+)'/g)].map((m) => `${file} → ${m[1]}`));
    expect(builtins).toEqual([]);
  });

  it('the scanners see an export and an import (they work)', () => {
    expect(exportsOf('check.ts')).toEqual(['registerCheck']);
    expect(exportsOf('context.ts')).toContain('CommandContext');
    expect([...("import { x } from 'node:fs';").matchAll(/(?:from|import)\s*\(?\s*'(node:[^']+)'/g)].map((m) => m[1])).toEqual(['node:fs']);
  });
});
