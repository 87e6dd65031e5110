/**
 * Where each approved project stands per year after approval, decided once for `status`, the NZa
 * overview and the progress page: verantwoord (an account, not yet judged), plausibel (judged
 * plausible, also under conditions), niet-plausibel, or ontbreekt (a year that is due without an
 * account). Due: every approved year up to the latest year any account of the run is about.
 * Pure: reads the finished accounts and judgements and the approved projects of the round.
 */
import { compareText } from '../domain/compare.js';
import { countedAccounts } from './approved.js';
import type { Report } from '../report/types.js';
import type { AccountData, PlausibiliteitUitkomst } from './types.js';

export const ACCOUNT_STATES = ['verantwoord', 'plausibel', 'niet-plausibel', 'ontbreekt'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** An approved project as the round knows it (status definitief), by the fingerprint of its application. */
export interface ApprovedProject {
  bestand: string;
  fingerprint: string;
  titel: string;
  thema: string;
  coordinerend: { naam: string; uzovi: string };
  /** The years the application has money in. */
  jaren: number[];
}

export interface AccountStateRow {
  /** The application (as the round or the NZa request names it). */
  aanvraag: string;
  fingerprint: string;
  titel: string;
  thema: string;
  coordinerend: { naam: string; uzovi: string };
  jaar: number;
  status: AccountState;
  verantwoording: string | null;
  plausibiliteit: string | null;
  uitkomst: PlausibiliteitUitkomst | null;
  /** Realised costs of the account's own year; null without an account. */
  gerealiseerd: number | null;
  /** Error findings of the account (0 without one). */
  fouten: number;
}

type Account = AccountData['accounts'][number];

/** The counted judgement of an account: the first valid one (no error of its own) naming its content. */
export function judgementOf(data: AccountData, account: Account): AccountData['decisions'][number] | undefined {
  return data.decisions.find((d) => d.errors === 0 && d.decision.verantwoording.fingerprint === account.fingerprint);
}

export function accountStates(data: AccountData | undefined, approved: readonly ApprovedProject[]): AccountStateRow[] {
  const accounts = countedAccounts(data?.accounts ?? []);
  const latest = accounts.reduce((y, a) => Math.max(y, a.account.jaar), 0);
  const projects = new Map<string, Omit<AccountStateRow, 'jaar' | 'status' | 'verantwoording' | 'plausibiliteit' | 'uitkomst' | 'gerealiseerd' | 'fouten'> & { jaren: Set<number> }>();
  for (const p of approved) projects.set(p.fingerprint, { aanvraag: p.bestand, fingerprint: p.fingerprint, titel: p.titel, thema: p.thema, coordinerend: p.coordinerend, jaren: new Set(p.jaren) });
  for (const a of accounts) {
    const r = a.approval!.request;
    const known = projects.get(r.aanvraag.fingerprint) ?? { aanvraag: r.aanvraag.bestand, fingerprint: r.aanvraag.fingerprint, titel: r.aanvraag.titel, thema: r.aanvraag.thema, coordinerend: r.verzekeraars.coordinerend, jaren: new Set<number>() };
    for (const p of r.zorgaanbieders) for (const y of p.perJaar) known.jaren.add(y.jaar);
    known.jaren.add(a.account.jaar);
    projects.set(r.aanvraag.fingerprint, known);
  }
  const rows: AccountStateRow[] = [];
  for (const { jaren, ...p } of projects.values()) {
    for (const jaar of [...jaren].sort((x, y) => x - y)) {
      const account = accounts.find((a) => a.approval!.request.aanvraag.fingerprint === p.fingerprint && a.account.jaar === jaar);
      if (!account) {
        if (jaar <= latest) rows.push({ ...p, jaar, status: 'ontbreekt', verantwoording: null, plausibiliteit: null, uitkomst: null, gerealiseerd: null, fouten: 0 });
        continue;
      }
      const judged = judgementOf(data!, account);
      const uitkomst = judged?.decision.uitkomst ?? null;
      const status: AccountState = uitkomst === null ? 'verantwoord' : uitkomst === 'niet-plausibel' ? 'niet-plausibel' : 'plausibel';
      const own = account.account.kosten.filter((k) => k.jaar === jaar).reduce((s, k) => s + k.bedrag, 0);
      rows.push({ ...p, jaar, status, verantwoording: account.file, plausibiliteit: judged?.file ?? null, uitkomst, gerealiseerd: own, fouten: account.errors });
    }
  }
  return rows.sort((a, b) => compareText(a.aanvraag, b.aanvraag) || a.jaar - b.jaar);
}

/** `status` after approval: one row per approved project and due year, and the counts per state. */
export interface AccountStatusSection {
  rijen: AccountStateRow[];
  perStatus: Record<AccountState, number>;
}

/**
 * The small hook src/round/status.ts calls: the approved projects are its rows with status
 * definitief (structurally typed, so this module does not import the round's status), with the years
 * of money from the report's summaries.
 */
export function accountStatusSection(
  data: AccountData,
  rows: readonly { bestand: string; fingerprint: string; titel: string; thema: string; coordinerend: { naam: string; uzovi: string }; status: string }[],
  report: Report,
): AccountStatusSection {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const approved = rows
    .filter((r) => r.status === 'definitief')
    .map((r) => ({ bestand: r.bestand, fingerprint: r.fingerprint, titel: r.titel, thema: r.thema, coordinerend: r.coordinerend, jaren: Object.keys(byFile.get(r.bestand)?.aanvraag?.perJaar ?? {}).map(Number) }));
  const rijen = accountStates(data, approved);
  const perStatus = Object.fromEntries(ACCOUNT_STATES.map((s) => [s, rijen.filter((r) => r.status === s).length])) as Record<AccountState, number>;
  return { rijen, perStatus };
}
