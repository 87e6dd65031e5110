/**
 * What was approved for a project, read from its NZa request (and, per cost category, from the
 * application's begroting): whole euros, every split adding up exactly to what it splits.
 */
import type { Aanvraag } from '../domain/types.js';
import { split } from '../budget/money.js';
import type { NzaRequest } from '../round/types.js';
import type { LinkedAccount, Verantwoording } from './types.js';

/** Approved for one provider in one year (0 when the request gives it nothing). */
export function approvedFor(request: NzaRequest, ontvanger: string, jaar: number): number {
  return request.zorgaanbieders.find((p) => p.ontvanger === ontvanger)?.perJaar.find((y) => y.jaar === jaar)?.bedrag ?? 0;
}

/** Approved in one year, over every provider. */
export function approvedInYear(request: NzaRequest, jaar: number): number {
  return request.zorgaanbieders.reduce((s, p) => s + (p.perJaar.find((y) => y.jaar === jaar)?.bedrag ?? 0), 0);
}

/** Approved per milestone, over every provider, with the planned date. */
export function approvedPerMilestone(request: NzaRequest): Map<string, { bedrag: number; datum: string }> {
  const out = new Map<string, { bedrag: number; datum: string }>();
  for (const p of request.zorgaanbieders) {
    for (const m of p.perMijlpaal) {
      const seen = out.get(m.mijlpaal);
      out.set(m.mijlpaal, { bedrag: (seen?.bedrag ?? 0) + m.bedrag, datum: seen?.datum ?? m.datum });
    }
  }
  return out;
}

/** The year's approved amount split over the cost categories as the application's begroting of that year split them. */
export function approvedPerCategory(request: NzaRequest, aanvraag: Aanvraag, jaar: number): Map<string, number> {
  const requested = new Map<string, number>();
  for (const line of aanvraag.begroting) if (line.jaar === jaar) requested.set(line.categorie, (requested.get(line.categorie) ?? 0) + line.bedrag);
  const shares = [...requested.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, amount]) => ({ key, amount }));
  return split(shares, approvedInYear(request, jaar));
}

export const realised = (account: Verantwoording): number => account.kosten.reduce((s, k) => s + k.bedrag, 0);

/** This account and the counted accounts of the same project (the same NZa request) of the years before it. */
export function accountsSoFar(accounts: readonly LinkedAccount[], account: LinkedAccount): LinkedAccount[] {
  const fingerprint = account.approval?.request.aanvraag.fingerprint;
  const before = countedAccounts(accounts).filter((a) => a.approval!.request.aanvraag.fingerprint === fingerprint && a.account.jaar < account.account.jaar);
  return [...before, account];
}

/** Per project and year, the account that counts: the first by file name (a second is verantwoording-dubbel). */
export function countedAccounts<T extends LinkedAccount>(accounts: readonly T[]): T[] {
  const seen = new Set<string>();
  return accounts.filter((a) => {
    if (!a.approval) return false;
    const key = `${a.approval.request.aanvraag.fingerprint}\u0000${a.account.jaar}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
