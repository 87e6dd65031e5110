/**
 * Money as people write it (`150.000`, `€ 1.250.000`, `1250000,-`, `1 250 000`, `1,25 mln`) → whole
 * euros, exactly (BigInt, no floating point). Dutch conventions win where both readings exist:
 * `150.000` is a hundred and fifty thousand, never 150. A reading that is not unique (`1,250`:
 * Dutch 1,25 or English 1250) is `ambiguous`; amounts with cents are not whole euros (undefined).
 */

export type AmountReading = { kind: 'whole'; euros: bigint } | { kind: 'ambiguous'; euros: bigint };

const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:mld|mrd|miljard)$/i, 9],
  [/^(?:mln|mio|miljoen|m)$/i, 6],
  [/^(?:k|dzd|duizend)$/i, 3],
];

/** Spaces people group digits with: ordinary, no-break, narrow no-break and thin spaces. */
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/g;

export function readAmount(typed: string): AmountReading | undefined {
  let s = typed.trim();
  // Currency before or after: €, EUR, euro.
  s = s.replace(/^(?:€|eur(?:o)?\b)\s*/i, '').replace(/\s*(?:€|eur(?:o)?)$/i, '').trim();
  // `,-` and `.-` (and `,--`) say: whole euros.
  s = s.replace(/[.,]-{1,2}$/, '');
  let exponent = 0;
  const suffix = /^(.*?\d)\s*([a-z]+)\.?$/i.exec(s);
  if (suffix) {
    const multiplier = MULTIPLIERS.find(([pattern]) => pattern.test(suffix[2]!));
    if (!multiplier) return undefined;
    exponent = multiplier[1];
    s = suffix[1]!;
  }
  const sci = /^(\d+(?:\.\d+)?)[eE]\+?(\d{1,2})$/.exec(s);
  if (sci) {
    exponent += Number(sci[2]);
    s = sci[1]!;
  }
  let whole: string;
  let fraction = '';
  let ambiguous = false;
  const spaced = s.replace(GROUP_SPACE, ' ');
  if (/^\d{1,3}(?:[ _']\d{3})+$/.test(spaced)) whole = spaced.replace(/[ _']/g, '');
  else if (/^\d+$/.test(s)) whole = s;
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) {
    // Dutch: dots group thousands, a comma starts the decimals.
    const [int, dec = ''] = s.split(',');
    whole = int!.replace(/\./g, '');
    fraction = dec;
  } else if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(s) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) {
    // English: commas group thousands (two groups, or a decimal point after them, make it certain).
    const [int, dec = ''] = s.split('.');
    whole = int!.replace(/,/g, '');
    fraction = dec;
  } else if (/^\d{1,3},\d{3}$/.test(s) && exponent === 0) {
    whole = s.replace(',', '');
    ambiguous = true;
  } else if (/^\d+[.,]\d+$/.test(s)) {
    const [int, dec] = s.split(/[.,]/);
    whole = int!;
    fraction = dec!;
    // Four or more decimals in an amount (15.0000): decimals, or thousands typed wrong? Not clear.
    if (fraction.length >= 4) ambiguous = true;
  } else return undefined;
  // whole.fraction × 10^exponent must be a whole number of euros.
  const digits = whole + fraction;
  const shift = exponent - fraction.length;
  let euros: bigint;
  if (shift >= 0) euros = BigInt(digits) * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    const value = BigInt(digits);
    if (value % divisor !== 0n) return undefined;
    euros = value / divisor;
  }
  return { kind: ambiguous ? 'ambiguous' : 'whole', euros };
}

/** The only way to write an amount that needs no reading: digits, no leading zero. */
export const CANONICAL_AMOUNT = /^(?:0|[1-9][0-9]*)$/;
