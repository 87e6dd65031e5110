/**
 * The budget totals as a pure function: the check report's files and the normative frame in, the
 * BudgetReport out. No I/O. Guide amounts and caps come only from the frame's budgetkader.
 *
 * Which applications count: an aanvraag whose review decision is not `ongeldig`; the same
 * application given twice (same fingerprint) counts once, the first by sorted path; with
 * `excludeAdditionalReview` the ones that need additional review are left out too. Everything left
 * out is listed with the reason.
 */
import type { Frame, Modelplan } from '../domain/types.js';
import { compareText } from '../domain/compare.js';
import type { FileResult } from '../report/types.js';
import { allocateScenario } from './allocate.js';
import { assessedView, type Assessment } from './assessed.js';
import { percentTenths, subscription, sum } from './money.js';
import { plafondTotals, themeTotals, type Counted } from './totals.js';
import type {
  AreaRow,
  BreakdownRow,
  BudgetOptions,
  PartyRow,
  BudgetReport,
  CountedApplication,
  CountedDecision,
  Euros,
  InvalidEntry,
  LeftOut,
  ThemeTotal,
  ThemeYears,
  YearRow,
} from './types.js';
import type { Lang } from '../report/types.js';

export const BUDGET_REPORT_VERSION = '2.1.0';

/** Key of the "no coordinating insurer" (spuk) and "no zorgpad" rows. */
export const NONE_KEY = 'geen';

export interface BudgetInput {
  files: readonly FileResult[];
  frame: Frame;
  lang: Lang;
  options: BudgetOptions;
  /**
   * The round's outcome per application, when decision files are among the inputs: the report then
   * holds `beoordeeld` (src/budget/assessed.ts) and `--toewijzing` runs on the approved amounts.
   */
  assessment?: Assessment;
}

export function aggregateBudget(input: BudgetInput): BudgetReport {
  const { frame, options } = input;
  const kader = frame.budgetkader;
  const files = [...input.files].sort((a, b) => compareText(a.file, b.file));
  const leftOut: LeftOut = { invalid: [], duplicates: [], additionalReview: [], late: [], frameFiles: [] };
  const counted: Counted[] = [];

  for (const file of files) {
    // After the register's submission moment (decided once, in the engine's set stage): no demand, not even invalid demand.
    if (file.naIndienmoment) {
      leftOut.late.push({ file: file.file });
      continue;
    }
    // Files that are no application (the frame, an insurer's decision) are listed, never counted or called invalid.
    if (file.kind === 'modelplan' || file.kind === 'budgetkader' || file.kind === 'referentielijsten' || file.kind === 'beoordeling' || file.kind === 'bo-besluit' || file.kind === 'bevestiging' || file.kind === 'verantwoording' || file.kind === 'plausibiliteit') {
      leftOut.frameFiles.push({ file: file.file, kind: file.kind });
      continue;
    }
    const decision = file.review?.decision;
    if (file.kind !== 'aanvraag' || !file.aanvraag || decision === undefined || decision === 'ongeldig') {
      leftOut.invalid.push(invalidEntry(file));
      continue;
    }
    const application = toCounted(file, decision);
    // Which copy counts was decided once, by the duplicate rule (aanvraag-dubbel) in the engine.
    if (file.duplicateOf !== undefined) {
      leftOut.duplicates.push({ file: file.file, duplicateOf: file.duplicateOf, requested: application.requested });
      continue;
    }
    if (options.excludeAdditionalReview && decision === 'aanvullende-beoordeling') {
      leftOut.additionalReview.push({ file: file.file, thema: application.thema, requested: application.requested });
      continue;
    }
    counted.push(application);
  }

  const themas = themeTotals(counted, frame);
  const plafonds = plafondTotals(counted, frame);
  const beoordeeld = input.assessment ? assessedView(counted, frame, input.assessment, options.allocation) : undefined;
  let allocated: Euros | undefined;
  if (options.allocation !== 'geen' && beoordeeld) {
    // After assessment the scenario divides what both insurers approved; the others get no amount.
    counted.forEach((a, i) => {
      const amount = beoordeeld.aanvragen[i]!.allocated;
      if (amount !== undefined) a.allocated = amount;
    });
    allocated = beoordeeld.scenarios.find((s) => s.method === options.allocation)!.allocated;
  } else if (options.allocation !== 'geen') {
    const scenario = allocateScenario(options.allocation, counted, themas, plafonds);
    counted.forEach((a, i) => (a.allocated = scenario.perAanvraag[i]!));
    allocated = scenario.allocated;
  }
  const requested = sum(counted.map((a) => a.requested));
  const budget = BigInt(kader.totaal.bedrag);

  return {
    budgetReportVersion: BUDGET_REPORT_VERSION,
    lang: input.lang,
    budgetkader: { id: kader.id, versie: kader.versie, status: kader.status, totaal: budget, jaren: [...kader.jaren] },
    options: { allocation: options.allocation, excludeAdditionalReview: options.excludeAdditionalReview },
    overall: {
      count: counted.length,
      additionalReview: counted.filter((a) => a.decision === 'aanvullende-beoordeling').length,
      leftOut: leftOut.invalid.length + leftOut.duplicates.length + leftOut.additionalReview.length + leftOut.late.length + leftOut.frameFiles.length,
      requested,
      ...(allocated === undefined ? {} : { allocated }),
      budget,
      difference: requested - budget,
      percentage: percentTenths(requested, budget),
      subscription: subscription(requested, budget),
    },
    themas,
    plafonds,
    jaarbedragen: themeYears(counted, frame),
    breakdowns: {
      perJaar: perJaar(counted, frame),
      perToepassingsgebied: perToepassingsgebied(counted, frame, themas),
      perSector: perSector(counted),
      perVerzekeraar: perVerzekeraar(counted),
      perOntvanger: perOntvanger(counted),
    },
    aanvragen: counted.map(publicApplication),
    leftOut,
    ...(beoordeeld ? { beoordeeld } : {}),
  };
}

function invalidEntry(file: FileResult): InvalidEntry {
  const first = file.findings.find((f) => f.severity === 'error') ?? file.findings[0];
  const entry: InvalidEntry = first
    ? { file: file.file, kind: file.kind, ruleId: first.ruleId, line: first.line, column: first.column, message: first.message }
    : { file: file.file, kind: file.kind, ruleId: null, line: null, column: null, message: '' };
  const requested = file.aanvraag ? sum(Object.values(file.aanvraag.perJaar).map((amount) => BigInt(amount))) : file.requestedWhenInvalid;
  if (requested !== undefined) entry.requested = BigInt(requested);
  return entry;
}

function toCounted(file: FileResult, decision: CountedDecision): Counted {
  const summary = file.aanvraag!;
  const perJaar = new Map<number, Euros>();
  for (const [year, amount] of Object.entries(summary.perJaar)) perJaar.set(Number(year), BigInt(amount));
  const application: Counted = {
    file: file.file,
    titel: summary.titel,
    aanvrager: summary.aanvrager,
    modelplan: { id: summary.modelplan.id, versie: summary.modelplan.versie },
    thema: summary.thema,
    financieringsroute: summary.financieringsroute,
    sector: summary.sector,
    decision,
    // The sum of the years, so the per-year breakdown always adds up to the total.
    requested: sum(perJaar.values()),
    perJaar,
    perOntvanger: summary.perOntvanger.map((p) => ({ ...p, bedrag: BigInt(p.bedrag) })),
  };
  if (summary.zorgpad !== undefined) application.zorgpad = summary.zorgpad;
  if (file.score) application.score = file.score.total;
  if (summary.coordinerendeVerzekeraar) {
    application.verzekeraar = { uzovi: summary.coordinerendeVerzekeraar.uzovi, naam: summary.coordinerendeVerzekeraar.naam };
  }
  return application;
}

function publicApplication(application: Counted): CountedApplication {
  const { financieringsroute: _route, perJaar: _perJaar, perOntvanger: _perOntvanger, ...rest } = application;
  return rest;
}

/** Themes with amounts per year (the social domain): requested per year, other years too so the rows add up. */
function themeYears(counted: readonly Counted[], frame: Frame): ThemeYears[] {
  return frame.budgetkader.themas
    .filter((thema) => thema.per_jaar && thema.per_jaar.length > 0)
    .map((thema) => {
      const members = counted.filter((a) => a.thema === thema.id);
      const set = thema.per_jaar!;
      const setYears = new Set(set.map((y) => y.jaar));
      const otherYears = [...new Set(members.flatMap((a) => [...a.perJaar.keys()]))].filter((y) => !setYears.has(y)).sort((a, b) => a - b);
      const requestedIn = (year: number) => sum(members.map((a) => a.perJaar.get(year) ?? 0n));
      const jaren = [
        ...set.map((y) => {
          const requested = requestedIn(y.jaar);
          const bedrag = BigInt(y.bedrag);
          return { jaar: y.jaar, bedrag, requested, difference: requested - bedrag, percentage: percentTenths(requested, bedrag), subscription: subscription(requested, bedrag) };
        }),
        ...otherYears.map((jaar) => ({ jaar, bedrag: null, requested: requestedIn(jaar), difference: null, percentage: null, subscription: null })),
      ];
      return { thema: thema.id, naam: thema.naam, jaren };
    });
}

function perJaar(counted: readonly Counted[], frame: Frame): YearRow[] {
  const kaderYears = frame.budgetkader.jaren;
  const otherYears = [...new Set(counted.flatMap((a) => [...a.perJaar.keys()]))].filter((y) => !kaderYears.includes(y)).sort((a, b) => a - b);
  return [...kaderYears.map((y) => ({ year: y, inBudgetkader: true })), ...otherYears.map((y) => ({ year: y, inBudgetkader: false }))].map(({ year, inBudgetkader }) => {
    const having = counted.filter((a) => a.perJaar.has(year));
    const requested = sum(having.map((a) => a.perJaar.get(year)!));
    const row: YearRow = { key: String(year), label: String(year), inBudgetkader, count: having.length, requested };
    // Seed 004's €400m per year (the earlier cash rhythm), for comparison where the budgetkader records it.
    const total = frame.budgetkader.eerder_kasritme?.per_jaar.find((y) => y.jaar === year);
    if (total) {
      const bedrag = BigInt(total.bedrag);
      row.eerderKasritme = { bedrag, difference: requested - bedrag, percentage: percentTenths(requested, bedrag), subscription: subscription(requested, bedrag) };
    }
    return row;
  });
}

/** Rows for the keys in `order` (also when empty), then for other keys found, sorted. */
function groupBy(
  applications: readonly Counted[],
  keyOf: (a: Counted) => { key: string; label: string },
  order: readonly { key: string; label: string }[] = [],
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  const row = (key: string, label: string): BreakdownRow => (key === NONE_KEY ? { key, label, none: true, count: 0, requested: 0n } : { key, label, count: 0, requested: 0n });
  for (const { key, label } of order) if (!rows.has(key)) rows.set(key, row(key, label));
  const found = new Map<string, BreakdownRow>();
  for (const application of applications) {
    const { key, label } = keyOf(application);
    const target = rows.get(key) ?? found.get(key) ?? row(key, label);
    if (!rows.has(key)) found.set(key, target);
    target.count += 1;
    target.requested += application.requested;
  }
  return [...rows.values(), ...[...found.values()].sort((a, b) => compareText(a.key, b.key))];
}

/** The newest version of every modelplan id in the frame (the frame is sorted by id, then version). */
function newestModelplannen(frame: Frame): Map<string, Modelplan> {
  const newest = new Map<string, Modelplan>();
  for (const modelplan of frame.modelplannen) newest.set(modelplan.id, modelplan);
  return newest;
}

function perToepassingsgebied(counted: readonly Counted[], frame: Frame, themas: readonly ThemeTotal[]): AreaRow[] {
  const newest = newestModelplannen(frame);
  const areas = new Map<string, { thema: string; label: string; modelplan?: Modelplan }>();
  for (const [id, modelplan] of newest) areas.set(id, { thema: modelplan.thema, label: modelplan.titel, modelplan });
  for (const application of counted) {
    if (!areas.has(application.modelplan.id)) areas.set(application.modelplan.id, { thema: application.thema, label: application.modelplan.id });
  }
  const themeOrder = new Map(themas.map((t, i) => [t.id, i]));
  const rank = (thema: string) => themeOrder.get(thema) ?? themas.length;
  const ids = [...areas.keys()].sort((a, b) => rank(areas.get(a)!.thema) - rank(areas.get(b)!.thema) || compareText(a, b));
  return ids.map((id) => {
    const area = areas.get(id)!;
    const members = counted.filter((a) => a.modelplan.id === id);
    const row: AreaRow = { key: id, label: area.label, thema: area.thema, count: members.length, requested: sum(members.map((a) => a.requested)) };
    const zorgpaden = area.modelplan?.zorgpaden ?? [];
    if (zorgpaden.length > 0) {
      row.zorgpaden = groupBy(
        members,
        (a) => ({ key: a.zorgpad ?? NONE_KEY, label: zorgpaden.find((z) => z.id === a.zorgpad)?.naam ?? a.zorgpad ?? NONE_KEY }),
        zorgpaden.map((z) => ({ key: z.id, label: z.naam })),
      );
    }
    return row;
  });
}

function perVerzekeraar(counted: readonly Counted[]): BreakdownRow[] {
  const rows = groupBy(counted, (a) => (a.verzekeraar ? { key: a.verzekeraar.uzovi, label: a.verzekeraar.naam } : { key: NONE_KEY, label: NONE_KEY }));
  // "geen" (spuk: paid to gemeenten, no insurer) last, after the UZOVI codes.
  return [...rows.filter((r) => r.key !== NONE_KEY), ...rows.filter((r) => r.key === NONE_KEY)];
}

/**
 * Per receiving party: every begroting line goes to one member, so the rows add up to the total
 * requested. The same AGB (or KvK, gemeentecode) in several applications is one row; its name and
 * sector are those of the first application by sorted path.
 */
function perOntvanger(counted: readonly Counted[]): PartyRow[] {
  const rows = new Map<string, PartyRow>();
  for (const application of counted) {
    for (const party of application.perOntvanger) {
      const row = rows.get(party.id) ?? { key: party.id, label: party.naam, sector: party.sector, count: 0, requested: 0n };
      row.count += 1;
      row.requested += party.bedrag;
      rows.set(party.id, row);
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.key, b.key));
}

/**
 * Per sector: every budget line to the sector of the member it goes to (as per receiving party), so
 * an application with members in two sectors adds to both, and the rows add up to the total
 * requested. count: the applications with money in that sector. Sorted by sector.
 */
function perSector(counted: readonly Counted[]): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  for (const application of counted) {
    const seen = new Set<string>();
    for (const party of application.perOntvanger) {
      const row = rows.get(party.sector) ?? { key: party.sector, label: party.sector, count: 0, requested: 0n };
      if (!seen.has(party.sector)) row.count += 1;
      seen.add(party.sector);
      row.requested += party.bedrag;
      rows.set(party.sector, row);
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.key, b.key));
}
