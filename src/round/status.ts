/**
 * Where each application of the round stands (nota §4.2): from the applications and the decision
 * files of one run, exactly one status per application. Pure: reads the report and the round data.
 */
import type { Report } from '../report/types.js';
import type { RoundData } from './types.js';
import { matchDecision } from './match.js';
import { baseStatuses } from './base.js';
import { STATUSES, type Rol, type Status, type Uitkomst } from './types.js';
import { byText, compareText } from '../domain/compare.js';
import { accountStatusSection, type AccountStatusSection } from '../verantwoording/states.js';
import type { AccountData } from '../verantwoording/types.js';
import type { AssessedView } from '../budget/types.js';

export const STATUS_VERSION = '2.0.0';

export interface StatusDecision {
  bestand: string;
  rol: Rol;
  uzovi: string;
  datum: string;
  uitkomst: Uitkomst;
  /** Approved amount; null when the decision approves nothing. */
  toegekend: number | null;
  /** False when the decision file has an error finding: it does not count. */
  geldig: boolean;
  /** False when the application changed after this decision. */
  actueel: boolean;
}

export interface StatusRow {
  bestand: string;
  titel: string;
  aanvrager: string;
  thema: string;
  modelplan: string;
  fingerprint: string;
  coordinerend: { naam: string; uzovi: string };
  tweede: { naam: string; uzovi: string };
  gevraagd: number;
  status: Status;
  /** The amount both insurers approved (status akkoord and after); otherwise null. */
  toegekend: number | null;
  /** The amount after the BO decision that counts (wacht-op-bevestiging, definitief, bo-afgewezen); otherwise null. */
  boBedrag: number | null;
  /** The confirmations of this application (soort: bevestiging). */
  bevestigingen: { bestand: string; rol: Rol; datum: string; bedrag: number; geldig: boolean }[];
  beoordelingen: StatusDecision[];
}

export type Counts = Record<Status, number>;

export interface StatusReport {
  statusVersie: string;
  lang: Report['lang'];
  register: { bestand: string; peildatum: string; registerHash: string } | null;
  filter: { alleen: Status[] | null; verzekeraar: string | null };
  aanvragen: StatusRow[];
  tellingen: {
    totaal: number;
    perStatus: Counts;
    perThema: { thema: string; perStatus: Counts }[];
    perCoordinerendeVerzekeraar: { uzovi: string; naam: string; perStatus: Counts }[];
    /** Sum of the amounts both insurers approved (akkoord and the statuses after it). */
    toegekend: number;
    /** Sum of the BO amounts of the rows with status definitief. */
    definitief: number;
  };
  /** After approval (only when the run holds accounts or judgements): per project and year. */
  verantwoording?: AccountStatusSection;
  /** Schema-valid applications that name no insurers (the SPUK route): not part of the insurers' round. */
  buitenRonde: string[];
  /** With a register: files added after the submission moment (register-toegevoegd): no row, no count, no queue. */
  naIndienmoment: string[];
  /** Error findings of the round itself: in decision files, and the register's findings on any file (see `modelplan check`). */
  fouten: number;
  /** With decision files among the inputs: the totals of the assessments per theme and year (src/budget/assessed.ts), over the whole round. */
  beoordeeld?: AssessedView;
  /** The BO decision that counts, or null (none, two, or one with an error). */
  boBesluit: { bestand: string; sha256: string; datum: string } | null;
}

/** The round's errors: every error of a decision file, and every register finding of an error on the other files. */
function roundErrors(report: Report): number {
  let errors = 0;
  for (const file of report.files) {
    if (file.kind === 'beoordeling' || file.kind === 'bo-besluit' || file.kind === 'bevestiging') errors += file.counts.errors;
    else errors += file.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('register-')).length;
  }
  return errors;
}

const zero = (): Counts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Counts;

export { decideStatus, type Blocked } from './base.js';

export interface StatusSelection {
  alleen?: readonly Status[];
  verzekeraar?: string;
}

export function computeStatus(report: Report, round: RoundData & { verantwoording?: AccountData }, select: StatusSelection = {}): StatusReport {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const hasError = (file: string) => (byFile.get(file)?.counts.errors ?? 0) > 0;
  const decided = round.decisions.map((d) => ({ d, match: matchDecision(d, round.applications), geldig: !hasError(d.file) }));
  // The register's findings on an application's own file: what export leaves out, status shows (gewijzigd).
  const changed = new Set(report.files.filter((f) => f.findings.some((x) => x.ruleId === 'register-gewijzigd')).map((f) => f.file));
  const bases = baseStatuses(round.applications, round.decisions, (file) => !hasError(file), (file) => changed.has(file));
  // The BO decision counts only without an error of its own (the set stage passed on only such a one).
  const bo = round.bo?.outcome && !hasError(round.bo.outcome.file) ? round.bo.outcome : undefined;
  const rows: StatusRow[] = [];
  const buitenRonde: string[] = [];
  const naIndienmoment = report.files.filter((f) => f.naIndienmoment).map((f) => f.file);
  for (const app of round.applications) {
    const summary = byFile.get(app.file)?.aanvraag;
    if (!summary || !app.verzekeraars) {
      buitenRonde.push(app.file);
      continue;
    }
    const mine = decided.filter((x) => x.match.kind !== 'onbekend' && x.match.application.file === app.file);
    const base = bases.get(app.file)!;
    let status: Status = base.status;
    let boBedrag: number | null = null;
    const confirmations = (round.bo?.confirmations ?? []).filter((c) => c.bevestiging.aanvraag.fingerprint === app.fingerprint);
    const given = bo?.perAanvraag.get(app.file);
    if (status === 'akkoord' && bo && given) {
      boBedrag = given.bedrag;
      const confirmed = (rol: Rol) => confirmations.some((c) => !hasError(c.file) && c.bevestiging.rol === rol && c.bevestiging.bo_besluit.sha256 === bo.sha256 && c.bevestiging.bedrag === given.bedrag);
      status = given.bedrag === 0 ? 'bo-afgewezen' : confirmed('coordinerend') && confirmed('tweede') ? 'definitief' : 'wacht-op-bevestiging';
    }
    const { toegekend } = base;
    rows.push({
      bestand: app.file,
      titel: summary.titel,
      aanvrager: summary.aanvrager,
      thema: summary.thema,
      modelplan: `${summary.modelplan.id} ${summary.modelplan.versie}`,
      fingerprint: app.fingerprint,
      coordinerend: app.verzekeraars.coordinerend,
      tweede: app.verzekeraars.tweede,
      gevraagd: app.totaal,
      status,
      toegekend,
      boBedrag,
      bevestigingen: confirmations.map((c) => ({ bestand: c.file, rol: c.bevestiging.rol, datum: c.bevestiging.datum, bedrag: c.bevestiging.bedrag, geldig: !hasError(c.file) })),
      beoordelingen: mine.map((x) => ({
        bestand: x.d.file,
        rol: x.d.beoordeling.rol,
        uzovi: x.d.beoordeling.verzekeraar.uzovi,
        datum: x.d.beoordeling.datum,
        uitkomst: x.d.beoordeling.uitkomst,
        toegekend: x.d.beoordeling.toegekend?.bedrag ?? null,
        geldig: x.geldig,
        actueel: x.match.kind === 'actueel',
      })),
    });
  }
  const selected = rows.filter(
    (r) => (!select.alleen || select.alleen.includes(r.status)) && (!select.verzekeraar || r.coordinerend.uzovi === select.verzekeraar || r.tweede.uzovi === select.verzekeraar),
  );
  const perStatus = zero();
  const perThema = new Map<string, Counts>();
  const perVerzekeraar = new Map<string, { uzovi: string; naam: string; perStatus: Counts }>();
  for (const r of selected) {
    perStatus[r.status] += 1;
    const thema = perThema.get(r.thema) ?? zero();
    thema[r.status] += 1;
    perThema.set(r.thema, thema);
    const v = perVerzekeraar.get(r.coordinerend.uzovi) ?? { uzovi: r.coordinerend.uzovi, naam: r.coordinerend.naam, perStatus: zero() };
    v.perStatus[r.status] += 1;
    perVerzekeraar.set(r.coordinerend.uzovi, v);
  }
  const register = round.register?.register;
  return {
    statusVersie: STATUS_VERSION,
    lang: report.lang,
    register: register && round.register ? { bestand: round.register.display, peildatum: register.peildatum, registerHash: register.registerHash } : null,
    filter: { alleen: select.alleen ? [...select.alleen] : null, verzekeraar: select.verzekeraar ?? null },
    aanvragen: selected,
    tellingen: {
      totaal: selected.length,
      perStatus,
      perThema: [...perThema.entries()].sort(([a], [b]) => compareText(a, b)).map(([thema, counts]) => ({ thema, perStatus: counts })),
      perCoordinerendeVerzekeraar: [...perVerzekeraar.values()].sort(byText((v) => v.uzovi)),
      toegekend: selected.reduce((s, r) => s + (r.toegekend ?? 0), 0),
      definitief: selected.reduce((s, r) => s + (r.status === 'definitief' ? (r.boBedrag ?? 0) : 0), 0),
    },
    boBesluit: bo ? { bestand: bo.file, sha256: bo.sha256, datum: bo.datum } : null,
    buitenRonde,
    naIndienmoment,
    fouten: roundErrors(report),
    ...(round.verantwoording ? { verantwoording: accountStatusSection(round.verantwoording, rows, report) } : {}),
  };
}

/**
 * 1 when the round itself has errors (a decision file, the register: `fouten`); else with --fail-on
 * strijdig when an application is strijdig or dubbel; with open when one is not yet decided (neither
 * definitief nor afgewezen nor bo-afgewezen); else 0.
 */
export function statusExitCode(status: StatusReport, failOn: 'strijdig' | 'open' | undefined): 0 | 1 {
  if (status.fouten > 0) return 1;
  if (failOn === 'strijdig') return status.aanvragen.some((r) => r.status === 'strijdig' || r.status === 'dubbel') ? 1 : 0;
  if (failOn === 'open') return status.aanvragen.some((r) => r.status !== 'definitief' && r.status !== 'afgewezen' && r.status !== 'bo-afgewezen') ? 1 : 0;
  return 0;
}
