/**
 * Ajv errors → findings a person can act on:
 * `begroting[3].bedrag: verwacht een bedrag in hele euro's, gevonden "1.000,50"`.
 */
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { RawFinding } from '../rules/define.js';
import type { Lang, Localized } from '../report/types.js';
import { childPointer, readablePath } from '../parse/pointer.js';
import { intendedField } from './field-names.js';

type SchemaMessageId =
  | 'required'
  | 'unknownKey'
  | 'unknownKeySuggestion'
  | 'expected'
  | 'enum'
  | 'enumSuggestion'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'duplicateItem'
  | 'tooLong'
  | 'other';

const TYPE_NAMES: Record<string, Localized> = {
  integer: { nl: 'een geheel getal', en: 'a whole number' },
  number: { nl: 'een getal', en: 'a number' },
  string: { nl: 'een tekst', en: 'a text' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een map (sleutel: waarde)', en: 'a mapping (key: value)' },
  array: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'niets (null)', en: 'nothing (null)' },
};

const MAX_SHOWN = 60;

/** Shows a value from the input briefly; strings are quoted so "1.000,50" reads as text. */
export function showValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'nl' ? 'niets (leeg)' : 'nothing (empty)';
  if (Array.isArray(value)) return lang === 'nl' ? 'een lijst' : 'a list';
  if (typeof value === 'object') return lang === 'nl' ? 'een map' : 'a mapping';
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) + '…' : value;
    return JSON.stringify(cut);
  }
  return String(value);
}

/** A close match among the allowed names, if one is close enough to be a typo. */
export function suggest(found: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0 || found.length === 0) return undefined;
  const best = closest(found, [...allowed]);
  const limit = Math.max(2, Math.floor(Math.max(found.length, best.length) / 3));
  return distance(found, best) <= limit ? best : undefined;
}

function expectation(error: ErrorObject, lang: Lang): string {
  const own = (error.parentSchema as Record<string, unknown> | undefined)?.['x-verwacht'] as Localized | undefined;
  if (own) return own[lang];
  switch (error.keyword) {
    case 'type': {
      const type = String((error.params as { type: string }).type).split(',')[0]!;
      return TYPE_NAMES[type]?.[lang] ?? type;
    }
    case 'const':
      return JSON.stringify((error.params as { allowedValue: unknown }).allowedValue);
    case 'minimum':
      return (lang === 'nl' ? 'minstens ' : 'at least ') + String((error.params as { limit: number }).limit);
    case 'maximum':
      return (lang === 'nl' ? 'hooguit ' : 'at most ') + String((error.params as { limit: number }).limit);
    case 'minLength':
      return lang === 'nl' ? 'een niet-lege tekst' : 'a non-empty text';
    default:
      return error.message ?? error.keyword;
  }
}

/** A schema finding; `rename` is set when the field-name table says which field was meant (fixable). */
export type SchemaFinding = RawFinding<SchemaMessageId> & { rename?: string };

export function humanizeSchemaErrors(errors: readonly ErrorObject[], lang: Lang): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const finding = humanize(error, lang);
    const key = `${finding.pointer}\u0000${finding.messageId}\u0000${JSON.stringify(finding.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

function humanize(error: ErrorObject, lang: Lang): SchemaFinding {
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
      const found = showValue(error.data, lang);
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
      return { pointer, messageId: 'expected', args: { path, expected: expectation(error, lang), found: showValue(error.data, lang) } };
    default:
      return { pointer, messageId: 'other', args: { path, detail: error.message ?? error.keyword } };
  }
}

function showKey(key: string): string {
  return key.length > MAX_SHOWN ? key.slice(0, MAX_SHOWN) + '…' : key;
}
