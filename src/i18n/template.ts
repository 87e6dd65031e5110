/**
 * The one template filler, for rule messages (renderMessage, src/rules/define.ts) and interface
 * texts (`t`, src/i18n/ui.ts) alike: `{name}` is replaced by args.name; an unknown name stays as
 * written. A number is shown in the language's notation (a share 65,8 / 65.8; whole numbers such as
 * years and counts as they are). `{name:euro}` shows a whole-euro amount with the language's digit
 * grouping (1.250.000 / 1,250,000); `{name:value}` and `{name:expectation}` put a language-neutral
 * description (a found value, a schema expectation; src/report/neutral.ts) into words;
 * `{normBron:assumed}` adds "(aanname)" / "(assumption)" after a norm whose bron is this tool's
 * assumption (the arg is 'aanname' or 'bron', language-neutral).
 */
import { AANNAME_LABEL } from '../domain/bron.js';
import { describeExpectation, describeValue } from '../report/neutral.js';
import type { Lang } from '../report/types.js';
import { formatDecimal, formatEuros } from './numbers.js';

export type TemplateArgs = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

function shown(value: string | number, spec: string | undefined, lang: Lang): string {
  if (spec === 'value') return describeValue(String(value), lang);
  if (spec === 'expectation') return describeExpectation(String(value), lang);
  if (spec === 'assumed') return value === 'aanname' ? ` ${AANNAME_LABEL[lang]}` : '';
  if (typeof value !== 'number') return String(value);
  if (spec === 'euro') return formatEuros(value, lang);
  return Number.isInteger(value) ? String(value) : formatDecimal(value, lang);
}

export function fillTemplate(template: string, args: TemplateArgs, lang: Lang): string {
  // One pass over the template: a value that itself contains `{…}` is never filled again.
  return template.replace(PLACEHOLDER, (whole, name: string, spec: string | undefined) =>
    Object.prototype.hasOwnProperty.call(args, name) ? shown(args[name]!, spec, lang) : whole,
  );
}
