/** Exact integer arithmetic: largest remainder on hand cases, percentages, fractions. */
import { describe, expect, it } from 'vitest';
import { largestRemainder, percentTenths, reducedFraction, subscription } from '../../src/budget/money.js';

describe('largestRemainder', () => {
  it('gives the leftover euros to the largest remainders', () => {
    // 300 and 240 scaled by 500/540: 277.77… and 222.22…; floors add up to 499, the larger remainder gets 1.
    expect(largestRemainder([{ key: 'a', amount: 300n }, { key: 'b', amount: 240n }], 500n)).toEqual([278n, 222n]);
  });

  it('breaks ties by key (file path), whatever the input order', () => {
    const shares = [
      { key: 'c.yaml', amount: 1n },
      { key: 'a.yaml', amount: 1n },
      { key: 'b.yaml', amount: 1n },
    ];
    expect(largestRemainder(shares, 2n)).toEqual([0n, 1n, 1n]);
    expect(largestRemainder(shares, 1n)).toEqual([0n, 1n, 0n]);
  });

  it('never gives a euro to a zero amount', () => {
    const shares = [
      { key: 'a', amount: 0n },
      { key: 'b', amount: 5n },
      { key: 'c', amount: 0n },
      { key: 'd', amount: 5n },
    ];
    expect(largestRemainder(shares, 7n)).toEqual([0n, 4n, 0n, 3n]);
  });

  it('scales a single application exactly to the target', () => {
    expect(largestRemainder([{ key: 'x', amount: 1_000_000n }], 999_999n)).toEqual([999_999n]);
  });

  it('keeps exact results without rounding', () => {
    expect(largestRemainder([{ key: 'a', amount: 900_000n }, { key: 'b', amount: 1_800_000n }], 1_800_000n)).toEqual([600_000n, 1_200_000n]);
  });

  it('handles a target of 0 and shares that add up to 0', () => {
    expect(largestRemainder([{ key: 'a', amount: 7n }], 0n)).toEqual([0n]);
    expect(largestRemainder([{ key: 'a', amount: 0n }], 0n)).toEqual([0n]);
    expect(largestRemainder([], 0n)).toEqual([]);
    expect(() => largestRemainder([{ key: 'a', amount: 0n }], 1n)).toThrow(RangeError);
  });

  it('stays exact beyond 2^53', () => {
    const big = 10n ** 12n;
    const result = largestRemainder([{ key: 'a', amount: big }, { key: 'b', amount: big }, { key: 'c', amount: big }], 2n * big + 1n);
    expect(result).toEqual([666_666_666_667n, 666_666_666_667n, 666_666_666_667n]);
    expect(result.reduce((s, x) => s + x, 0n)).toBe(2n * big + 1n);
  });
});

describe('percentTenths', () => {
  it('rounds half up to one decimal from the integers', () => {
    expect(percentTenths(832n, 1000n)).toBe(832n);
    expect(percentTenths(1n, 3n)).toBe(333n); // 33.33…
    expect(percentTenths(2n, 3n)).toBe(667n); // 66.66…
    expect(percentTenths(1n, 2000n)).toBe(1n); // 0.05 → 0.1
    expect(percentTenths(1n, 2001n)).toBe(0n);
    expect(percentTenths(3n, 2n)).toBe(1500n);
    expect(percentTenths(0n, 5n)).toBe(0n);
  });

  it('is null against a reference of 0', () => {
    expect(percentTenths(5n, 0n)).toBeNull();
  });
});

describe('reducedFraction and subscription', () => {
  it('reduces by the greatest common divisor', () => {
    expect(reducedFraction(5_000_000n, 5_400_000n)).toEqual({ numerator: 25n, denominator: 27n });
    expect(reducedFraction(0n, 7n)).toEqual({ numerator: 0n, denominator: 1n });
  });

  it('compares requested with the reference', () => {
    expect([subscription(2n, 1n), subscription(1n, 1n), subscription(0n, 1n)]).toEqual(['over', 'exact', 'under']);
  });
});
