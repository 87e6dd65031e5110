/** formatEuros groups whole amounts itself (no ICU start-up); it must read exactly as Intl.NumberFormat would. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../src/i18n/ui.js';

const intl = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: true }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true }),
};

describe('formatEuros', () => {
  it('reads 1.250.000 in Dutch and 1,250,000 in English', () => {
    expect([formatEuros(1_250_000, 'nl'), formatEuros(1_250_000, 'en'), formatEuros(-1234n, 'nl'), formatEuros(999, 'en')]).toEqual(['1.250.000', '1,250,000', '-1.234', '999']);
  });

  it.each(['nl', 'en'] as const)('%s: equals Intl.NumberFormat for every whole amount, bigints and fractions', (lang) => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.maxSafeInteger(), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.double({ noNaN: true, min: -1e9, max: 1e9 })), (amount) => {
      expect(formatEuros(amount, lang)).toBe(intl[lang].format(amount));
    }), { numRuns: 3000 });
    expect(formatEuros(-0, lang)).toBe(intl[lang].format(-0));
  });
});
