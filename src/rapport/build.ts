/**
 * The report for the BO as a pure function: the check report, the frame and the budget totals in,
 * every figure of the page out. No I/O, no clock (the peildatum is given).
 */
import { allocateScenario } from '../budget/allocate.js';
import { percentTenths, sum } from '../budget/money.js';
import { SCENARIO_METHODS, type AssessedView, type BudgetReport, type Euros, type ScenarioMethod } from '../budget/types.js';
import type { Frame } from '../domain/types.js';
import { compareText } from '../domain/compare.js';
import type { Decision, FileResult, Report } from '../report/types.js';
import type { StatusReport } from '../round/status.js';
import { RAPPORT_VERSION, type InvalidDemand, type RapportApplication, type RapportReport, type Regions, type ReviewSummary, type ScenarioCuts, type ThemeAdvice } from './types.js';

export interface RapportInput {
  report: Report;
  frame: Frame;
  /** The totals with `--toewijzing geen` (the scenarios are computed here, side by side). */
  budget: BudgetReport;
  peildatum: string;
  /** The round's statuses (src/round/status.ts), when decision files or a register were given. */
  status?: StatusReport;
}

export function buildRapport(input: RapportInput): RapportReport {
  const { report, frame, budget } = input;
  // After assessment the scenarios divide what both insurers approved (src/budget/assessed.ts).
  const scenarios = budget.beoordeeld?.scenarios ?? SCENARIO_METHODS.map((method) => allocateScenario(method, budget.aanvragen, budget.themas, budget.plafonds));
  const { leftOut } = budget;
  const unreadable = leftOut.invalid.filter((x) => x.kind === null).length;
  const result: RapportReport = {
    rapportVersion: RAPPORT_VERSION,
    lang: report.lang,
    stamp: {
      peildatum: input.peildatum,
      tool: report.audit.tool,
      budgetkader: report.audit.budgetkader,
      modelplannen: report.audit.modelplannen,
      files: {
        total: report.files.length,
        counted: budget.overall.count,
        invalid: leftOut.invalid.length,
        unreadable,
        duplicates: leftOut.duplicates.length,
        additionalReviewLeftOut: leftOut.additionalReview.length,
        late: leftOut.late.length,
        frameFiles: leftOut.frameFiles.length,
      },
      excludeAdditionalReview: budget.options.excludeAdditionalReview,
      register: input.status?.register ?? null,
    },
    budget,
    decisions: decisionCounts(report.files),
    review: reviewSummary(report),
    round: input.status
      ? { totaal: input.status.tellingen.totaal, perStatus: input.status.tellingen.perStatus, toegekend: input.status.tellingen.toegekend, buitenRonde: input.status.buitenRonde.length, naIndienmoment: input.status.naIndienmoment }
      : null,
    invalid: invalidDemand(budget),
    regions: regions(report.files, budget, frame),
    scenarios,
    cuts: [],
    advice: null,
    applications: applications(report.files, budget, scenarios),
  };
  result.cuts = scenarioCuts(result);
  if (budget.beoordeeld) result.advice = themeAdvice(budget.beoordeeld, result);
  return result;
}

const LARGEST_CUTS = 3;

/** Per theme with applications or a richtbedrag: after assessment, over or under by how much, what is open, and what each scenario does. */
function themeAdvice(view: AssessedView, rapport: RapportReport): ThemeAdvice[] {
  return view.themas
    .filter((th) => th.count > 0 || th.richtbedrag !== null)
    .map((th) => {
      const u = th.perUitkomst;
      const open = u.aangehouden.bedrag + u.strijdig.bedrag + u.wacht.bedrag;
      const approvedHere = new Set(view.aanvragen.filter((a) => a.thema === th.id && a.uitkomst === 'goedgekeurd').map((a) => a.file));
      return {
        thema: th.id,
        naam: th.naam,
        richtbedrag: th.richtbedrag,
        requested: th.requested,
        approved: th.approved,
        difference: th.difference,
        percentage: th.percentage,
        subscription: th.subscription,
        open,
        openPercentage: th.richtbedrag === null ? null : percentTenths(th.approved + open, th.richtbedrag),
        rejected: u.afgewezen.bedrag,
        outside: u['buiten-ronde'].bedrag,
        scenarios: rapport.cuts.map((c) => {
          const mine = c.applications.filter((a) => approvedHere.has(a.file));
          const scenario = rapport.scenarios.find((s) => s.method === c.method)!;
          return {
            method: c.method,
            allocated: scenario.themas.find((x) => x.id === th.id)?.allocated ?? 0n,
            less: mine.length,
            nothing: mine.filter((a) => a.allocated === 0n).length,
            cut: sum(mine.map((a) => a.cut)),
            largest: mine.slice(0, LARGEST_CUTS).map((a) => ({ file: a.file, titel: a.titel, approved: a.requested, allocated: a.allocated })),
          };
        }),
      };
    });
}

function reviewSummary(report: Report): ReviewSummary {
  const perRule = new Map<string, number>();
  let count = 0;
  for (const file of report.files) {
    if (file.review?.decision !== 'aanvullende-beoordeling') continue;
    count += 1;
    for (const ruleId of new Set(file.review.reasons.map((r) => r.ruleId))) perRule.set(ruleId, (perRule.get(ruleId) ?? 0) + 1);
  }
  const titles = new Map(report.rules.map((r) => [r.id, r.title[report.lang]]));
  const reasons = [...perRule.entries()]
    .map(([ruleId, applications]) => ({ ruleId, title: titles.get(ruleId) ?? ruleId, applications }))
    .sort((a, b) => b.applications - a.applications || compareText(a.ruleId, b.ruleId));
  return { count, reasons };
}

function scenarioCuts(rapport: RapportReport): ScenarioCuts[] {
  return rapport.scenarios.map(({ method }) => ({
    method,
    applications: rapport.applications
      .flatMap((a) => {
        const allocated = a.allocations?.[method];
        // After assessment a cut is against the approved amount (only approved applications have allocations).
        const base = a.assessed ? a.assessed.approved : a.requested;
        if (allocated === undefined || base === null || allocated >= base) return [];
        return [{ file: a.file, titel: a.titel, requested: base, allocated, cut: base - allocated }];
      })
      .sort((a, b) => (a.cut === b.cut ? compareText(a.file, b.file) : a.cut > b.cut ? -1 : 1)),
  }));
}

function decisionCounts(files: readonly FileResult[]): Record<Decision, number> {
  const counts: Record<Decision, number> = { standaard: 0, 'aanvullende-beoordeling': 0, ongeldig: 0 };
  for (const file of files) if (file.review && !file.naIndienmoment) counts[file.review.decision] += 1;
  return counts;
}

function invalidDemand(budget: BudgetReport): InvalidDemand {
  // Only files that are (or could be) applications: an invalid modelplan is not demand.
  const entries = budget.leftOut.invalid.filter((x) => x.kind === 'aanvraag' || x.kind === null);
  const known = entries.filter((x) => x.requested !== undefined);
  return {
    count: entries.length,
    withAmount: known.length,
    requested: sum(known.map((x) => x.requested!)),
    withoutAmount: entries.length - known.length,
    unreadable: entries.filter((x) => x.kind === null).length,
    entries,
  };
}

function regions(files: readonly FileResult[], budget: BudgetReport, frame: Frame): Regions {
  const regionOf = new Map(files.map((f) => [f.file, f.aanvraag?.zorgkantoorregio]));
  const list = frame.referentielijsten?.zorgkantoorregios ?? null;
  const names = new Map((list ?? []).map((r) => [r.code, r.naam]));
  const rows = new Map<string, { count: number; requested: Euros }>();
  for (const region of list ?? []) rows.set(region.code, { count: 0, requested: 0n });
  const noRegion = { count: 0, requested: 0n };
  for (const application of budget.aanvragen) {
    const code = regionOf.get(application.file);
    const row = code === undefined ? noRegion : (rows.get(code) ?? rows.set(code, { count: 0, requested: 0n }).get(code)!);
    row.count += 1;
    row.requested += application.requested;
  }
  const listed = (list ?? []).map((r) => r.code);
  const others = [...rows.keys()].filter((code) => !names.has(code)).sort(compareText);
  return {
    listKnown: list !== null,
    rows: [...listed, ...others].map((code) => ({ code, naam: names.get(code) ?? null, ...rows.get(code)! })),
    without: (list ?? []).filter((r) => rows.get(r.code)!.count === 0).map((r) => ({ code: r.code, naam: r.naam })),
    noRegion,
  };
}

function applications(files: readonly FileResult[], budget: BudgetReport, scenarios: readonly { method: ScenarioMethod; perAanvraag: Euros[] }[]): RapportApplication[] {
  const countedIndex = new Map(budget.aanvragen.map((a, i) => [a.file, i]));
  const duplicates = new Set(budget.leftOut.duplicates.map((x) => x.file));
  const reviewLeftOut = new Set(budget.leftOut.additionalReview.map((x) => x.file));
  const invalid = new Map(budget.leftOut.invalid.map((x) => [x.file, x]));
  const rows: RapportApplication[] = [];
  for (const file of [...files].sort((a, b) => compareText(a.file, b.file))) {
    // A file after the submission moment is no application of the round: listed apart (stamp, round), not here.
    if ((file.kind !== 'aanvraag' && file.kind !== null) || file.naIndienmoment) continue;
    const summary = file.aanvraag;
    const decision = file.review?.decision ?? 'ongeldig';
    const index = countedIndex.get(file.file);
    const status = index !== undefined ? 'counted' : duplicates.has(file.file) ? 'duplicate' : reviewLeftOut.has(file.file) ? 'additional-review-left-out' : 'invalid';
    const requested = summary ? sum(Object.values(summary.perJaar).map((x) => BigInt(x))) : (invalid.get(file.file)?.requested ?? null);
    const row: RapportApplication = {
      file: file.file,
      status,
      titel: summary?.titel ?? null,
      aanvrager: summary?.aanvrager ?? null,
      modelplan: summary ? { ...summary.modelplan } : null,
      thema: summary?.thema ?? null,
      zorgkantoorregio: summary?.zorgkantoorregio ?? null,
      requested,
      fteBesparing: summary?.fteBesparing ?? null,
      euroPerFte: file.score?.euroPerFte ?? null,
      decision,
      reasons: (file.review?.reasons ?? []).map((r) => r.message),
      score: file.score?.total ?? null,
    };
    const assessed = index === undefined ? undefined : budget.beoordeeld?.aanvragen[index];
    if (assessed) row.assessed = { uitkomst: assessed.uitkomst, approved: assessed.approved };
    if (index !== undefined && (!assessed || assessed.uitkomst === 'goedgekeurd')) {
      row.allocations = Object.fromEntries(scenarios.map((s) => [s.method, s.perAanvraag[index]!])) as Record<ScenarioMethod, Euros>;
    }
    rows.push(row);
  }
  return rows;
}
