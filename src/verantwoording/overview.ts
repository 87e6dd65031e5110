/**
 * The NZa's yearly overview (nota §4.2: "De NZa beoordeelt jaarlijks …"; plausible costs are
 * compensated to the insurers "als vaste kosten … uit het zorgverzekeringsfonds"): per coordinating
 * insurer the realised costs of its projects judged plausible for the year, the projects not
 * judged, not plausible or without an account listed apart, and the totals per theme against the
 * Zvw cap. Pure: reads the states (src/verantwoording/states.ts) and the budget frame.
 */
import { byText, compareText } from '../domain/compare.js';
import type { Budgetkader } from '../domain/types.js';
import type { AccountStateRow } from './states.js';

export const NZA_VERANTWOORDING_VERSION = '1.0.0';

export interface OverviewProject {
  aanvraag: string;
  fingerprint: string;
  titel: string;
  thema: string;
  verantwoording: string | null;
  plausibiliteit: string | null;
  status: AccountStateRow['status'];
  uitkomst: AccountStateRow['uitkomst'];
  gerealiseerd: number | null;
}

export interface NzaVerantwoordingOverview {
  exportVersie: string;
  jaar: number;
  /** Per coordinating insurer: the plausible realised costs of the year, to be compensated as fixed costs. */
  perVerzekeraar: { uzovi: string; naam: string; vasteKosten: number; projecten: OverviewProject[] }[];
  /** Projects of the year not judged plausible: verantwoord (not judged), niet-plausibel, ontbreekt. */
  apart: (OverviewProject & { coordinerend: string })[];
  /** Per theme: plausible in the year, and plausible through the year (every year up to it). */
  perThema: { thema: string; plausibel: number; cumulatief: number }[];
  totaal: { plausibel: number; cumulatief: number };
  /** The Zvw cap of the budget frame, against the plausible costs through the year. */
  plafond: { id: string; bedrag: number; totEnMet: number; ruimte: number; binnenPlafond: boolean };
}

const project = (r: AccountStateRow): OverviewProject => ({
  aanvraag: r.aanvraag,
  fingerprint: r.fingerprint,
  titel: r.titel,
  thema: r.thema,
  verantwoording: r.verantwoording,
  plausibiliteit: r.plausibiliteit,
  status: r.status,
  uitkomst: r.uitkomst,
  gerealiseerd: r.gerealiseerd,
});

export function buildAccountOverview(rows: readonly AccountStateRow[], jaar: number, budgetkader: Budgetkader): NzaVerantwoordingOverview {
  const ofYear = rows.filter((r) => r.jaar === jaar);
  const plausible = ofYear.filter((r) => r.status === 'plausibel');
  const insurers = new Map<string, NzaVerantwoordingOverview['perVerzekeraar'][number]>();
  for (const r of plausible) {
    const v = insurers.get(r.coordinerend.uzovi) ?? { uzovi: r.coordinerend.uzovi, naam: r.coordinerend.naam, vasteKosten: 0, projecten: [] };
    v.vasteKosten += r.gerealiseerd ?? 0;
    v.projecten.push(project(r));
    insurers.set(r.coordinerend.uzovi, v);
  }
  const themes = new Map<string, { plausibel: number; cumulatief: number }>();
  for (const r of rows) {
    if (r.status !== 'plausibel' || r.jaar > jaar) continue;
    const th = themes.get(r.thema) ?? { plausibel: 0, cumulatief: 0 };
    th.cumulatief += r.gerealiseerd ?? 0;
    if (r.jaar === jaar) th.plausibel += r.gerealiseerd ?? 0;
    themes.set(r.thema, th);
  }
  const perThema = [...themes.entries()].sort(([a], [b]) => compareText(a, b)).map(([thema, x]) => ({ thema, ...x }));
  const totaal = { plausibel: perThema.reduce((s, x) => s + x.plausibel, 0), cumulatief: perThema.reduce((s, x) => s + x.cumulatief, 0) };
  const cap = budgetkader.plafonds.find((p) => p.financieringsroute === 'zvw') ?? { id: 'geen', bedrag: 0, tot_en_met: 0 };
  return {
    exportVersie: NZA_VERANTWOORDING_VERSION,
    jaar,
    perVerzekeraar: [...insurers.values()].sort(byText((v) => v.uzovi)),
    apart: ofYear.filter((r) => r.status !== 'plausibel').map((r) => ({ ...project(r), coordinerend: r.coordinerend.uzovi })),
    perThema,
    totaal,
    plafond: { id: cap.id, bedrag: cap.bedrag, totEnMet: cap.tot_en_met, ruimte: cap.bedrag - totaal.cumulatief, binnenPlafond: totaal.cumulatief <= cap.bedrag },
  };
}

export const ACCOUNT_CSV_COLUMNS = ['jaar', 'coordinerend_uzovi', 'aanvraag', 'fingerprint', 'thema', 'status', 'uitkomst', 'verantwoording', 'plausibiliteit', 'gerealiseerd_euro', 'vaste_kosten_euro'] as const;

/** One row per project of the year: the plausible ones (with their fixed costs) first per insurer, then the rest. */
export function accountOverviewCsv(overview: NzaVerantwoordingOverview, separator: string, field: (v: string) => string): string {
  const line = (cells: string[]) => cells.map(field).join(separator);
  const row = (uzovi: string, p: OverviewProject, vast: number | null) =>
    line([String(overview.jaar), uzovi, p.aanvraag, p.fingerprint, p.thema, p.status, p.uitkomst ?? '', p.verantwoording ?? '', p.plausibiliteit ?? '', p.gerealiseerd === null ? '' : String(p.gerealiseerd), vast === null ? '' : String(vast)]);
  const rows = [
    ...overview.perVerzekeraar.flatMap((v) => v.projecten.map((p) => row(v.uzovi, p, p.gerealiseerd ?? 0))),
    ...overview.apart.map((p) => row(p.coordinerend, p, null)),
  ];
  return [line([...ACCOUNT_CSV_COLUMNS]), ...rows].join('\r\n') + '\r\n';
}
