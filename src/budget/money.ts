/** Exact integer arithmetic on whole euros (bigint): sums, shares, fractions, largest remainder. */
import { compareText } from '../domain/compare.js';
import type { Euros, Fraction, PercentTenths, Subscription } from './types.js';

export function sum(amounts: Iterable<Euros>): Euros {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

/** part / whole in tenths of a percent, rounded half up; null when whole is 0. Both must be ≥ 0. */
export function percentTenths(part: Euros, whole: Euros): PercentTenths {
  if (whole === 0n) return null;
  return (part * 2000n + whole) / (2n * whole);
}

export function subscription(requested: Euros, reference: Euros): Subscription {
  return requested > reference ? 'over' : requested === reference ? 'exact' : 'under';
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function reducedFraction(numerator: bigint, denominator: bigint): Fraction {
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

export interface Share {
  /** Tie-break: at equal remainders the smaller key (file path) gets the extra euro first. */
  key: string;
  amount: Euros;
}

/**
 * Scales the shares by target / (sum of shares) with the largest-remainder method: every share gets
 * the floor of its exact scaled amount, and the euros left over go one each to the shares with the
 * largest remainders. The results add up to exactly `target`. When target ≤ sum, no result exceeds
 * its share. Results come back in the order of `shares`.
 */
export function largestRemainder(shares: readonly Share[], target: Euros): Euros[] {
  const total = sum(shares.map((s) => s.amount));
  if (total === 0n) {
    if (target === 0n) return shares.map(() => 0n);
    throw new RangeError('largestRemainder: cannot scale shares that add up to 0 to a non-zero target');
  }
  const parts = shares.map((share, index) => {
    const scaled = share.amount * target;
    return { index, key: share.key, floor: scaled / total, remainder: scaled % total };
  });
  let left = target - sum(parts.map((p) => p.floor));
  const order = [...parts].sort((a, b) => (a.remainder === b.remainder ? compareText(a.key, b.key) || a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const result = parts.map((p) => p.floor);
  // left < number of shares with a non-zero remainder, so one pass always suffices.
  for (const part of order) {
    if (left === 0n) break;
    result[part.index]! += 1n;
    left -= 1n;
  }
  return result;
}

/** Splits `target` over keyed shares (largest remainder), adding up exactly; shares that add up to zero give zero. */
export function split<K extends string | number>(shares: { key: K; amount: number }[], target: number): Map<K, number> {
  const out = new Map<K, number>();
  if (shares.length === 0) return out;
  const total = shares.reduce((s, x) => s + x.amount, 0);
  const scaled = total === 0 ? shares.map(() => 0n) : largestRemainder(shares.map((x) => ({ key: String(x.key), amount: BigInt(x.amount) })), BigInt(target));
  shares.forEach((x, i) => out.set(x.key, Number(scaled[i]!)));
  return out;
}
