import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileValidators } from '../../src/validate/schemas.js';
import { EXAMPLES, MODELPLANNEN, ROOT } from '../helpers/cli.js';

type Compiled = Record<'aanvraag' | 'modelplan' | 'budgetkader' | 'referentielijsten', ValidateFunction>;
const precompiled = (await import(pathToFileURL(join(ROOT, 'dist/validate/compiled-schemas.js')).href)) as Compiled;
const runtime = await compileValidators();

function errorsOf(fn: ValidateFunction, data: unknown) {
  fn(data);
  return (fn.errors ?? []).map((e) => ({ instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message, expected: (e.parentSchema as Record<string, unknown> | undefined)?.['x-verwacht'] }));
}

describe('validators compiled ahead of time', () => {
  const documents = [...readdirSync(EXAMPLES).map((n) => join(EXAMPLES, n)), ...readdirSync(MODELPLANNEN).map((n) => join(MODELPLANNEN, n))]
    .flatMap((file) => {
      try {
        return [parse(readFileSync(file, 'utf8')) as Record<string, unknown>];
      } catch {
        return [];
      }
    });

  it('report exactly what run-time compilation reports, on every example and modelplan', () => {
    // examples/register.json (JSON is YAML) among them.
    expect(documents.length).toBe(30);
    for (const data of documents) {
      for (const kind of ['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten'] as const) {
        expect(errorsOf(precompiled[kind], data)).toEqual(errorsOf(runtime[kind], data));
      }
    }
  });

  it('and on documents with values swapped for odd ones', () => {
    const odd = fc.oneof(fc.constantFrom(null, true, -1, 0.5, Number.POSITIVE_INFINITY, '', '1.000,50', 'GM12', [], {}), fc.string(), fc.integer());
    fc.assert(
      fc.property(fc.nat(documents.length - 1), fc.array(fc.tuple(fc.nat(), odd), { minLength: 1, maxLength: 4 }), (which, swaps) => {
        const data = structuredClone(documents[which]!);
        for (const [at, value] of swaps) {
          const keys = Object.keys(data);
          data[keys[at % keys.length]!] = value;
        }
        expect(errorsOf(precompiled.aanvraag, data)).toEqual(errorsOf(runtime.aanvraag, data));
        expect(errorsOf(precompiled.modelplan, data)).toEqual(errorsOf(runtime.modelplan, data));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

/** A copy of the built package whose schemas or modelplannen a test may change. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-package-'));
  for (const part of ['dist', 'schemas', 'modelplannen', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const node = (dir: string, script: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
const cli = (dir: string, args: string[]) => spawnSync(process.execPath, [join(dir, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8' });

describe('what the build prepared is used only while it matches', () => {
  it('the precompiled validators, while the schemas are unchanged', () => {
    const dir = packageCopy();
    const source = "import('./dist/validate/schemas.js').then((m) => console.log(m.validatorSource))";
    expect(node(dir, source).stdout).toBe('precompiled\n');
    const schema = join(dir, 'schemas/aanvraag.schema.json');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('"title": "Aanvraag"', '"title": "Aanvraag (gewijzigd)"'));
    expect(node(dir, source).stdout).toBe('runtime\n');
  });

  it('the cached bundled frame, while the modelplannen are unchanged', () => {
    const dir = packageCopy();
    const limit = () => (JSON.parse(cli(dir, ['list', '--format', 'json']).stdout) as { id: string; bovengrens: number }[]).find((m) => m.id === 'valpreventie')!.bovengrens;
    expect(limit()).toBe(750000);
    // The cache is what a run uses while it matches: a value changed in it (not in the files) shows.
    const cache = join(dir, 'dist/frame/bundled-frame.json');
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as { modelplannen: { id: string; bovengrens: { bedrag: number } }[] };
    cached.modelplannen.find((m) => m.id === 'valpreventie')!.bovengrens.bedrag = 123;
    writeFileSync(cache, JSON.stringify(cached));
    expect(limit()).toBe(123);
    const plan = join(dir, 'modelplannen/valpreventie.yaml');
    const text = readFileSync(plan, 'utf8');
    expect(text).toMatch(/bedrag: 750000\b/);
    writeFileSync(plan, text.replace(/bedrag: 750000\b/, 'bedrag: 740000'));
    expect(limit()).toBe(740000);
  });
});
