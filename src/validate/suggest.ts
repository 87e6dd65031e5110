/** Did-you-mean for a misspelt name: the closest allowed name, when it is close enough to be a typo. */
import { closest, distance } from 'fastest-levenshtein';

/** A close match among the allowed names, if one is close enough to be a typo. */
export function suggest(found: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0 || found.length === 0) return undefined;
  const best = closest(found, [...allowed]);
  const limit = Math.max(2, Math.floor(Math.max(found.length, best.length) / 3));
  return distance(found, best) <= limit ? best : undefined;
}
