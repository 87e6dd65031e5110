/**
 * The BO's view of the assessments (nota §4.2): "de zorgverzekeraars laten het BO IZA/AZWA zien wat
 * het totaal aan aanvragen is" after the individual assessments. Per theme and per year, the
 * counted applications by assessment outcome: approved by both insurers (at the APPROVED amount,
 * distributed over the years exactly), on hold, rejected, conflicting or outdated, not yet assessed,
 * outside the insurers' round; next to what was requested, against the richtbedragen and the caps.
 * The allocation scenarios run on the approved amounts. One function for `budget`, `rapport` and
 * `status` alike; pure, whole euros (bigint), every split by the largest-remainder method.
 */
import { compareText } from '../domain/compare.js';
import type { Frame } from '../domain/types.js';
import type { Status } from '../round/types.js';
import { allocateScenario } from './allocate.js';
import { largestRemainder, percentTenths, subscription, sum } from './money.js';
import { plafondTotals, themeTotals, yearAmount, type Counted } from './totals.js';
import {
  ASSESSED_OUTCOMES,
  SCENARIO_METHODS,
  type Allocation,
  type AssessedApplication,
  type AssessedOutcome,
  type AssessedView,
  type AssessedYear,
  type Euros,
  type OutcomeAmounts,
  type Scenario,
} from './types.js';

/** Each round status to its outcome. A status added to the round must be placed here (a compile error until it is). */
export const OUTCOME_OF_STATUS = {
  'wacht-op-coordinerend': 'wacht',
  'wacht-op-tweede': 'wacht',
  akkoord: 'goedgekeurd',
  // Approved by both insurers; what the BO then gave is the BO's, not the assessments' (status, export nza).
  'wacht-op-bevestiging': 'goedgekeurd',
  definitief: 'goedgekeurd',
  'bo-afgewezen': 'goedgekeurd',
  aangehouden: 'aangehouden',
  afgewezen: 'afgewezen',
  strijdig: 'strijdig',
  verouderd: 'strijdig',
  // Two decisions for one role, or a file changed since the register: no valid assessment either.
  dubbel: 'strijdig',
  gewijzigd: 'strijdig',
} satisfies Record<Status, AssessedOutcome>;

/** What the round says of one application: its status and, when both insurers approved, the amount per year. */
export interface AssessedEntry {
  status: Status;
  /** Only when both insurers approved (akkoord and after): the approved amount per year (adds up to the approved amount). */
  approvedPerJaar?: ReadonlyMap<number, Euros>;
}

/** The round's outcome per application file; an application not in it is outside the insurers' round. */
export type Assessment = ReadonlyMap<string, AssessedEntry>;

/** One budget line of an application (begroting[]): who receives it, in which year, how much. */
export interface BudgetLine {
  ontvanger: string;
  jaar: number;
  bedrag: number;
}

/**
 * The approved amount over the years, exactly: per receiving party as the decision splits it
 * (`perOntvanger`), each party's amount in proportion to its own requested years; without a split,
 * the whole amount in proportion to the requested years. Largest remainder, ties by the earlier year.
 */
export function approvedPerYear(lines: readonly BudgetLine[], approved: number, perOntvanger?: readonly { ontvanger: string; bedrag: number }[]): Map<number, Euros> {
  const out = new Map<number, Euros>();
  const add = (shares: Map<number, bigint>, target: bigint) => {
    const years = [...shares.entries()].filter(([, amount]) => amount > 0n).sort(([a], [b]) => a - b);
    if (target === 0n) return true;
    if (years.length === 0) return false;
    const amounts = largestRemainder(
      years.map(([jaar, amount]) => ({ key: String(jaar), amount })),
      target,
    );
    years.forEach(([jaar], i) => out.set(jaar, (out.get(jaar) ?? 0n) + amounts[i]!));
    return true;
  };
  const yearsOf = (keep: (line: BudgetLine) => boolean) => {
    const years = new Map<number, bigint>();
    for (const line of lines) if (keep(line)) years.set(line.jaar, (years.get(line.jaar) ?? 0n) + BigInt(line.bedrag));
    return years;
  };
  for (const line of lines) if (!out.has(line.jaar)) out.set(line.jaar, 0n);
  if (perOntvanger && perOntvanger.length > 0) {
    const all = yearsOf(() => true);
    for (const party of [...perOntvanger].sort((a, b) => compareText(a.ontvanger, b.ontvanger))) {
      // A party the decision names without budget lines of its own follows the application's years.
      if (!add(yearsOf((line) => line.ontvanger === party.ontvanger), BigInt(party.bedrag))) add(all, BigInt(party.bedrag));
    }
  } else {
    add(yearsOf(() => true), BigInt(approved));
  }
  return new Map([...out.entries()].sort(([a], [b]) => a - b));
}

const zeroAmounts = (): OutcomeAmounts => Object.fromEntries(ASSESSED_OUTCOMES.map((o) => [o, { count: 0, bedrag: 0n }])) as OutcomeAmounts;
const zeroYears = (): Record<AssessedOutcome, Euros> => Object.fromEntries(ASSESSED_OUTCOMES.map((o) => [o, 0n])) as Record<AssessedOutcome, Euros>;

interface Placed {
  application: Counted;
  row: AssessedApplication;
  /** The amount per year this application adds to its outcome (approved for goedgekeurd, else requested). */
  perJaar: ReadonlyMap<number, Euros>;
}

/**
 * The totals by assessment outcome over the counted applications (in the order of the budget's
 * `aanvragen`). `allocation` other than `geen`: each approved application's amount in that scenario.
 */
export function assessedView(counted: readonly Counted[], frame: Frame, assessment: Assessment, allocation: Allocation): AssessedView {
  const placed: Placed[] = counted.map((application) => {
    const entry = assessment.get(application.file);
    const uitkomst: AssessedOutcome = entry ? OUTCOME_OF_STATUS[entry.status] : 'buiten-ronde';
    const approvedYears = uitkomst === 'goedgekeurd' ? (entry?.approvedPerJaar ?? new Map<number, Euros>()) : null;
    const approved = approvedYears ? sum(approvedYears.values()) : null;
    const row: AssessedApplication = {
      file: application.file,
      thema: application.thema,
      status: entry?.status ?? null,
      uitkomst,
      requested: application.requested,
      approved,
      approvedPerJaar: approvedYears ? [...approvedYears.entries()].map(([jaar, bedrag]) => ({ jaar, bedrag })) : null,
    };
    return { application, row, perJaar: approvedYears ?? application.perJaar };
  });

  // The approved applications at their approved amounts: the themes, caps and scenarios after assessment.
  const approvedApps: Counted[] = placed
    .filter((p) => p.row.uitkomst === 'goedgekeurd')
    .map((p) => ({ ...p.application, requested: p.row.approved!, perJaar: new Map(p.perJaar), allocated: undefined }) as Counted);
  const approvedThemes = themeTotals(approvedApps, frame);
  const approvedCaps = plafondTotals(approvedApps, frame);
  const indexOf = new Map(placed.map((p, i) => [p.application.file, i]));
  const scenarios: Scenario[] = SCENARIO_METHODS.map((method) => {
    const scenario = allocateScenario(method, approvedApps, approvedThemes, approvedCaps);
    // Per counted application: 0 for those not approved.
    const perAanvraag = placed.map(() => 0n);
    approvedApps.forEach((a, i) => (perAanvraag[indexOf.get(a.file)!] = scenario.perAanvraag[i]!));
    return { ...scenario, perAanvraag };
  });
  if (allocation !== 'geen') {
    const chosen = scenarios.find((s) => s.method === allocation)!;
    placed.forEach((p, i) => {
      if (p.row.uitkomst === 'goedgekeurd') p.row.allocated = chosen.perAanvraag[i]!;
    });
  }

  const requestedThemes = themeTotals(counted, frame);
  const themas = requestedThemes.map((theme) => {
    const after = approvedThemes.find((t) => t.id === theme.id);
    const members = placed.filter((p) => p.application.thema === theme.id);
    const approved = after?.requested ?? 0n;
    const richtbedrag = theme.richtbedrag;
    return {
      id: theme.id,
      naam: theme.naam,
      financieringsroute: theme.financieringsroute,
      inBudgetkader: theme.inBudgetkader,
      richtbedrag,
      ...(theme.gereserveerd ? { gereserveerd: true as const } : {}),
      count: theme.count,
      requested: theme.requested,
      perUitkomst: amountsOf(members),
      approved,
      difference: richtbedrag === null ? null : approved - richtbedrag,
      percentage: richtbedrag === null ? null : percentTenths(approved, richtbedrag),
      subscription: richtbedrag === null ? null : subscription(approved, richtbedrag),
      ...(after?.proRata ? { proRata: after.proRata } : {}),
      jaren: yearsOf(members, frame),
    };
  });

  const requestedCaps = plafondTotals(counted, frame);
  const plafonds = approvedCaps.map((cap, i) => ({
    id: cap.id,
    naam: cap.naam,
    financieringsroute: cap.financieringsroute,
    bedrag: cap.bedrag,
    totEnMet: cap.totEnMet,
    requested: requestedCaps[i]!.requested,
    approved: cap.requested,
    approvedLater: sum(approvedApps.filter((a) => a.financieringsroute === cap.financieringsroute).map((a) => yearAmount(a, (y) => y > cap.totEnMet))),
    difference: cap.difference,
    percentage: cap.percentage,
    subscription: cap.subscription,
  }));

  const budget = BigInt(frame.budgetkader.totaal.bedrag);
  const approved = sum(approvedApps.map((a) => a.requested));
  return {
    themas,
    plafonds,
    jaren: yearsOf(placed, frame),
    overall: {
      count: placed.length,
      requested: sum(counted.map((a) => a.requested)),
      perUitkomst: amountsOf(placed),
      approved,
      budget,
      difference: approved - budget,
      percentage: percentTenths(approved, budget),
      subscription: subscription(approved, budget),
    },
    aanvragen: placed.map((p) => p.row),
    scenarios,
  };
}

function amountsOf(members: readonly Placed[]): OutcomeAmounts {
  const amounts = zeroAmounts();
  for (const p of members) {
    const slot = amounts[p.row.uitkomst];
    slot.count += 1;
    slot.bedrag += p.row.approved ?? p.row.requested;
  }
  return amounts;
}

/** Per year: the budgetkader's years, then any other year found, ascending. */
function yearsOf(members: readonly Placed[], frame: Frame): AssessedYear[] {
  const kader = frame.budgetkader.jaren;
  const found = new Set<number>();
  for (const p of members) for (const year of [...p.application.perJaar.keys(), ...p.perJaar.keys()]) found.add(year);
  const years = [...kader, ...[...found].filter((y) => !kader.includes(y)).sort((a, b) => a - b)];
  return years.map((jaar) => {
    const perUitkomst = zeroYears();
    let requested = 0n;
    for (const p of members) {
      requested += p.application.perJaar.get(jaar) ?? 0n;
      perUitkomst[p.row.uitkomst] += p.perJaar.get(jaar) ?? 0n;
    }
    return { jaar, requested, perUitkomst };
  });
}
