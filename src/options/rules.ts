/** `modelplan rules` flags → options: pure. */
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import type { Localized } from '../report/types.js';

export type RulesFormat = 'table' | 'json';

const unknownFormat: Localized = { nl: 'onbekend formaat "{value}"; kies table of json', en: 'unknown format "{value}"; choose table or json' };

export function rulesFormat(flags: { format?: string }): RulesFormat {
  const format = flags.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(unknownFormat, { value: escapeControl(format) });
  return format;
}
