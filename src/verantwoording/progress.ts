/**
 * Progress for the BO IZA/AZWA and VWS (seed 004: "De monitoring van de voortgang … loopt mee in de
 * brede AZWA-voortgangsrapportages"): money approved against realised per theme and year,
 * milestones reached on time, late or missing, labour saved against claimed per theme and sector
 * (the AZWA goal: fewer hands needed in care), and the projects that need attention first. Pure:
 * from the finished accounts (each tied to its NZa request and application) and the states.
 * Approved money comes from the NZa requests the accounts name.
 */
import { compareText } from '../domain/compare.js';
import { resolveAanvraag } from '../domain/aanvraag.js';
import type { Frame } from '../domain/types.js';
import type { Lang } from '../report/types.js';
import { summarizeApplication } from '../review/application-summary.js';
import { approvedInYear, approvedPerMilestone, countedAccounts } from './approved.js';
import type { AccountStateRow } from './states.js';
import type { AccountData } from './types.js';

export const VOORTGANG_VERSION = '1.0.0';

export type MilestoneState = 'op-tijd' | 'te-laat' | 'ontbreekt' | 'gepland';
export const ATTENTION = ['fouten', 'niet-plausibel', 'ontbreekt', 'mijlpaal-ontbreekt', 'mijlpaal-te-laat', 'minder-besparing'] as const;
export type AttentionReason = (typeof ATTENTION)[number];

export interface Voortgang {
  voortgangVersie: string;
  lang: Lang;
  /** Per theme and year: approved (NZa requests), realised (accounts) and of that plausible. */
  geld: { thema: string; jaar: number; goedgekeurd: number; gerealiseerd: number; plausibel: number }[];
  mijlpalen: {
    perStand: Record<MilestoneState, number>;
    rijen: { aanvraag: string; mijlpaal: string; gepland: string; bereikt: string | null; stand: MilestoneState }[];
  };
  /** Labour saved per theme and sector: claimed by the business cases against the latest account. */
  besparing: { thema: string; sector: string; beoogd: number; gerealiseerd: number; tekort: number }[];
  /** Every project, those with most reasons for attention first. */
  projecten: { aanvraag: string; titel: string; thema: string; sector: string; redenen: AttentionReason[]; laatsteJaar: number; beoogdFte: number; gerealiseerdFte: number }[];
  totaal: { goedgekeurd: number; gerealiseerd: number; plausibel: number; beoogdFte: number; gerealiseerdFte: number };
}

/** Fte in hundredths, added up as integers so totals are exact. */
const h = (fte: number): number => Math.round(fte * 100);

export function buildProgress(data: AccountData | undefined, rows: readonly AccountStateRow[], frame: Frame, lang: Lang): Voortgang {
  const accounts = countedAccounts(data?.accounts ?? []);
  const projects = new Map<string, (typeof accounts)[number][]>();
  for (const a of accounts) {
    const key = a.approval!.request.aanvraag.fingerprint;
    projects.set(key, [...(projects.get(key) ?? []), a].sort((x, y) => x.account.jaar - y.account.jaar));
  }
  const money = new Map<string, { thema: string; jaar: number; goedgekeurd: number; gerealiseerd: number; plausibel: number }>();
  const cell = (thema: string, jaar: number) => {
    const key = `${thema}\u0000${jaar}`;
    const c = money.get(key) ?? { thema, jaar, goedgekeurd: 0, gerealiseerd: 0, plausibel: 0 };
    money.set(key, c);
    return c;
  };
  const milestoneRows: Voortgang['mijlpalen']['rijen'] = [];
  const saving = new Map<string, { thema: string; sector: string; beoogd: number; gerealiseerd: number }>();
  const list: Voortgang['projecten'] = [];
  for (const own of projects.values()) {
    const { request, aanvraag } = own[0]!.approval!;
    const thema = request.aanvraag.thema;
    const sector = summarizeApplication(resolveAanvraag(aanvraag, frame), { fingerprint: false }).sector;
    const years = new Set(request.zorgaanbieders.flatMap((p) => p.perJaar.map((y) => y.jaar)));
    for (const jaar of years) cell(thema, jaar).goedgekeurd += approvedInYear(request, jaar);
    const stateRows = rows.filter((r) => r.fingerprint === request.aanvraag.fingerprint);
    for (const r of stateRows) {
      if (r.gerealiseerd === null) continue;
      const c = cell(thema, r.jaar);
      c.gerealiseerd += r.gerealiseerd;
      if (r.status === 'plausibel') c.plausibel += r.gerealiseerd;
    }
    const latest = own[own.length - 1]!;
    const end = `${latest.account.jaar}-12-31`;
    const reached = new Map<string, string>();
    for (const a of own) for (const m of a.account.mijlpalen) if (!reached.has(m.id) || m.datum < reached.get(m.id)!) reached.set(m.id, m.datum);
    const redenen = new Set<AttentionReason>();
    for (const [mijlpaal, { datum }] of [...approvedPerMilestone(request).entries()].sort(([, a], [, b]) => compareText(a.datum, b.datum))) {
      const bereikt = reached.get(mijlpaal) ?? null;
      const stand: MilestoneState = bereikt !== null ? (bereikt <= datum ? 'op-tijd' : 'te-laat') : datum <= end ? 'ontbreekt' : 'gepland';
      if (stand === 'ontbreekt') redenen.add('mijlpaal-ontbreekt');
      if (stand === 'te-laat') redenen.add('mijlpaal-te-laat');
      milestoneRows.push({ aanvraag: request.aanvraag.bestand, mijlpaal, gepland: datum, bereikt, stand });
    }
    const beoogd = aanvraag.businesscase.fte_besparing;
    const gerealiseerd = latest.account.besparing.fte;
    const s = saving.get(`${thema}\u0000${sector}`) ?? { thema, sector, beoogd: 0, gerealiseerd: 0 };
    s.beoogd += h(beoogd);
    s.gerealiseerd += h(gerealiseerd);
    saving.set(`${thema}\u0000${sector}`, s);
    if (h(gerealiseerd) < h(beoogd)) redenen.add('minder-besparing');
    if (stateRows.some((r) => r.fouten > 0)) redenen.add('fouten');
    if (stateRows.some((r) => r.status === 'niet-plausibel')) redenen.add('niet-plausibel');
    if (stateRows.some((r) => r.status === 'ontbreekt')) redenen.add('ontbreekt');
    list.push({ aanvraag: request.aanvraag.bestand, titel: request.aanvraag.titel, thema, sector, redenen: ATTENTION.filter((x) => redenen.has(x)), laatsteJaar: latest.account.jaar, beoogdFte: beoogd, gerealiseerdFte: gerealiseerd });
  }
  // An approved project without any account yet: known only by its missing years.
  for (const r of rows) {
    if (projects.has(r.fingerprint) || list.some((p) => p.aanvraag === r.aanvraag)) continue;
    const jaren = rows.filter((x) => x.fingerprint === r.fingerprint).map((x) => x.jaar);
    list.push({ aanvraag: r.aanvraag, titel: r.titel, thema: r.thema, sector: '', redenen: ['ontbreekt'], laatsteJaar: Math.max(...jaren), beoogdFte: 0, gerealiseerdFte: 0 });
  }
  const geld = [...money.values()].sort((a, b) => compareText(a.thema, b.thema) || a.jaar - b.jaar);
  const besparing = [...saving.values()]
    .sort((a, b) => compareText(a.thema, b.thema) || compareText(a.sector, b.sector))
    .map((x) => ({ thema: x.thema, sector: x.sector, beoogd: x.beoogd / 100, gerealiseerd: x.gerealiseerd / 100, tekort: Math.max(0, x.beoogd - x.gerealiseerd) / 100 }));
  milestoneRows.sort((a, b) => compareText(a.aanvraag, b.aanvraag) || compareText(a.gepland, b.gepland) || compareText(a.mijlpaal, b.mijlpaal));
  const perStand: Record<MilestoneState, number> = { 'op-tijd': 0, 'te-laat': 0, ontbreekt: 0, gepland: 0 };
  for (const m of milestoneRows) perStand[m.stand] += 1;
  const projecten = list.sort((a, b) => b.redenen.length - a.redenen.length || compareText(a.aanvraag, b.aanvraag));
  const fte = (pick: (p: Voortgang['projecten'][number]) => number) => projecten.reduce((s, p) => s + h(pick(p)), 0) / 100;
  return {
    voortgangVersie: VOORTGANG_VERSION,
    lang,
    geld,
    mijlpalen: { perStand, rijen: milestoneRows },
    besparing,
    projecten,
    totaal: {
      goedgekeurd: geld.reduce((s, x) => s + x.goedgekeurd, 0),
      gerealiseerd: geld.reduce((s, x) => s + x.gerealiseerd, 0),
      plausibel: geld.reduce((s, x) => s + x.plausibel, 0),
      beoogdFte: fte((p) => p.beoogdFte),
      gerealiseerdFte: fte((p) => p.gerealiseerdFte),
    },
  };
}
