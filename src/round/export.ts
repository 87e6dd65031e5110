/**
 * The joint request to the NZa (nota §4.2): for every definitief application (both insurers
 * approved, the BO decided, both confirmed at the BO's amount) the providers with their agreement
 * (the contract requirement), both insurers, the bovengrens and the BO's amount per provider per
 * year and per milestone, with references to both decisions, the BO decision, the confirmations
 * and the register. Pure: builds the documents; the
 * command writes them. Money in whole euros, split with the largest-remainder method, so every
 * split adds up exactly to the amount it splits.
 */
import { totalRequested } from '../domain/aanvraag.js';
import type { Aanvraag, Frame } from '../domain/types.js';
import type { Report } from '../report/types.js';
import type { RoundData } from './types.js';
import { matchDecision } from './match.js';
import type { StatusReport } from './status.js';
import type { RoundConfirmation, RoundDecision } from './types.js';
import { compareText } from '../domain/compare.js';

export const EXPORT_VERSION = '2.0.0';

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

export interface RequestInput {
  aanvraag: Aanvraag;
  file: string;
  fingerprint: string;
  /** What both insurers approved, and the BO's amount per receiving party (src/round/bo.ts). */
  toegekendDoorVerzekeraars: number;
  bo: { bedrag: number; perOntvanger: { ontvanger: string; bedrag: number }[]; bestand: string; sha256: string; datum: string; besluit: string };
  bovengrens: number;
  coordinerend: RoundDecision;
  tweede: RoundDecision;
  confirmations: { coordinerend: RoundConfirmation; tweede: RoundConfirmation };
  hashes: ReadonlyMap<string, string> | undefined;
  register: NzaRequest['register'];
  aanvrager: string;
  thema: string;
}

/** What is missing before a definitief application can go to the NZa (empty: nothing). */
export function missingForRequest(input: Pick<RequestInput, 'file' | 'bo' | 'bovengrens' | 'confirmations'>): { messageId: 'agreement' | 'bovengrens'; args: Record<string, string | number> }[] {
  const out: { messageId: 'agreement' | 'bovengrens'; args: Record<string, string | number> }[] = [];
  if (input.bo.bedrag > input.bovengrens) out.push({ messageId: 'bovengrens', args: { bestand: input.file, bedrag: input.bo.bedrag, bovengrens: input.bovengrens } });
  for (const p of input.bo.perOntvanger) {
    if (p.bedrag === 0) continue;
    const closed = agreementsOf(input.confirmations, p.ontvanger);
    if (closed.length === 0) {
      const named = [input.confirmations.coordinerend, input.confirmations.tweede].flatMap((c) => c.bevestiging.overeenkomsten.filter((o) => o.ontvanger === p.ontvanger).map((o) => o.status));
      out.push({ messageId: 'agreement', args: { bestand: input.file, ontvanger: p.ontvanger, status: named[0] ?? 'ontbreekt' } });
    }
  }
  return out;
}

/** The closed agreements with one provider, per insurer, from both confirmations. */
function agreementsOf(confirmations: RequestInput['confirmations'], ontvanger: string): { uzovi: string; naam: string; datum: string }[] {
  return [confirmations.coordinerend, confirmations.tweede]
    .flatMap((c) => c.bevestiging.overeenkomsten.filter((o) => o.ontvanger === ontvanger && o.status === 'gesloten' && o.datum !== undefined).map((o) => ({ uzovi: c.bevestiging.verzekeraar.uzovi, naam: c.bevestiging.verzekeraar.naam, datum: o.datum! })))
    .sort((a, b) => compareText(a.uzovi, b.uzovi));
}

export function buildNzaRequest(input: RequestInput): NzaRequest {
  const { aanvraag } = input;
  const withAmounts = aanvraag.mijlpalen.filter((m) => (m.bedrag ?? 0) > 0);
  const providers: NzaProvider[] = [...input.bo.perOntvanger]
    .sort((a, b) => compareText(a.ontvanger, b.ontvanger))
    .map(({ ontvanger: id, bedrag: toegekend }) => {
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
        overeenkomst: { status: 'gesloten' as const, verzekeraars: agreementsOf(input.confirmations, id) },
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
  const filer = (c: RoundConfirmation) => ({ rol: c.bevestiging.rol, naam: c.bevestiging.verzekeraar.naam, uzovi: c.bevestiging.verzekeraar.uzovi, bevestiging: c.file, sha256: input.hashes?.get(c.file) ?? null, datum: c.bevestiging.datum });
  return {
    exportVersie: EXPORT_VERSION,
    aanvraag: { bestand: input.file, fingerprint: input.fingerprint, titel: aanvraag.titel, aanvrager: input.aanvrager, modelplan: { ...aanvraag.modelplan }, thema: input.thema },
    verzekeraars: { coordinerend: { ...aanvraag.zorgverzekeraars!.coordinerend }, tweede: { ...aanvraag.zorgverzekeraars!.tweede } },
    bovengrens: input.bovengrens,
    gevraagd: totalRequested(aanvraag),
    toegekendDoorVerzekeraars: input.toegekendDoorVerzekeraars,
    toegekend: input.bo.bedrag,
    zorgaanbieders: providers,
    beoordelingen: [ref(input.coordinerend), ref(input.tweede)],
    boBesluit: { bestand: input.bo.bestand, sha256: input.bo.sha256, datum: input.bo.datum, besluit: input.bo.besluit },
    indieners: { verzekeraars: [filer(input.confirmations.coordinerend), filer(input.confirmations.tweede)], zorgaanbieders: providers.filter((p) => p.toegekend > 0).map((p) => ({ ontvanger: p.ontvanger, naam: p.naam })) },
    register: input.register,
  };
}

/** The file name of one request: the application's path, flattened, and its fingerprint (unique by construction). */
export function requestFileName(bestand: string, fingerprint: string): string {
  return bestand.replace(/\.ya?ml$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_') + '.' + fingerprint.slice(0, 16) + '.nza.json';
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

/** The two current, valid decisions and the two valid confirmations of a definitief application. */
export function finalParts(file: string, fingerprint: string, report: Report, round: RoundData): { coordinerend: RoundDecision; tweede: RoundDecision; confirmations: { coordinerend: RoundConfirmation; tweede: RoundConfirmation } } | undefined {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const ok = (f: string) => (byFile.get(f)?.counts.errors ?? 0) === 0;
  const mine = round.decisions.filter((d) => {
    const m = matchDecision(d, round.applications);
    return m.kind === 'actueel' && m.application.file === file && ok(d.file);
  });
  const bo = round.bo?.outcome;
  const confirmed = (round.bo?.confirmations ?? []).filter((c) => ok(c.file) && c.bevestiging.aanvraag.fingerprint === fingerprint && c.bevestiging.bo_besluit.sha256 === bo?.sha256);
  const coordinerend = mine.find((d) => d.beoordeling.rol === 'coordinerend');
  const tweede = mine.find((d) => d.beoordeling.rol === 'tweede');
  const cc = confirmed.find((c) => c.bevestiging.rol === 'coordinerend');
  const ct = confirmed.find((c) => c.bevestiging.rol === 'tweede');
  return coordinerend && tweede && cc && ct ? { coordinerend, tweede, confirmations: { coordinerend: cc, tweede: ct } } : undefined;
}

/** The applications an export writes: status definitief and no error finding of their own (the register, say). */
export function exportable(status: StatusReport, report: Report): string[] {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  return status.aanvragen.filter((r) => r.status === 'definitief' && (byFile.get(r.bestand)?.counts.errors ?? 0) === 0).map((r) => r.bestand);
}
