import type { Aanvraag, Lid } from '../domain/types.js';

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

/** The member of the applicant with this AGB code, KvK number or gemeentecode, with its index. */
export function memberById(aanvraag: Aanvraag, id: string): { lid: Lid; index: number } | undefined {
  const index = aanvraag.aanvrager.leden.findIndex((l) => l.agb === id || l.kvk === id || l.gemeentecode === id);
  return index < 0 ? undefined : { lid: aanvraag.aanvrager.leden[index]!, index };
}
