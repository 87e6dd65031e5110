/**
 * The budget report as localized sections of rows and cells, shared by the table and markdown
 * formatters so both show the same figures. Cells hold raw text: each renderer escapes it.
 */
import type { BudgetReport, Euros, ThemeTotal, ScenarioMethod } from '../../budget/types.js';
import { formatEuros, t } from '../../i18n/ui.js';
import type { Lang, Localized } from '../../report/types.js';
import { budgetText as text } from './labels.js';
import { assessedSections, assessedSummary, outcomeText } from './assessed.js';

export { formatPercent, shareBar, signedEuros, type Cell, type Row, type Section, type Tone } from './cells.js';
import { formatPercent, shareBar, signedEuros, type Cell, type Row, type Section } from './cells.js';

/** The note and the column header of each allocation that assigns amounts. */
export const allocationLabels = {
  'pro-rata': { note: text.allocationNote, column: text.allocated },
  rangorde: { note: text.allocationNoteRangorde, column: text.allocatedRangorde },
  verschuiven: { note: text.allocationNoteVerschuiven, column: text.allocatedVerschuiven },
} satisfies Record<ScenarioMethod, { note: Localized; column: Localized }>;


export interface BudgetDocument {
  title: string;
  notes: string[];
  sections: Section[];
  summary: string;
}

const NO_VALUE = '—';

function euros(amount: Euros | null, lang: Lang): string {
  return amount === null ? NO_VALUE : formatEuros(amount, lang);
}

const plain = (value: string | number): Cell => ({ text: String(value) });
const left = (header: Localized, lang: Lang) => ({ header: header[lang], align: 'left' as const });
const right = (header: Localized, lang: Lang) => ({ header: header[lang], align: 'right' as const });

export function budgetDocument(report: BudgetReport, lang: Lang): BudgetDocument {
  const notes: string[] = [];
  if (report.options.allocation !== 'geen') notes.push(allocationLabels[report.options.allocation].note[lang]);
  if (report.options.excludeAdditionalReview) notes.push(text.excludeNote[lang]);
  // With decision files among the inputs: the BO's view of the assessments, right after the requests.
  const assessed = report.beoordeeld;
  if (assessed) notes.push(...assessedSummary(assessed, lang));
  const sections = [
    themeSection(report, lang),
    plafondSection(report, lang),
    ...(assessed ? assessedSections(assessed, lang, (thema) => themeLabel(thema, lang)) : []),
    ...yearAmountSections(report, lang),
    perJaarSection(report, lang),
    areaSection(report, lang),
    simpleBreakdown(text.perSector, text.sector, report.breakdowns.perSector, report, lang),
    insurerSection(report, lang),
    partySection(report, lang),
    proRataSection(report, lang),
    applicationSection(report, lang),
    leftOutSection(report, lang),
  ].filter((s): s is Section => s !== null);
  const { overall } = report;
  return {
    title: t(text.title, lang, { id: report.budgetkader.id, versie: report.budgetkader.versie, status: report.budgetkader.status }),
    notes,
    sections,
    summary: t(text.summary, lang, {
      requested: formatEuros(overall.requested, lang),
      budget: formatEuros(overall.budget, lang),
      percentage: formatPercent(overall.percentage, lang),
      count: overall.count,
      review: overall.additionalReview,
      leftOut: overall.leftOut,
    }),
  };
}

/** A theme's name, marked when the budgetkader does not hold it or holds a reserved amount, not a guide amount (also the report's). */
export function themeLabel(thema: Pick<ThemeTotal, 'naam' | 'inBudgetkader' | 'gereserveerd'>, lang: Lang): string {
  if (!thema.inBudgetkader) return t(text.notInBudgetkader, lang, { naam: thema.naam });
  return thema.gereserveerd ? t(text.reserved, lang, { naam: thema.naam }) : thema.naam;
}

/** The note that explains the reserved amounts among the themes (none without one); also the report's. */
export function reservedNotes(report: Pick<BudgetReport, 'themas'>, lang: Lang): string[] {
  const reserved = report.themas.filter((thema) => thema.gereserveerd).map((thema) => thema.naam);
  return reserved.length === 0 ? [] : [t(text.reservedNote, lang, { namen: reserved.join(', ') })];
}

function themeSection(report: BudgetReport, lang: Lang): Section {
  const rows: Row[] = report.themas.map((thema) => ({
    cells: [
      plain(themeLabel(thema, lang)),
      plain(euros(thema.richtbedrag, lang)),
      plain(thema.count),
      plain(thema.additionalReview),
      plain(formatEuros(thema.requested, lang)),
      plain(signedEuros(thema.difference, lang)),
      shareBar(thema.requested, thema.richtbedrag, thema.percentage, thema.subscription, lang),
    ],
  }));
  const o = report.overall;
  rows.push({
    kind: 'total',
    cells: [
      plain(text.totalBudget[lang]),
      plain(formatEuros(o.budget, lang)),
      plain(o.count),
      plain(o.additionalReview),
      plain(formatEuros(o.requested, lang)),
      plain(signedEuros(o.difference, lang)),
      shareBar(o.requested, o.budget, o.percentage, o.subscription, lang),
    ],
  });
  return {
    title: text.themas[lang],
    columns: [
      left(text.thema, lang),
      right(text.richtbedrag, lang),
      right(text.count, lang),
      right(text.additionalReviewShort, lang),
      right(text.requested, lang),
      right(text.difference, lang),
      left(text.shareOfRichtbedrag, lang),
    ],
    rows,
    notes: reservedNotes(report, lang),
  };
}

function plafondSection(report: BudgetReport, lang: Lang): Section | null {
  if (report.plafonds.length === 0) return null;
  return {
    title: text.plafonds[lang],
    columns: [
      left(text.plafond, lang),
      left(text.route, lang),
      right(text.totEnMet, lang),
      right(text.plafondBedrag, lang),
      right(text.requested, lang),
      right(text.difference, lang),
      left(text.shareOfPlafond, lang),
    ],
    rows: report.plafonds.map((p) => ({
      cells: [
        plain(p.naam),
        plain(p.financieringsroute),
        plain(p.totEnMet),
        plain(formatEuros(p.bedrag, lang)),
        plain(formatEuros(p.requested, lang)),
        plain(signedEuros(p.difference, lang)),
        shareBar(p.requested, p.bedrag, p.percentage, p.subscription, lang),
      ],
    })),
    notes: report.plafonds
      .filter((p) => p.requestedLater > 0n)
      .map((p) => t(text.requestedLater, lang, { route: p.financieringsroute, jaar: p.totEnMet, plafond: p.naam, bedrag: formatEuros(p.requestedLater, lang) })),
  };
}

function yearAmountSections(report: BudgetReport, lang: Lang): Section[] {
  return report.jaarbedragen.map((thema) => ({
    title: t(text.jaarbedragen, lang, { naam: thema.naam }),
    columns: [left(text.jaar, lang), right(text.jaarbedrag, lang), right(text.requested, lang), right(text.difference, lang), left(text.shareOfJaarbedrag, lang)],
    rows: thema.jaren.map((y) => ({
      cells: [
        plain(y.jaar),
        y.bedrag === null ? { text: text.noYearAmount[lang], tone: 'muted' } : plain(formatEuros(y.bedrag, lang)),
        plain(formatEuros(y.requested, lang)),
        plain(signedEuros(y.difference, lang)),
        shareBar(y.requested, y.bedrag, y.percentage, y.subscription, lang),
      ],
    })),
    notes: [],
  }));
}

function totalRow(report: BudgetReport, lang: Lang, blanks: number): Row {
  return {
    kind: 'total',
    cells: [plain(text.total[lang]), ...Array.from({ length: blanks }, () => plain('')), plain(report.overall.count), plain(formatEuros(report.overall.requested, lang))],
  };
}

function perJaarSection(report: BudgetReport, lang: Lang): Section {
  // With the earlier cash rhythm in the budgetkader (seed 004: €400m in 2027 and 2028): requested
  // against it, labelled as that rhythm, never as the total for the year.
  const withTotals = report.breakdowns.perJaar.some((y) => y.eerderKasritme);
  const rows: Row[] = report.breakdowns.perJaar.map((y) => {
    const cells: Cell[] = [
      y.inBudgetkader ? plain(y.label) : { text: t(text.outsideYears, lang, { jaar: y.label }), tone: 'over' },
      plain(y.count),
      plain(formatEuros(y.requested, lang)),
    ];
    if (withTotals) {
      const j = y.eerderKasritme;
      cells.push(j ? plain(formatEuros(j.bedrag, lang)) : { text: text.notInEarlierRhythm[lang], tone: 'muted' }, j ? shareBar(y.requested, j.bedrag, j.percentage, j.subscription, lang) : { text: NO_VALUE, tone: 'muted' });
    }
    return { cells };
  });
  // The count column of a year is the applications with an amount in it, so the total row shows
  // the number of applications, not the sum of that column.
  const total = totalRow(report, lang, 0);
  if (withTotals) total.cells.push(plain(''), plain(''));
  rows.push(total);
  const columns = [left(text.jaar, lang), right(text.count, lang), right(text.requested, lang)];
  if (withTotals) columns.push(right(text.eerderKasritme, lang), left(text.shareOfEerderKasritme, lang));
  return { title: text.perJaar[lang], columns, rows, notes: withTotals ? [text.earlierRhythmNote[lang]] : [] };
}

function areaSection(report: BudgetReport, lang: Lang): Section {
  const rows: Row[] = [];
  for (const area of report.breakdowns.perToepassingsgebied) {
    rows.push({ cells: [plain(area.key), plain(area.thema), plain(area.count), plain(formatEuros(area.requested, lang))] });
    for (const zorgpad of area.zorgpaden ?? []) {
      const label = zorgpad.none ? text.noZorgpad[lang] : zorgpad.label;
      rows.push({ kind: 'sub', cells: [plain(`  └ ${label}`), plain(''), plain(zorgpad.count), plain(formatEuros(zorgpad.requested, lang))] });
    }
  }
  rows.push(totalRow(report, lang, 1));
  return {
    title: text.perToepassingsgebied[lang],
    columns: [left(text.toepassingsgebied, lang), left(text.thema, lang), right(text.count, lang), right(text.requested, lang)],
    rows,
    notes: [],
  };
}

function simpleBreakdown(
  title: Localized,
  header: Localized,
  rows: readonly { key: string; label: string; count: number; requested: Euros }[],
  report: BudgetReport,
  lang: Lang,
): Section {
  return {
    title: title[lang],
    columns: [left(header, lang), right(text.count, lang), right(text.requested, lang)],
    rows: [...rows.map((r) => ({ cells: [plain(r.label), plain(r.count), plain(formatEuros(r.requested, lang))] })), totalRow(report, lang, 0)],
    notes: [],
  };
}

function insurerSection(report: BudgetReport, lang: Lang): Section {
  const rows: Row[] = report.breakdowns.perVerzekeraar.map((r) => ({
    cells: r.none ? [plain(r.key), plain(text.noInsurer[lang]), plain(r.count), plain(formatEuros(r.requested, lang))] : [plain(r.key), plain(r.label), plain(r.count), plain(formatEuros(r.requested, lang))],
  }));
  rows.push(totalRow(report, lang, 1));
  return {
    title: text.perVerzekeraar[lang],
    columns: [left(text.uzovi, lang), left(text.verzekeraar, lang), right(text.count, lang), right(text.requested, lang)],
    rows,
    notes: [],
  };
}

function proRataSection(report: BudgetReport, lang: Lang): Section | null {
  const over = report.themas.filter((thema) => thema.proRata);
  if (over.length === 0) return null;
  return {
    title: text.proRata[lang],
    columns: [left(text.thema, lang), right(text.richtbedrag, lang), right(text.requested, lang), right(text.factor, lang), right(text.factorPercentage, lang)],
    rows: over.map((thema) => ({
      cells: [
        plain(themeLabel(thema, lang)),
        plain(euros(thema.richtbedrag, lang)),
        plain(formatEuros(thema.requested, lang)),
        plain(`${thema.proRata!.factor.numerator} / ${thema.proRata!.factor.denominator}`),
        plain(formatPercent(thema.proRata!.percentage, lang)),
      ],
    })),
    notes: [],
  };
}

function applicationSection(report: BudgetReport, lang: Lang): Section {
  const method = report.options.allocation;
  const withAllocation = method !== 'geen';
  const reviewCount = report.overall.additionalReview;
  const assessed = report.beoordeeld;
  const rows: Row[] = report.aanvragen.map((a, i) => {
    const cells: Cell[] = [
      plain(a.decision === 'aanvullende-beoordeling' ? `${a.file} *` : a.file),
      plain(a.thema),
      plain(a.zorgpad ? `${a.modelplan.id} / ${a.zorgpad}` : a.modelplan.id),
      plain(a.sector),
      plain(formatEuros(a.requested, lang)),
    ];
    const row = assessed?.aanvragen[i];
    if (row) {
      cells.push(plain(outcomeText[row.uitkomst][lang]), row.approved === null ? { text: NO_VALUE, tone: 'muted' } : { text: formatEuros(row.approved, lang), ...(row.approved < row.requested ? { tone: 'over' as const } : {}) });
      // After assessment a scenario divides the approved amounts only.
      if (withAllocation) cells.push(a.allocated === undefined ? { text: NO_VALUE, tone: 'muted' } : { text: formatEuros(a.allocated, lang), ...(row.approved !== null && a.allocated < row.approved ? { tone: 'over' as const } : {}) });
    } else if (withAllocation) cells.push({ text: formatEuros(a.allocated ?? a.requested, lang), ...(a.allocated !== undefined && a.allocated < a.requested ? { tone: 'over' as const } : {}) });
    return { cells };
  });
  const total: Cell[] = [plain(text.total[lang]), plain(''), plain(''), plain(''), plain(formatEuros(report.overall.requested, lang))];
  if (assessed) total.push(plain(''), plain(formatEuros(assessed.overall.approved, lang)));
  if (withAllocation) total.push(plain(formatEuros(report.overall.allocated ?? report.overall.requested, lang)));
  rows.push({ kind: 'total', cells: total });
  const columns = [left(text.file, lang), left(text.thema, lang), left(text.toepassingsgebied, lang), left(text.sector, lang), right(text.requested, lang)];
  if (assessed) columns.push(left(text.uitkomst, lang), right(text.approved, lang));
  if (method !== 'geen') columns.push(right(allocationLabels[method].column, lang));
  return {
    title: text.aanvragen[lang],
    columns,
    rows,
    notes: reviewCount > 0 ? [t(text.reviewFootnote, lang, { count: reviewCount })] : report.aanvragen.length === 0 ? [text.noneCounted[lang]] : [],
  };
}

function leftOutSection(report: BudgetReport, lang: Lang): Section | null {
  const { invalid, duplicates, additionalReview, late, frameFiles } = report.leftOut;
  const rows: Row[] = [
    ...invalid.map((x) => ({
      cells: [
        plain(x.file),
        { text: text.reasonInvalid[lang], tone: 'over' as const },
        plain(x.ruleId === null ? x.message : `${x.line}:${x.column} ${x.message} (${x.ruleId})`),
      ],
    })),
    ...duplicates.map((x) => ({ cells: [plain(x.file), plain(text.reasonDuplicate[lang]), plain(t(text.duplicateOf, lang, { file: x.duplicateOf }))] })),
    ...additionalReview.map((x) => ({
      cells: [plain(x.file), plain(text.reasonAdditionalReview[lang]), plain(t(text.leftOutRequested, lang, { bedrag: formatEuros(x.requested, lang) }))],
    })),
    ...late.map((x) => ({ cells: [plain(x.file), { text: text.reasonLate[lang], tone: 'over' as const }, plain('')] })),
    ...frameFiles.map((x) => ({ cells: [plain(x.file), { text: (x.kind === 'modelplan' ? text.reasonModelplan : x.kind === 'referentielijsten' ? text.reasonReferentielijsten : x.kind === 'beoordeling' || x.kind === 'bo-besluit' || x.kind === 'bevestiging' ? text.reasonBeoordeling : x.kind === 'verantwoording' || x.kind === 'plausibiliteit' ? text.reasonVerantwoording : text.reasonBudgetkader)[lang], tone: 'muted' as const }, plain('')] })),
  ];
  if (rows.length === 0) return null;
  return { title: text.leftOut[lang], columns: [left(text.file, lang), left(text.reason, lang), left(text.detail, lang)], rows, notes: [] };
}

function partySection(report: BudgetReport, lang: Lang): Section {
  const rows: Row[] = report.breakdowns.perOntvanger.map((r) => ({ cells: [plain(r.key), plain(r.label), plain(r.sector), plain(r.count), plain(formatEuros(r.requested, lang))] }));
  rows.push(totalRow(report, lang, 2));
  return {
    title: text.perOntvanger[lang],
    columns: [left(text.ontvanger, lang), left(text.ontvangerNaam, lang), left(text.sector, lang), right(text.count, lang), right(text.requested, lang)],
    rows,
    notes: [],
  };
}
