/** Keeps the rule catalogue whole: registered, documented, in both languages, tested. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, registry, ruleCatalogue } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

const NOT_RULES = new Set(['define.ts', 'finding.ts', 'ids.ts', 'index.ts', 'runner.ts', 'text-signal.ts', 'util.ts']);
const ruleFiles = readdirSync(join(ROOT, 'src/rules'))
  .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
  .map((f) => f.slice(0, -3))
  .sort();

/** `{name}` and `{name:spec}` as written: both languages must show an arg the same way. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]).sort();
/** The specs renderMessage knows (src/rules/define.ts); an unknown one would show the arg as it is. */
const SPECS = new Set(['euro', 'value', 'expectation', 'assumed']);
const specs = (text: string) => [...text.matchAll(/\{\w+:(\w+)\}/g)].map((m) => m[1]!);

describe('rule catalogue', () => {
  it('as the report and SARIF carry it, matches its own snapshot (the format snapshots leave it out)', async () => {
    await expect(JSON.stringify(ruleCatalogue(), null, 2) + '\n').toMatchFileSnapshot('__snapshots__/catalogue.json');
  });

  it('registers every rule file under its file name, and nothing else', () => {
    expect(Object.keys(registry).sort()).toEqual(ruleFiles);
    for (const [key, rule] of Object.entries(registry)) expect(rule.id).toBe(key);
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s has title, docs, source and example in both languages', (_id, rule) => {
    for (const text of [rule.title, rule.docs.description]) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.nl).not.toBe(text.en);
    }
    expect(rule.docs.source.trim()).not.toBe('');
    expect(rule.docs.example.trim()).not.toBe('');
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s has every message in nl and en with the same placeholders', (_id, rule) => {
    const messages = Object.entries(rule.messages as Record<string, { nl: string; en: string }>);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect(text.nl.trim(), messageId).not.toBe('');
      expect(text.en.trim(), messageId).not.toBe('');
      expect(placeholders(text.nl), messageId).toEqual(placeholders(text.en));
      for (const spec of specs(text.nl)) expect(SPECS.has(spec), `${messageId}: {…:${spec}}`).toBe(true);
    }
  });

  it.each(ruleFiles)('%s has its own test file', (id) => {
    expect(existsSync(join(ROOT, 'tests/rules', `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
  });
});
