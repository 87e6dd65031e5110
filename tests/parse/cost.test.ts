/**
 * The parse stages cost linear work in the size of the input: doubling a hostile input at most
 * roughly doubles the work. Counted, never timed: `parseWork.steps` counts the walk's and the
 * locator's steps, and spies count the library's alias lookups and key comparisons.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../src/validate/document.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../../src/parse/limits.js';
import { parseWork } from '../../src/parse/yaml.js';
import { makeFinding } from '../../src/rules/finding.js';

const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
const unlimited: ParseLimits = { maxAliases: 1e9, maxKeysPerMapping: 1e9, maxNodes: 1e9 };

/** Steps of our own code, and alias lookups by the library, to read and locate every finding of one text. */
function work(text: string, limits: ParseLimits = unlimited): { steps: number; lookups: number; findings: number } {
  const lookups = vi.spyOn(yaml.Alias.prototype, 'resolve');
  parseWork.steps = 0;
  const outcome = readDocument(Buffer.from(text), limits);
  for (const f of outcome.findings) makeFinding(f, 'x.yaml', 'nl', f.position ? () => f.position! : outcome.locate);
  const result = { steps: parseWork.steps, lookups: lookups.mock.calls.length, findings: outcome.findings.length };
  lookups.mockRestore();
  return result;
}

const aliases = (n: number) => 'soort: aanvraag\na: &x 1\nl:\n' + '  - *x\n'.repeat(n);
const keys = (n: number) => 'soort: aanvraag\n&k k: 0\n' + Array.from({ length: n }, (_, i) => `k${i + 1}: ${i}\n`).join('');
const nested = (n: number) => 'soort: aanvraag\nb: &b { x: 1 }\nl:\n' + Array.from({ length: n }, (_, i) => `  - { naam: n${i}, ref: *b }\n`).join('');

afterEach(() => vi.restoreAllMocks());

describe('cost of hostile input, counted', () => {
  it.each([
    ['aliases to one node', aliases, 2_000],
    ['keys in one mapping (the duplicate-key check)', keys, 2_000],
    ['mappings each with an alias', nested, 1_000],
  ])('%s: doubling the input at most roughly doubles the work', (_name, make, n) => {
    const small = work(make(n));
    const large = work(make(2 * n));
    expect(small.steps).toBeGreaterThan(n);
    expect(large.steps / small.steps).toBeLessThan(2.2);
    // The library never looks an alias up by walking the document: the walk found every target once.
    expect(small.lookups).toBe(0);
    expect(large.lookups).toBe(0);
  });

  it('locating every finding of a mapping with thousands of unknown keys is linear too', () => {
    const unknown = (n: number) => 'soort: budgetkader\n' + Array.from({ length: n }, (_, i) => `onbekend${i}: ${i}\n`).join('');
    const small = work(unknown(500));
    const large = work(unknown(1_000));
    expect(small.findings).toBeGreaterThan(500);
    expect(large.findings).toBeGreaterThan(1_000);
    expect(large.steps / small.steps).toBeLessThan(2.2);
  });

  it('with the default limits, the work of a huge hostile input is bounded by the limit, not the input', () => {
    const atLimit = work(aliases(1_000), DEFAULT_PARSE_LIMITS);
    const far = work(aliases(8_000), DEFAULT_PARSE_LIMITS);
    expect(far.steps).toBe(atLimit.steps);
    expect(far.findings).toBe(1);
  });

  it('the library compares no keys itself (its check compares each key with every earlier one)', () => {
    const spy = vi.spyOn(yaml, 'parseAllDocuments');
    readDocument(Buffer.from(keys(100)), unlimited);
    expect(spy.mock.calls.length).toBe(1);
    expect((spy.mock.calls[0]![1] as { uniqueKeys?: unknown }).uniqueKeys).toBe(false);
  });
});
