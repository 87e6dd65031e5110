/**
 * The status of an application from the insurers' decisions alone (before the BO), decided in one
 * place for the set stage (the BO's figures, src/engine/set.ts step 4b) and for `status`.
 */
import { matchDecision } from './match.js';
import { ROLLEN, type Beoordeling, type RoundApplication, type RoundDecision, type Rol, type Status, type Uitkomst } from './types.js';

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

export interface BaseStatus {
  status: Status;
  toegekend: number | null;
  /** The current, valid decision per role that counted. */
  current: Partial<Record<Rol, RoundDecision>>;
}

/**
 * Per application (by file) its status before the BO; `valid(file)`: the decision file has no error
 * finding; `changed(file)`: the application's file changed since the register (register-gewijzigd).
 */
export function baseStatuses(
  applications: readonly RoundApplication[],
  decisions: readonly RoundDecision[],
  valid: (file: string) => boolean,
  changed: (file: string) => boolean,
): Map<string, BaseStatus> {
  const matched = decisions.map((d) => ({ d, match: matchDecision(d, applications), geldig: valid(d.file) }));
  const out = new Map<string, BaseStatus>();
  for (const app of applications) {
    const mine = matched.filter((x) => x.match.kind !== 'onbekend' && x.match.application.file === app.file);
    const current = (rol: Rol) => mine.find((x) => x.match.kind === 'actueel' && x.geldig && x.d.beoordeling.rol === rol)?.d;
    // Two current decisions for one role: valid or not, neither counts (beoordeling-dubbel is on each).
    const double = ROLLEN.some((rol) => mine.filter((x) => x.match.kind === 'actueel' && x.d.beoordeling.rol === rol).length > 1);
    const blocked = { changed: changed(app.file), double, stale: mine.some((x) => x.match.kind === 'verouderd') };
    const c = current('coordinerend');
    const t = current('tweede');
    const decided = decideStatus(c?.beoordeling, t?.beoordeling, blocked);
    out.set(app.file, { ...decided, current: { ...(c ? { coordinerend: c } : {}), ...(t ? { tweede: t } : {}) } });
  }
  return out;
}
