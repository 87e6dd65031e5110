/**
 * The joint request to the NZa (nota §4.2): for every application both insurers approved, the
 * providers, both insurers, the bovengrens and the approved amount per provider per year and per
 * milestone, with references to both decisions and the register. Pure: builds the documents; the
 * command writes them. Money in whole euros, split with the largest-remainder method, so every
 * split adds up exactly to the amount it splits.
 */
import { totalRequested } from '../domain/aanvraag.js';
import type { Aanvraag, Frame } from '../domain/types.js';
import type { Report } from '../report/types.js';
import type { RoundData } from './types.js';
import { matchDecision } from './match.js';
import type { StatusReport } from './status.js';
import type { Beoordeling, RoundDecision } from './types.js';
import { compareText } from '../domain/compare.js';

export const EXPORT_VERSION = '1.0.0';

export type { NzaProvider, NzaRequest } from './types.js';
import type { NzaProvider, NzaRequest } from './types.js';

export interface NzaOverview {
  exportVersie: string;
  aanvragen: { bestand: string; uitvoer: string; toegekend: number }[];
  perJaar: { jaar: number; toegekend: number; cumulatief: number }[];
  toegekend: number;
  /** The money available: the Zvw ceiling of the budget frame through its last year. */
  beschikbaar: { id: string; bedrag: number; totEnMet: number };
  ruimte: number;
  binnenPlafond: boolean;
}

export { split } from '../budget/money.js';
import { split } from '../budget/money.js';

/** The approved amount per receiving party: the split of the decision, or what was requested when all is approved. */
function approvedPerReceiver(aanvraag: Aanvraag, decision: Beoordeling): Map<string, number> {
  const requested = new Map<string, number>();
  for (const line of aanvraag.begroting) requested.set(line.ontvanger, (requested.get(line.ontvanger) ?? 0) + line.bedrag);
  const given = decision.toegekend?.per_ontvanger;
  if (given) return new Map([...requested.keys()].map((id) => [id, given.find((p) => p.ontvanger === id)?.bedrag ?? 0]));
  return requested;
}

export function buildNzaRequest(input: {
  aanvraag: Aanvraag;
  file: string;
  fingerprint: string;
  toegekend: number;
  bovengrens: number;
  coordinerend: RoundDecision;
  tweede: RoundDecision;
  hashes: ReadonlyMap<string, string> | undefined;
  register: NzaRequest['register'];
  aanvrager: string;
  thema: string;
}): NzaRequest {
  const { aanvraag } = input;
  const perReceiver = approvedPerReceiver(aanvraag, input.coordinerend.beoordeling);
  const withAmounts = aanvraag.mijlpalen.filter((m) => (m.bedrag ?? 0) > 0);
  const providers: NzaProvider[] = [...perReceiver.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, toegekend]) => {
      const member = aanvraag.aanvrager.leden.find((l) => l.agb === id || l.kvk === id || l.gemeentecode === id);
      const years = new Map<number, number>();
      for (const line of aanvraag.begroting) if (line.ontvanger === id) years.set(line.jaar, (years.get(line.jaar) ?? 0) + line.bedrag);
      const yearShares = [...years.entries()].sort(([a], [b]) => a - b).map(([key, amount]) => ({ key, amount }));
      const perYear = split(yearShares, toegekend);
      const perMilestone = split(withAmounts.map((m) => ({ key: m.id, amount: m.bedrag ?? 0 })), toegekend);
      return {
        ontvanger: id,
        naam: member?.naam ?? id,
        agb: member?.agb ?? null,
        kvk: member?.kvk ?? null,
        toegekend,
        perJaar: yearShares.map((y) => ({ jaar: y.key, bedrag: perYear.get(y.key) ?? 0 })),
        perMijlpaal: withAmounts.map((m) => ({ mijlpaal: m.id, datum: m.datum, bedrag: perMilestone.get(m.id) ?? 0 })),
      };
    });
  const ref = (d: RoundDecision) => ({
    rol: d.beoordeling.rol,
    bestand: d.file,
    sha256: input.hashes?.get(d.file) ?? null,
    datum: d.beoordeling.datum,
    uitkomst: d.beoordeling.uitkomst,
    voorwaarden: d.beoordeling.voorwaarden ?? [],
  });
  return {
    exportVersie: EXPORT_VERSION,
    aanvraag: { bestand: input.file, fingerprint: input.fingerprint, titel: aanvraag.titel, aanvrager: input.aanvrager, modelplan: { ...aanvraag.modelplan }, thema: input.thema },
    verzekeraars: { coordinerend: { ...aanvraag.zorgverzekeraars!.coordinerend }, tweede: { ...aanvraag.zorgverzekeraars!.tweede } },
    bovengrens: input.bovengrens,
    gevraagd: totalRequested(aanvraag),
    toegekend: input.toegekend,
    zorgaanbieders: providers,
    beoordelingen: [ref(input.coordinerend), ref(input.tweede)],
    register: input.register,
  };
}

/** The file name of one request: the application's path, flattened. */
export function requestFileName(bestand: string): string {
  return bestand.replace(/\.ya?ml$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_') + '.nza.json';
}

export function buildOverview(requests: readonly { request: NzaRequest; uitvoer: string }[], frame: Frame): NzaOverview {
  const years = new Map<number, number>();
  for (const { request } of requests) for (const p of request.zorgaanbieders) for (const y of p.perJaar) years.set(y.jaar, (years.get(y.jaar) ?? 0) + y.bedrag);
  let cumulatief = 0;
  const perJaar = [...years.entries()].sort(([a], [b]) => a - b).map(([jaar, toegekend]) => ({ jaar, toegekend, cumulatief: (cumulatief += toegekend) }));
  const plafond = frame.budgetkader.plafonds.find((p) => p.financieringsroute === 'zvw') ?? { id: 'geen', bedrag: 0, tot_en_met: 0 };
  const toegekend = requests.reduce((s, r) => s + r.request.toegekend, 0);
  return {
    exportVersie: EXPORT_VERSION,
    aanvragen: requests.map((r) => ({ bestand: r.request.aanvraag.bestand, uitvoer: r.uitvoer, toegekend: r.request.toegekend })),
    perJaar,
    toegekend,
    beschikbaar: { id: plafond.id, bedrag: plafond.bedrag, totEnMet: plafond.tot_en_met },
    ruimte: plafond.bedrag - toegekend,
    binnenPlafond: toegekend <= plafond.bedrag,
  };
}

export const NZA_CSV_COLUMNS = ['aanvraag', 'fingerprint', 'ontvanger', 'naam', 'agb', 'kvk', 'jaar', 'bedrag', 'coordinerend_uzovi', 'tweede_uzovi'] as const;

export function nzaCsv(requests: readonly NzaRequest[], separator: string, field: (v: string) => string): string {
  const line = (cells: string[]) => cells.map(field).join(separator);
  const rows = requests.flatMap((r) =>
    r.zorgaanbieders.flatMap((p) =>
      p.perJaar.map((y) => line([r.aanvraag.bestand, r.aanvraag.fingerprint, p.ontvanger, p.naam, p.agb ?? '', p.kvk ?? '', String(y.jaar), String(y.bedrag), r.verzekeraars.coordinerend.uzovi, r.verzekeraars.tweede.uzovi])),
    ),
  );
  return [line([...NZA_CSV_COLUMNS]), ...rows].join('\r\n') + '\r\n';
}

/** The two current, valid decisions of an akkoord application. */
export function approvingDecisions(file: string, report: Report, round: RoundData): { coordinerend: RoundDecision; tweede: RoundDecision } | undefined {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const ok = (d: RoundDecision) => (byFile.get(d.file)?.counts.errors ?? 0) === 0;
  const mine = round.decisions.filter((d) => {
    const m = matchDecision(d, round.applications);
    return m.kind === 'actueel' && m.application.file === file && ok(d);
  });
  const coordinerend = mine.find((d) => d.beoordeling.rol === 'coordinerend');
  const tweede = mine.find((d) => d.beoordeling.rol === 'tweede');
  return coordinerend && tweede ? { coordinerend, tweede } : undefined;
}

/** The applications an export writes: status akkoord and no error finding of their own (the register, say). */
export function exportable(status: StatusReport, report: Report): string[] {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  return status.aanvragen.filter((r) => r.status === 'akkoord' && (byFile.get(r.bestand)?.counts.errors ?? 0) === 0).map((r) => r.bestand);
}
