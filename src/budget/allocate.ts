/**
 * The allocation scenarios (`--toewijzing`), as pure functions of the budget totals. Every amount is
 * whole euros, exact: a scenario never gives an application more than it asked, and within a theme
 * the amounts add up exactly to the money the scenario makes available for it.
 *
 * - `pro-rata`: each over-subscribed theme is scaled back to its richtbedrag, per application by the
 *   factor richtbedrag / requested (largest remainder, ties by path).
 * - `rangorde`: per over-subscribed theme, applications in score order (highest first, ties by path)
 *   get their full request until the richtbedrag; the one that crosses it gets what is left; the
 *   rest nothing. An application without a score comes last.
 * - `verschuiven`: richtbedragen are guide amounts (AZWA financial annex §8b; only the Zvw cap is
 *   hard, nota §5e): what the under-subscribed Zvw themes leave is shared over the over-subscribed
 *   Zvw themes pro rata to their shortfall, within the Zvw cap; then each theme as `pro-rata`.
 *   Themes on another route (the social domain) are treated as `pro-rata`.
 *
 * Themes the budgetkader does not hold keep their requests (there is no amount to scale to).
 */
import { compareText } from '../domain/compare.js';
import { largestRemainder, sum } from './money.js';
import type { CountedApplication, Euros, PlafondTotal, Scenario, ScenarioMethod, ThemeTotal } from './types.js';

export const ZVW_ROUTE = 'zvw';

/** The amounts of one scenario; `perAanvraag` follows the order of `aanvragen`. */
export function allocateScenario(
  method: ScenarioMethod,
  aanvragen: readonly CountedApplication[],
  themas: readonly ThemeTotal[],
  plafonds: readonly PlafondTotal[],
): Scenario {
  const available = themeBudgets(method, themas, plafonds);
  const perAanvraag: Euros[] = aanvragen.map((a) => a.requested);
  const themeRows = themas.map((thema) => {
    const budget = available.get(thema.id) ?? null;
    const indices = aanvragen.flatMap((a, i) => (a.thema === thema.id ? [i] : []));
    if (budget !== null && budget < thema.requested) {
      const members = indices.map((i) => aanvragen[i]!);
      const amounts = method === 'rangorde' ? inScoreOrder(members, budget) : largestRemainder(members.map((a) => ({ key: a.file, amount: a.requested })), budget);
      indices.forEach((index, k) => (perAanvraag[index] = amounts[k]!));
    }
    const allocated = sum(indices.map((i) => perAanvraag[i]!));
    return { id: thema.id, available: budget, requested: thema.requested, allocated };
  });
  const routeOf = new Map(themas.map((t) => [t.id, t.financieringsroute]));
  const zvwCap = plafonds.find((p) => p.financieringsroute === ZVW_ROUTE);
  const zvwAllocated = sum(aanvragen.flatMap((a, i) => (routeOf.get(a.thema) === ZVW_ROUTE ? [perAanvraag[i]!] : [])));
  return {
    method,
    themas: themeRows,
    zvw: zvwCap ? { plafond: zvwCap.bedrag, allocated: zvwAllocated } : null,
    requested: sum(aanvragen.map((a) => a.requested)),
    allocated: sum(perAanvraag),
    perAanvraag,
  };
}

/** The money each theme with a richtbedrag gets in this scenario (never more than it asked). */
function themeBudgets(method: ScenarioMethod, themas: readonly ThemeTotal[], plafonds: readonly PlafondTotal[]): Map<string, Euros> {
  const budgets = new Map<string, Euros>();
  for (const thema of themas) {
    if (thema.richtbedrag === null) continue;
    budgets.set(thema.id, thema.requested < thema.richtbedrag ? thema.requested : thema.richtbedrag);
  }
  if (method !== 'verschuiven') return budgets;

  const zvw = themas.filter((t) => t.financieringsroute === ZVW_ROUTE && t.richtbedrag !== null);
  const under = zvw.filter((t) => t.requested <= t.richtbedrag!);
  const over = zvw.filter((t) => t.requested > t.richtbedrag!);
  if (over.length === 0) return budgets;
  const slack = sum(under.map((t) => t.richtbedrag! - t.requested));
  // Within the cap: everything else on the Zvw route (other themes' requests too) comes first.
  const cap = plafonds.find((p) => p.financieringsroute === ZVW_ROUTE)?.bedrag ?? null;
  const fixed = sum(themas.filter((t) => t.financieringsroute === ZVW_ROUTE && !over.includes(t)).map((t) => budgets.get(t.id) ?? t.requested)) + sum(over.map((t) => t.richtbedrag!));
  const headroom = cap === null ? slack : cap - fixed;
  const shortfall = over.map((t) => t.requested - t.richtbedrag!);
  let pool = slack < headroom ? slack : headroom;
  if (pool < 0n) pool = 0n;
  const totalShortfall = sum(shortfall);
  if (pool > totalShortfall) pool = totalShortfall;
  const extra = largestRemainder(
    over.map((t, i) => ({ key: t.id, amount: shortfall[i]! })),
    pool,
  );
  over.forEach((t, i) => budgets.set(t.id, t.richtbedrag! + extra[i]!));
  return budgets;
}

/** Highest score first (no score last), ties by path: full requests until `budget`, the crossing one scaled. */
function inScoreOrder(members: readonly CountedApplication[], budget: Euros): Euros[] {
  const order = members.map((a, index) => ({ a, index })).sort((x, y) => (y.a.score ?? -1) - (x.a.score ?? -1) || compareText(x.a.file, y.a.file));
  const amounts = members.map(() => 0n);
  let left = budget;
  for (const { a, index } of order) {
    const amount = a.requested < left ? a.requested : left;
    amounts[index] = amount;
    left -= amount;
  }
  return amounts;
}
