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
