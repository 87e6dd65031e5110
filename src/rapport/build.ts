/**
 * The report for the BO as a pure function: the check report, the frame and the budget totals in,
 * every figure of the page out. No I/O, no clock (the peildatum is given).
 */
import { allocateScenario } from '../budget/allocate.js';
import { sum } from '../budget/money.js';
import { SCENARIO_METHODS, type BudgetReport, type Euros, type ScenarioMethod } from '../budget/types.js';
import type { Frame } from '../domain/types.js';
import { compareText } from '../domain/compare.js';
import type { Decision, FileResult, Report } from '../report/types.js';
import type { StatusReport } from '../round/status.js';
import { RAPPORT_VERSION, type InvalidDemand, type RapportApplication, type RapportReport, type Regions, type ReviewSummary, type ScenarioCuts } from './types.js';

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
  const scenarios = SCENARIO_METHODS.map((method) => allocateScenario(method, budget.aanvragen, budget.themas, budget.plafonds));
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
    applications: applications(report.files, budget, scenarios),
  };
  result.cuts = scenarioCuts(result);
  return result;
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
        if (allocated === undefined || a.requested === null || allocated >= a.requested) return [];
        return [{ file: a.file, titel: a.titel, requested: a.requested, allocated, cut: a.requested - allocated }];
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
    if (index !== undefined) {
      row.allocations = Object.fromEntries(scenarios.map((s) => [s.method, s.perAanvraag[index]!])) as Record<ScenarioMethod, Euros>;
    }
    rows.push(row);
  }
  return rows;
}
