/** `modelplan rules` flags → options: pure. */
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { t } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';

export type RulesFormat = 'table' | 'json';

const unknownFormat: Localized = { nl: 'onbekend formaat "{value}"; kies table of json', en: 'unknown format "{value}"; choose table or json' };

export function rulesFormat(flags: { format?: string }, lang: Lang): RulesFormat {
  const format = flags.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(t(unknownFormat, lang, { value: escapeControl(format) }));
  return format;
}
