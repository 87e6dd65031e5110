/** Small exact-arithmetic helpers shared by rules. */

/** A decimal number as an exact fraction numerator / 10^scale (fte values such as 12.5). */
export function asDecimalFraction(value: number): { numerator: bigint; scale: number } | undefined {
  const text = String(value);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  return { numerator: BigInt(match[1]! + decimals), scale: decimals.length };
}

/** Whether amount / fte > norm, decided exactly (no floating point on money). */
export function exceedsPerFte(amount: number, fte: number, norm: number): boolean {
  const fraction = asDecimalFraction(fte);
  if (!fraction) return amount / fte > norm;
  const ten = 10n ** BigInt(fraction.scale);
  return BigInt(amount) * ten > BigInt(norm) * fraction.numerator;
}

/** The year of an ISO date (YYYY-MM-DD). */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
