/**
 * Totals per theme and per cap over a list of counted applications: shared by the budget totals
 * (src/budget/aggregate.ts, over what was requested) and the assessed view (src/budget/assessed.ts,
 * over what both insurers approved). Pure; whole euros.
 */
import { themaBedrag } from '../domain/budgetkader.js';
import type { Frame } from '../domain/types.js';
import { compareText } from '../domain/compare.js';
import { percentTenths, reducedFraction, subscription, sum } from './money.js';
import type { CountedApplication, Euros, PlafondTotal, ThemeTotal } from './types.js';

/** A counted application with its amounts per year as bigints. */
export interface Counted extends CountedApplication {
  financieringsroute: string;
  perJaar: Map<number, Euros>;
  perOntvanger: { id: string; naam: string; sector: string; bedrag: Euros }[];
}

export function themeTotals(counted: readonly Counted[], frame: Frame): ThemeTotal[] {
  const known = frame.budgetkader.themas.map((thema) => {
    const members = counted.filter((a) => a.thema === thema.id);
    const bedrag = themaBedrag(thema);
    const total = themeTotal(members, { id: thema.id, naam: thema.naam, financieringsroute: thema.financieringsroute, richtbedrag: BigInt(bedrag.bedrag) });
    if (bedrag.gereserveerd) total.gereserveerd = true;
    return total;
  });
  const knownIds = new Set(frame.budgetkader.themas.map((t) => t.id));
  const unknownIds = [...new Set(counted.map((a) => a.thema).filter((id) => !knownIds.has(id)))].sort(compareText);
  const unknown = unknownIds.map((id) => {
    const members = counted.filter((a) => a.thema === id);
    return themeTotal(members, { id, naam: id, financieringsroute: members[0]!.financieringsroute, richtbedrag: null });
  });
  return [...known, ...unknown];
}

function themeTotal(
  members: readonly Counted[],
  thema: { id: string; naam: string; financieringsroute: string; richtbedrag: Euros | null },
): ThemeTotal {
  const requested = sum(members.map((a) => a.requested));
  const { richtbedrag } = thema;
  const total: ThemeTotal = {
    ...thema,
    inBudgetkader: richtbedrag !== null,
    count: members.length,
    additionalReview: members.filter((a) => a.decision === 'aanvullende-beoordeling').length,
    requested,
    difference: richtbedrag === null ? null : requested - richtbedrag,
    percentage: richtbedrag === null ? null : percentTenths(requested, richtbedrag),
    subscription: richtbedrag === null ? null : subscription(requested, richtbedrag),
  };
  if (richtbedrag !== null && requested > richtbedrag) {
    total.proRata = { factor: reducedFraction(richtbedrag, requested), percentage: percentTenths(richtbedrag, requested) };
  }
  return total;
}

export function yearAmount(application: Counted, include: (year: number) => boolean): Euros {
  return sum([...application.perJaar].filter(([year]) => include(year)).map(([, amount]) => amount));
}

export function plafondTotals(counted: readonly Counted[], frame: Frame): PlafondTotal[] {
  return frame.budgetkader.plafonds.map((plafond) => {
    const route = counted.filter((a) => a.financieringsroute === plafond.financieringsroute);
    const requested = sum(route.map((a) => yearAmount(a, (year) => year <= plafond.tot_en_met)));
    const bedrag = BigInt(plafond.bedrag);
    return {
      id: plafond.id,
      naam: plafond.naam,
      financieringsroute: plafond.financieringsroute,
      bedrag,
      totEnMet: plafond.tot_en_met,
      requested,
      requestedLater: sum(route.map((a) => yearAmount(a, (year) => year > plafond.tot_en_met))),
      difference: requested - bedrag,
      percentage: percentTenths(requested, bedrag),
      subscription: subscription(requested, bedrag),
    };
  });
}

