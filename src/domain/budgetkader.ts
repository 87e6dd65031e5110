/**
 * A theme of the budget frame has either a richtbedrag (a guide amount, the Zvw themes, nota §4.1)
 * or a gereserveerd amount (reserved and allocated, not a guide amount: the social domain, nota §1
 * and §4.3); the schema allows exactly one. Every consumer reads the amount through this helper.
 */
import type { Budgetkader } from './types.js';

export type BudgetThema = Budgetkader['themas'][number];

export interface ThemaBedrag {
  bedrag: number;
  bron: string;
  /** True for a reserved amount (the key `gereserveerd`), false for a richtbedrag. */
  gereserveerd: boolean;
}

export function themaBedrag(thema: BudgetThema): ThemaBedrag {
  if (thema.gereserveerd) return { bedrag: thema.gereserveerd.bedrag, bron: thema.gereserveerd.bron, gereserveerd: true };
  return { bedrag: thema.richtbedrag?.bedrag ?? 0, bron: thema.richtbedrag?.bron ?? '', gereserveerd: false };
}
