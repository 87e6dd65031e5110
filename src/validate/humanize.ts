/**
 * Ajv errors → findings a person can act on:
 * `begroting[3].bedrag: verwacht een bedrag in hele euro's, gevonden "1.000,50"`.
 * The findings speak no language: their args are values and codes (src/report/neutral.ts), put
 * into words when the message is rendered.
 */
import type { ErrorObject } from 'ajv';
import type { RawFinding } from '../rules/define.js';
import type { MessageIdOf } from '../rules/ids.js';
import { cutShort, neutralValue, type ExpectationCode } from '../report/neutral.js';
import { childPointer, readablePath } from '../parse/pointer.js';
import { intendedField } from './field-names.js';
import { suggest } from './suggest.js';

/**
 * What the schema expects, as a code (src/report/neutral.ts turns it into words): the schema
 * node's own x-verwacht when it has one, named by its location, else the failing keyword.
 */
function expectation(error: ErrorObject): ExpectationCode {
  const own = (error.parentSchema as Record<string, unknown> | undefined)?.['x-verwacht'];
  // The keyword's schema path less the keyword itself is the location of the node that holds it.
  if (own) return `x-verwacht:${error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'))}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `type:${String(params.type).split(',')[0]!}`;
    case 'const':
      return `const:${JSON.stringify(params.allowedValue)}`;
    case 'minimum':
    case 'maximum':
    case 'minLength':
      return `${error.keyword}:${Number(params.limit)}`;
    case 'pattern':
      return `pattern:${String(params.pattern)}`;
    default:
      return `format:${String(params.format)}`;
  }
}

/** A schema finding; `rename` is set when the field-name table says which field was meant (fixable). */
export type SchemaFinding = RawFinding<MessageIdOf<'schema'>> & { rename?: string };

export function humanizeSchemaErrors(errors: readonly ErrorObject[]): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const finding = humanize(error);
    const key = `${finding.pointer}\u0000${finding.messageId}\u0000${JSON.stringify(finding.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

function humanize(error: ErrorObject): SchemaFinding {
  const pointer = error.instancePath;
  const path = readablePath(pointer);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { pointer, messageId: 'required', args: { path: readablePath(childPointer(pointer, missing)) } };
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      // The table of other spellings first (English, Dutch near-misses), then a typo.
      const intended = intendedField(key, known);
      const suggestion = intended ?? suggest(key, known);
      const child = childPointer(pointer, key);
      const present = error.data !== null && typeof error.data === 'object' && Object.prototype.hasOwnProperty.call(error.data, suggestion ?? '');
      return suggestion
        ? { pointer: child, atKey: true, messageId: 'unknownKeySuggestion', args: { path, key: showKey(key), suggestion }, ...(intended && !present ? { rename: intended } : {}) }
        : { pointer: child, atKey: true, messageId: 'unknownKey', args: { path, key: showKey(key) } };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const found = neutralValue(error.data);
      const suggestion = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
      const args = { path, allowed: allowed.join(', '), found };
      return suggestion
        ? { pointer, messageId: 'enumSuggestion', args: { ...args, suggestion } }
        : { pointer, messageId: 'enum', args };
    }
    case 'minItems':
      return { pointer, messageId: 'tooFewItems', args: { path, limit: (error.params as { limit: number }).limit, count: (error.data as unknown[]).length } };
    case 'maxItems':
      return { pointer, messageId: 'tooManyItems', args: { path, limit: (error.params as { limit: number }).limit, count: (error.data as unknown[]).length } };
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return { pointer, messageId: 'duplicateItem', args: { path, i: Math.min(i, j), j: Math.max(i, j) } };
    }
    case 'maxLength':
      return { pointer, messageId: 'tooLong', args: { path, limit: (error.params as { limit: number }).limit } };
    case 'type':
    case 'pattern':
    case 'format':
    case 'const':
    case 'minimum':
    case 'maximum':
    case 'minLength':
      return { pointer, messageId: 'expected', args: { path, expected: expectation(error), found: neutralValue(error.data) } };
    default:
      return { pointer, messageId: 'other', args: { path, detail: error.message ?? error.keyword } };
  }
}

function showKey(key: string): string {
  return cutShort(key);
}
