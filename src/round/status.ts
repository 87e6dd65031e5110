/**
 * Where each application of the round stands (nota §4.2): from the applications and the decision
 * files of one run, exactly one status per application. Pure: reads the report and the round data.
 */
import type { Report } from '../report/types.js';
import type { RoundData } from './types.js';
import { matchDecision } from './match.js';
import { ROLLEN, STATUSES, type Beoordeling, type Rol, type Status, type Uitkomst } from './types.js';
import { byText, compareText } from '../domain/compare.js';
import { accountStatusSection, type AccountStatusSection } from '../verantwoording/states.js';
import type { AccountData } from '../verantwoording/types.js';
import type { AssessedView } from '../budget/types.js';

export const STATUS_VERSION = '1.1.0';

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
  /** The amount both insurers approved (status akkoord); otherwise null. */
  toegekend: number | null;
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
    /** Sum of the approved amounts of the rows with status akkoord. */
    toegekend: number;
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
}

/** The round's errors: every error of a decision file, and every register finding of an error on the other files. */
function roundErrors(report: Report): number {
  let errors = 0;
  for (const file of report.files) {
    if (file.kind === 'beoordeling') errors += file.counts.errors;
    else errors += file.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('register-')).length;
  }
  return errors;
}

const zero = (): Counts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Counts;
/** The split per receiving party, sorted, as one comparable string ('' when there is none). */
const splitKey = (b: Beoordeling) =>
  (b.toegekend?.per_ontvanger ?? [])
    .map((p) => `${p.ontvanger}=${p.bedrag}`)
    .sort()
    .join(',');
const positive = (u: Uitkomst) => u === 'akkoord' || u === 'akkoord-onder-voorwaarden';

/** What keeps an application from a status by its decisions: its file changed since the register, two decisions for one role, a decision on older content. */
export interface Blocked {
  changed: boolean;
  double: boolean;
  stale: boolean;
}

/** The status from the valid, current decision per role (undefined: none), unless something blocks it. */
export function decideStatus(c: Beoordeling | undefined, t: Beoordeling | undefined, blocked: Blocked): { status: Status; toegekend: number | null } {
  if (blocked.changed) return { status: 'gewijzigd', toegekend: null };
  if (blocked.double) return { status: 'dubbel', toegekend: null };
  if (blocked.stale) return { status: 'verouderd', toegekend: null };
  if (!c) return { status: 'wacht-op-coordinerend', toegekend: null };
  if (!t) {
    if (positive(c.uitkomst)) return { status: 'wacht-op-tweede', toegekend: null };
    return { status: c.uitkomst === 'aanhouden' ? 'aangehouden' : 'afgewezen', toegekend: null };
  }
  if (positive(c.uitkomst) && positive(t.uitkomst)) {
    const a = c.toegekend?.bedrag;
    const agree = a !== undefined && a === t.toegekend?.bedrag && splitKey(c) === splitKey(t);
    return agree ? { status: 'akkoord', toegekend: a } : { status: 'strijdig', toegekend: null };
  }
  if (c.uitkomst === 'afwijzen' && t.uitkomst === 'afwijzen') return { status: 'afgewezen', toegekend: null };
  // Held by one or both, and rejected by neither: the round waits.
  if (c.uitkomst !== 'afwijzen' && t.uitkomst !== 'afwijzen') return { status: 'aangehouden', toegekend: null };
  return { status: 'strijdig', toegekend: null };
}

export interface StatusSelection {
  alleen?: readonly Status[];
  verzekeraar?: string;
}

export function computeStatus(report: Report, round: RoundData & { verantwoording?: AccountData }, select: StatusSelection = {}): StatusReport {
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  const hasError = (file: string) => (byFile.get(file)?.counts.errors ?? 0) > 0;
  const decided = round.decisions.map((d) => ({ d, match: matchDecision(d, round.applications), geldig: !hasError(d.file) }));
  const rows: StatusRow[] = [];
  const buitenRonde: string[] = [];
  // The register's findings on an application's own file: what export leaves out, status shows (gewijzigd).
  const changed = new Set(report.files.filter((f) => f.findings.some((x) => x.ruleId === 'register-gewijzigd')).map((f) => f.file));
  const naIndienmoment = report.files.filter((f) => f.naIndienmoment).map((f) => f.file);
  for (const app of round.applications) {
    const summary = byFile.get(app.file)?.aanvraag;
    if (!summary || !app.verzekeraars) {
      buitenRonde.push(app.file);
      continue;
    }
    const mine = decided.filter((x) => x.match.kind !== 'onbekend' && x.match.application.file === app.file);
    const current = (rol: Rol) => mine.find((x) => x.match.kind === 'actueel' && x.geldig && x.d.beoordeling.rol === rol)?.d.beoordeling;
    // Two current decisions for one role: valid or not, neither counts (beoordeling-dubbel is on each).
    const double = ROLLEN.some((rol) => mine.filter((x) => x.match.kind === 'actueel' && x.d.beoordeling.rol === rol).length > 1);
    const blocked = { changed: changed.has(app.file), double, stale: mine.some((x) => x.match.kind === 'verouderd') };
    const { status, toegekend } = decideStatus(current('coordinerend'), current('tweede'), blocked);
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
    },
    buitenRonde,
    naIndienmoment,
    fouten: roundErrors(report),
    ...(round.verantwoording ? { verantwoording: accountStatusSection(round.verantwoording, rows, report) } : {}),
  };
}

/**
 * 1 when the round itself has errors (a decision file, the register: `fouten`); else with --fail-on
 * strijdig when an application is strijdig or dubbel; with open when one is not yet decided (neither
 * akkoord nor afgewezen); else 0.
 */
export function statusExitCode(status: StatusReport, failOn: 'strijdig' | 'open' | undefined): 0 | 1 {
  if (status.fouten > 0) return 1;
  if (failOn === 'strijdig') return status.aanvragen.some((r) => r.status === 'strijdig' || r.status === 'dubbel') ? 1 : 0;
  if (failOn === 'open') return status.aanvragen.some((r) => r.status !== 'akkoord' && r.status !== 'afgewezen') ? 1 : 0;
  return 0;
}
