import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/rules/define.js';
import { schema } from '../../src/rules/schema.js';
import { humanizeSchemaErrors } from '../../src/validate/humanize.js';
import { validateDocument } from '../../src/validate/schemas.js';
import { ROOT } from '../helpers/cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const SCHEMAS = join(ROOT, 'schemas');

type SchemaNode = Record<string, unknown>;

/** Every property schema below `node`, with its path, for the tooltip check. */
function properties(node: unknown, path: string, out: [string, SchemaNode][] = []): [string, SchemaNode][] {
  if (node === null || typeof node !== 'object') return out;
  const schema = node as SchemaNode;
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, SchemaNode>)) {
    out.push([`${path}.${key}`, child]);
    properties(child, `${path}.${key}`, out);
  }
  if (schema.items) properties(schema.items, `${path}[]`, out);
  for (const [key, def] of Object.entries((schema.$defs ?? {}) as Record<string, SchemaNode>)) properties(def, `${path}#${key}`, out);
  return out;
}

describe('schemas', () => {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).sort();

  it('all compile together in Ajv strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-verwacht', schemaType: 'object' });
    ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
    for (const file of files) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')), file);
    for (const file of files) expect(ajv.getSchema(file), file).toBeTypeOf('function');
  });

  it.each(files)('%s gives every property a Dutch title or description (editor tooltips)', (file) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as SchemaNode;
    const missing = properties(schema, file)
      .filter(([, s]) => typeof s.title !== 'string' && typeof s.description !== 'string' && typeof s.$ref !== 'string')
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it.each(files)('%s forbids unknown keys on every object with properties', (file) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as SchemaNode;
    const open = [['(root)', schema] as [string, SchemaNode], ...properties(schema, file)]
      .filter(([, s]) => s.properties !== undefined && s.additionalProperties !== false)
      .map(([p]) => p);
    expect(open).toEqual([]);
  });
});

describe('identifiers (one shared place in defs.schema.json)', () => {
  const lid = (extra: Record<string, unknown>) => ({ naam: 'X', soort: 'zorgaanbieder', ...extra });
  const cases: [string, Record<string, unknown>, string][] = [
    ['agb', lid({ agb: '1234567' }), "aanvrager.leden[0].agb: verwacht een AGB-code van 8 cijfers, gevonden \"1234567\""],
    ['kvk', lid({ kvk: '123456789012' }), 'aanvrager.leden[0].kvk: verwacht een KvK-nummer van 8 cijfers, gevonden "123456789012"'],
    ['uzovi', lid({ uzovi: '33' }), 'aanvrager.leden[0].uzovi: verwacht een UZOVI-code van 4 cijfers, gevonden "33"'],
    ['gemeentecode', lid({ gemeentecode: 'GM363' }), 'aanvrager.leden[0].gemeentecode: verwacht een CBS-gemeentecode zoals GM0363, gevonden "GM363"'],
  ];
  it.each(cases)('%s has a readable expectation', (_name, member, expected) => {
    const errors = validateDocument('aanvraag', { soort: 'aanvraag', aanvrager: { vorm: 'coalitie', naam: 'C', leden: [member] } });
    const messages = humanizeSchemaErrors(errors).map((f) => renderMessage(schema.messages[f.messageId].nl, f.args ?? {}, 'nl'));
    expect(messages).toContain(expected);
  });

  it('zorgkantoorregio is ZK plus two digits', () => {
    const errors = validateDocument('aanvraag', { aanvrager: { zorgkantoorregio: 'ZK5' } });
    const found = humanizeSchemaErrors(errors).find((f) => f.pointer === '/aanvrager/zorgkantoorregio');
    // The expectation is a code in the args (the schema node whose x-verwacht applies), words only in the message.
    expect(found).toMatchObject({ messageId: 'expected', args: { expected: 'x-verwacht:defs.schema.json#/$defs/zorgkantoorregio', found: '"ZK5"' } });
    expect(renderMessage(schema.messages.expected.en, found!.args!, 'en')).toBe('aanvrager.zorgkantoorregio: expected a care office region such as ZK05, found "ZK5"');
  });

  it('a Dutch-formatted amount is reported as text, with the expectation in whole euros', () => {
    const errors = validateDocument('aanvraag', { begroting: [{ categorie: 'x', omschrijving: 'y', jaar: 2027, bedrag: '1.000,50' }] });
    const found = humanizeSchemaErrors(errors).find((f) => f.pointer === '/begroting/0/bedrag');
    expect(found).toEqual({
      pointer: '/begroting/0/bedrag',
      messageId: 'expected',
      args: { path: 'begroting[0].bedrag', expected: 'x-verwacht:defs.schema.json#/$defs/bedrag', found: '"1.000,50"' },
    });
    expect(renderMessage(schema.messages.expected.nl, found!.args!, 'nl')).toBe("begroting[0].bedrag: verwacht een bedrag in hele euro's, gevonden \"1.000,50\"");
  });

  it('a misspelt key is pointed at its key with a suggestion', () => {
    const errors = validateDocument('aanvraag', { soort: 'aanvraag', titl: 'x' });
    const found = humanizeSchemaErrors(errors).find((f) => f.messageId === 'unknownKeySuggestion');
    expect(found).toEqual({ pointer: '/titl', atKey: true, messageId: 'unknownKeySuggestion', args: { path: '(document)', key: 'titl', suggestion: 'titel' } });
  });
});
