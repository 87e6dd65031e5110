/** Numbers and whole euros in the language's notation (used by the template filler and the formatters). */
import type { Lang } from '../report/types.js';

/**
 * A number with the language's decimal mark (65,8 in Dutch, 65.8 in English); `digits` fixes the
 * number of decimals, otherwise the number is shown as computed.
 */
export function formatDecimal(value: number, lang: Lang, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

const GROUP_SEPARATOR: Record<Lang, string> = { nl: '.', en: ',' };
const eurosFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * Whole euros with Dutch or English digit grouping, e.g. 1.250.000 or 1,250,000. Whole amounts (all
 * money here) are grouped directly, exactly as Intl.NumberFormat groups them (tests/i18n), because
 * starting ICU's number formatting costs a single-file run a sixth of its time; anything else goes
 * through one cached Intl.NumberFormat per language.
 */
export function formatEuros(amount: number | bigint, lang: Lang): string {
  if (typeof amount === 'bigint' || (Number.isSafeInteger(amount) && !Object.is(amount, -0))) {
    const digits = String(amount);
    const sign = digits.startsWith('-') ? '-' : '';
    return sign + digits.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang]);
  }
  let format = eurosFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0, useGrouping: true });
    eurosFormats.set(lang, format);
  }
  return format.format(amount);
}
