/** The render step of language-neutral args (src/report/neutral.ts): values and codes → words, in nl and en. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExpectation, describeValue, neutralValue, ownExpectation } from '../../src/report/neutral.js';
import { renderMessage } from '../../src/rules/define.js';
import { schema } from '../../src/rules/schema.js';
import { ROOT } from '../helpers/cli.js';

describe('a found value', () => {
  it.each([
    ['a text, quoted', 'veel', '"veel"'],
    ['a text cut at 60 characters', 'x'.repeat(61), JSON.stringify('x'.repeat(60) + '…')],
    ['a number as written', 12.5, '12.5'],
    ['infinity', Infinity, 'Infinity'],
    ['a boolean', true, 'true'],
    ['null', null, 'null'],
    ['nothing at all', undefined, 'null'],
    ['a list', [1, 2, 3], 'list'],
    ['a mapping', { a: 1 }, 'mapping'],
  ])('%s is described without words', (_name, value, token) => {
    expect(neutralValue(value)).toBe(token);
  });

  it.each([
    ['null', 'niets (leeg)', 'nothing (empty)'],
    ['list', 'een lijst', 'a list'],
    ['mapping', 'een map', 'a mapping'],
    ['"list"', '"list"', '"list"'],
    ['"1.000,50"', '"1.000,50"', '"1.000,50"'],
    ['12.5', '12.5', '12.5'],
    ['true', 'true', 'true'],
  ])('%s reads as %s and %s', (token, nl, en) => {
    expect(describeValue(token, 'nl')).toBe(nl);
    expect(describeValue(token, 'en')).toBe(en);
  });
});

describe('a schema expectation', () => {
  it.each([
    ['type:integer', 'een geheel getal', 'a whole number'],
    ['type:number', 'een getal', 'a number'],
    ['type:string', 'een tekst', 'a text'],
    ['type:boolean', 'true of false', 'true or false'],
    ['type:object', 'een map (sleutel: waarde)', 'a mapping (key: value)'],
    ['type:array', 'een lijst', 'a list'],
    ['type:null', 'niets (null)', 'nothing (null)'],
    ['const:"aanvraag"', '"aanvraag"', '"aanvraag"'],
    ['minimum:0', 'minstens 0', 'at least 0'],
    ['maximum:100', 'hooguit 100', 'at most 100'],
    ['minLength:1', 'een niet-lege tekst', 'a non-empty text'],
    ['pattern:^[0-9]{4}$', 'must match pattern "^[0-9]{4}$"', 'must match pattern "^[0-9]{4}$"'],
    ['format:email', 'must match format "email"', 'must match format "email"'],
    ['x-verwacht:defs.schema.json#/$defs/bedrag', "een bedrag in hele euro's", 'an amount in whole euros'],
    ['x-verwacht:defs.schema.json#/$defs/agb', 'een AGB-code van 8 cijfers', 'an AGB code of 8 digits'],
  ])('%s reads as %s and %s', (code, nl, en) => {
    expect(describeExpectation(code, 'nl')).toBe(nl);
    expect(describeExpectation(code, 'en')).toBe(en);
  });

  it('a code it does not know is shown as it is', () => {
    expect(describeExpectation('x-verwacht:defs.schema.json#/$defs/bestaat-niet', 'nl')).toBe('x-verwacht:defs.schema.json#/$defs/bestaat-niet');
    expect(describeExpectation('type:uuid', 'en')).toBe('uuid');
    expect(describeExpectation('zonder-dubbele-punt', 'en')).toBe('zonder-dubbele-punt');
  });

  it('finds every x-verwacht of every schema at its location, and they all sit in defs.schema.json, where an Ajv schema path names its file', () => {
    const seen: string[] = [];
    for (const file of readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'))) {
      const walk = (node: unknown, pointer: string): void => {
        if (node === null || typeof node !== 'object') return;
        const own = (node as Record<string, unknown>)['x-verwacht'];
        if (own) {
          seen.push(`${file}#${pointer}`);
          expect(ownExpectation(`${file}#${pointer}`), `${file}#${pointer}`).toEqual(own);
        }
        for (const [key, child] of Object.entries(node)) if (key !== 'x-verwacht') walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      };
      walk(JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')), '');
    }
    expect(seen.length).toBeGreaterThan(10);
    for (const location of seen) expect(location).toMatch(/^defs\.schema\.json#\/\$defs\/[^/]+$/);
  });
});

describe('renderMessage', () => {
  it('puts neutral args into words through {found:value} and {expected:expectation}', () => {
    const args = { path: 'mijlpalen', expected: 'type:array', found: 'null' };
    expect(renderMessage(schema.messages.expected.nl, args, 'nl')).toBe('mijlpalen: verwacht een lijst, gevonden niets (leeg)');
    expect(renderMessage(schema.messages.expected.en, args, 'en')).toBe('mijlpalen: expected a list, found nothing (empty)');
    const list = { path: 'titel', expected: 'x-verwacht:defs.schema.json#/$defs/tekst', found: 'list' };
    expect(renderMessage(schema.messages.expected.nl, list, 'nl')).toBe('titel: verwacht een niet-lege tekst, gevonden een lijst');
    expect(renderMessage(schema.messages.expected.en, list, 'en')).toBe('titel: expected a non-empty text, found a list');
  });

  it('leaves an arg without a spec as it is: a string from the input that spells a token is not put into words', () => {
    expect(renderMessage('{found} / {found:value}', { found: 'list' }, 'en')).toBe('list / a list');
  });
});
