/**
 * Language-neutral descriptions in a finding's args, and the words they become. The parse and
 * validate stages describe what they found and what the schema expects as values and codes, never
 * as Dutch or English text; a message template asks for the words with a format spec
 * (`{found:value}`, `{expected:expectation}`) and renderMessage supplies them in the report's
 * language. So a report's args are the same whatever its language; only `message` differs.
 */
import type { Lang, Localized } from './types.js';
import { decodePointer } from '../parse/pointer.js';
import { schemaText } from '../validate/schema-files.js';

/**
 * A value from the input, as an arg (`found`): a string quoted as JSON (cut short), a number or
 * boolean as written, and a token for what has no short form: `null`, `list`, `mapping`. The
 * tokens cannot be mistaken for input: every string from the input is quoted.
 */
export type ValueToken = 'null' | 'list' | 'mapping';

const VALUE_WORDS: Record<ValueToken, Localized> = {
  null: { nl: 'niets (leeg)', en: 'nothing (empty)' },
  list: { nl: 'een lijst', en: 'a list' },
  mapping: { nl: 'een map', en: 'a mapping' },
};

const MAX_SHOWN = 60;

/** A value from the input, briefly; strings are quoted so "1.000,50" reads as text. */
export function neutralValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string') return JSON.stringify(cutShort(value));
  return String(value);
}

/** A string from the input cut to the length a message shows. */
export function cutShort(text: string): string {
  return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) + '…' : text;
}

/** A `found` arg in words: the tokens in the language, anything else (quoted text, numbers) as it is. */
export function describeValue(token: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(VALUE_WORDS, token) ? VALUE_WORDS[token as ValueToken][lang] : token;
}

/**
 * What the schema expects, as an arg (`expected`): `keyword:parameter`, the schema keyword that
 * failed with what it asked for. `x-verwacht:<schema location>` names the schema node whose own
 * readable expectation (x-verwacht, in both languages) applies, e.g.
 * `x-verwacht:defs.schema.json#/$defs/bedrag`.
 */
export type ExpectationCode =
  | `x-verwacht:${string}`
  | `type:${string}`
  | `const:${string}`
  | `minimum:${number}`
  | `maximum:${number}`
  | `minLength:${number}`
  | `pattern:${string}`
  | `format:${string}`;

const TYPE_WORDS: Record<string, Localized> = {
  integer: { nl: 'een geheel getal', en: 'a whole number' },
  number: { nl: 'een getal', en: 'a number' },
  string: { nl: 'een tekst', en: 'a text' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een map (sleutel: waarde)', en: 'a mapping (key: value)' },
  array: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'niets (null)', en: 'nothing (null)' },
};

/** An `expected` arg in words. A code this table does not know is shown as it is. */
export function describeExpectation(code: string, lang: Lang): string {
  const colon = code.indexOf(':');
  if (colon === -1) return code;
  const keyword = code.slice(0, colon);
  const parameter = code.slice(colon + 1);
  switch (keyword) {
    case 'x-verwacht':
      return ownExpectation(parameter)?.[lang] ?? code;
    case 'type':
      return TYPE_WORDS[parameter]?.[lang] ?? parameter;
    case 'const':
      return parameter;
    case 'minimum':
      return (lang === 'nl' ? 'minstens ' : 'at least ') + parameter;
    case 'maximum':
      return (lang === 'nl' ? 'hooguit ' : 'at most ') + parameter;
    case 'minLength':
      return lang === 'nl' ? 'een niet-lege tekst' : 'a non-empty text';
    // Ajv's own words for these, in either language, as before there were codes.
    case 'pattern':
      return `must match pattern "${parameter}"`;
    case 'format':
      return `must match format "${parameter}"`;
    default:
      return code;
  }
}

const schemaCache = new Map<string, unknown>();

/** The x-verwacht texts of the schema node at `location` (`defs.schema.json#/$defs/bedrag`). */
export function ownExpectation(location: string): Localized | undefined {
  const match = /^([a-z-]+)\.schema\.json#(\/.*)?$/.exec(location);
  if (!match) return undefined;
  const name = match[1]!;
  let node: unknown;
  try {
    if (!schemaCache.has(name)) schemaCache.set(name, JSON.parse(schemaText(name)));
    node = schemaCache.get(name);
  } catch {
    return undefined;
  }
  for (const segment of decodePointer(match[2] ?? '')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  const own = (node as Record<string, unknown> | undefined)?.['x-verwacht'] as Localized | undefined;
  return own && typeof own.nl === 'string' && typeof own.en === 'string' ? own : undefined;
}
