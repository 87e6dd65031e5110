/**
 * The budget as one CSV table for a spreadsheet: one row per (section, key), the same columns on
 * every row (empty where they do not apply), so it opens cleanly and filters on the first column.
 * Dutch Excel by default: `;` between fields and a decimal comma; with `--separator ,` a decimal
 * point. Amounts are plain integers (whole euros). Fields are quoted per RFC 4180, lines end in CRLF.
 * Text from the inputs has control characters escaped and cannot start a formula.
 */
import { t } from '../../i18n/ui.js';
import { csvField, spreadsheetSafe } from '../csv-cell.js';
import { ASSESSED_OUTCOMES, type AssessedOutcome, type AssessedView, type BudgetReport, type Euros, type PercentTenths } from '../../budget/types.js';
import type { Lang, Localized } from '../../report/types.js';
import type { BudgetFormatOptions, BudgetFormatter } from './types.js';

export const CSV_COLUMNS = [
  'section',
  'key',
  'name',
  'thema',
  'area',
  'year',
  'route',
  'reference',
  'count',
  'additionalReview',
  'requested',
  'difference',
  'percentage',
  'proRataNumerator',
  'proRataDenominator',
  'proRataPercentage',
  'allocated',
  'requestedLater',
  'message',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const csvHeader: Record<CsvColumn, Localized> = {
  section: { nl: 'sectie', en: 'section' },
  key: { nl: 'sleutel', en: 'key' },
  name: { nl: 'naam', en: 'name' },
  thema: { nl: 'thema', en: 'theme' },
  area: { nl: 'toepassingsgebied', en: 'application_area' },
  year: { nl: 'jaar', en: 'year' },
  route: { nl: 'route', en: 'route' },
  reference: { nl: 'norm', en: 'reference' },
  count: { nl: 'aantal', en: 'count' },
  additionalReview: { nl: 'aanvullende_beoordeling', en: 'additional_review' },
  requested: { nl: 'gevraagd', en: 'requested' },
  difference: { nl: 'verschil', en: 'difference' },
  percentage: { nl: 'percentage', en: 'percentage' },
  proRataNumerator: { nl: 'pro_rata_teller', en: 'pro_rata_numerator' },
  proRataDenominator: { nl: 'pro_rata_noemer', en: 'pro_rata_denominator' },
  proRataPercentage: { nl: 'pro_rata_percentage', en: 'pro_rata_percentage' },
  allocated: { nl: 'toegewezen', en: 'allocated' },
  requestedLater: { nl: 'gevraagd_na_periode', en: 'requested_after_period' },
  message: { nl: 'melding', en: 'message' },
};

export const CSV_SECTIONS = [
  'total',
  'theme',
  'cap',
  'yearAmount',
  'year',
  'area',
  'zorgpad',
  'sector',
  'insurer',
  'party',
  'application',
  'invalid',
  'duplicate',
  'additionalReviewLeftOut',
  'late',
  'frameFile',
  'assessed',
  'assessedYear',
  'assessedCap',
] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

export const csvSectionName: Record<CsvSection, Localized> = {
  total: { nl: 'totaal', en: 'total' },
  theme: { nl: 'thema', en: 'theme' },
  cap: { nl: 'plafond', en: 'cap' },
  yearAmount: { nl: 'jaarbedrag', en: 'year-amount' },
  year: { nl: 'jaar', en: 'year' },
  area: { nl: 'toepassingsgebied', en: 'application-area' },
  zorgpad: { nl: 'zorgpad', en: 'care-pathway' },
  sector: { nl: 'sector', en: 'sector' },
  insurer: { nl: 'verzekeraar', en: 'insurer' },
  party: { nl: 'ontvanger', en: 'receiving-party' },
  application: { nl: 'aanvraag', en: 'application' },
  invalid: { nl: 'ongeldig', en: 'invalid' },
  duplicate: { nl: 'dubbel', en: 'duplicate' },
  additionalReviewLeftOut: { nl: 'aanvullende-beoordeling-niet-meegeteld', en: 'additional-review-not-counted' },
  late: { nl: 'na-indienmoment', en: 'after-submission-moment' },
  frameFile: { nl: 'geen-aanvraag', en: 'not-an-application' },
  assessed: { nl: 'na-beoordeling', en: 'after-assessment' },
  assessedYear: { nl: 'na-beoordeling-jaar', en: 'after-assessment-year' },
  assessedCap: { nl: 'na-beoordeling-plafond', en: 'after-assessment-cap' },
};

const messages = {
  outsideYears: { nl: 'buiten bestedingsjaren', en: 'outside spending years' },
  earlierRhythm: { nl: 'norm = eerder kasritme (seed 004), ter vergelijking: geen plafond en niet het totaal voor het jaar', en: 'norm = earlier cash rhythm (seed 004), for comparison: not a cap and not the total for the year' },
  duplicateOf: { nl: 'dezelfde aanvraag als {file}', en: 'the same application as {file}' },
} satisfies Record<string, Localized>;

type Field = { text: string } | { number: string };
type CsvRow = { section: CsvSection } & Partial<Record<Exclude<CsvColumn, 'section'>, Field | undefined>>;

const text = (value: string | undefined): Field | undefined => (value === undefined ? undefined : { text: value });
const num = (value: bigint | number | null | undefined): Field | undefined => (value === null || value === undefined ? undefined : { number: String(value) });

function percentField(tenths: PercentTenths, decimalMark: string): Field | undefined {
  return tenths === null ? undefined : { number: `${tenths / 10n}${decimalMark}${tenths % 10n}` };
}

/** The rows in output order; exported so tests can read the shape without parsing. */
export function csvRows(report: BudgetReport, lang: Lang, decimalMark: string): CsvRow[] {
  const pct = (tenths: PercentTenths) => percentField(tenths, decimalMark);
  const rows: CsvRow[] = [];
  const o = report.overall;
  rows.push({
    section: 'total',
    key: text(report.budgetkader.id),
    reference: num(o.budget),
    count: num(o.count),
    additionalReview: num(o.additionalReview),
    requested: num(o.requested),
    difference: num(o.difference),
    percentage: pct(o.percentage),
  });
  for (const thema of report.themas) {
    rows.push({
      section: 'theme',
      key: text(thema.id),
      name: text(thema.naam),
      thema: text(thema.id),
      route: text(thema.financieringsroute),
      reference: num(thema.richtbedrag),
      count: num(thema.count),
      additionalReview: num(thema.additionalReview),
      requested: num(thema.requested),
      difference: num(thema.difference),
      percentage: pct(thema.percentage),
      proRataNumerator: num(thema.proRata?.factor.numerator),
      proRataDenominator: num(thema.proRata?.factor.denominator),
      proRataPercentage: thema.proRata ? pct(thema.proRata.percentage) : undefined,
    });
  }
  for (const p of report.plafonds) {
    rows.push({
      section: 'cap',
      key: text(p.id),
      name: text(p.naam),
      year: num(p.totEnMet),
      route: text(p.financieringsroute),
      reference: num(p.bedrag),
      requested: num(p.requested),
      difference: num(p.difference),
      percentage: pct(p.percentage),
      requestedLater: num(p.requestedLater),
    });
  }
  for (const thema of report.jaarbedragen) {
    for (const y of thema.jaren) {
      rows.push({
        section: 'yearAmount',
        key: text(`${thema.thema}/${y.jaar}`),
        name: text(thema.naam),
        thema: text(thema.thema),
        year: num(y.jaar),
        reference: num(y.bedrag),
        requested: num(y.requested),
        difference: num(y.difference),
        percentage: pct(y.percentage),
      });
    }
  }
  for (const y of report.breakdowns.perJaar) {
    rows.push({
      section: 'year',
      key: text(y.key),
      year: num(Number(y.key)),
      reference: num(y.eerderKasritme?.bedrag),
      count: num(y.count),
      requested: num(y.requested),
      difference: num(y.eerderKasritme?.difference),
      percentage: y.eerderKasritme ? pct(y.eerderKasritme.percentage) : undefined,
      message: y.inBudgetkader ? (y.eerderKasritme ? text(messages.earlierRhythm[lang]) : undefined) : text(messages.outsideYears[lang]),
    });
  }
  for (const area of report.breakdowns.perToepassingsgebied) {
    rows.push({ section: 'area', key: text(area.key), name: text(area.label), thema: text(area.thema), area: text(area.key), count: num(area.count), requested: num(area.requested) });
    for (const zorgpad of area.zorgpaden ?? []) {
      rows.push({ section: 'zorgpad', key: text(`${area.key}/${zorgpad.key}`), name: text(zorgpad.label), thema: text(area.thema), area: text(area.key), count: num(zorgpad.count), requested: num(zorgpad.requested) });
    }
  }
  for (const r of report.breakdowns.perSector) rows.push({ section: 'sector', key: text(r.key), name: text(r.label), count: num(r.count), requested: num(r.requested) });
  for (const r of report.breakdowns.perVerzekeraar) rows.push({ section: 'insurer', key: text(r.key), name: text(r.label), count: num(r.count), requested: num(r.requested) });
  // Key sector/id, as zorgpad rows use area/zorgpad.
  for (const r of report.breakdowns.perOntvanger) rows.push({ section: 'party', key: text(`${r.sector}/${r.key}`), name: text(r.label), count: num(r.count), requested: num(r.requested) });
  for (const a of report.aanvragen) {
    rows.push({
      section: 'application',
      key: text(a.file),
      name: text(a.titel),
      thema: text(a.thema),
      area: text(a.modelplan.id),
      count: num(1),
      additionalReview: num(a.decision === 'aanvullende-beoordeling' ? 1 : 0),
      requested: num(a.requested),
      allocated: num(a.allocated),
    });
  }
  const { invalid, duplicates, additionalReview, late, frameFiles } = report.leftOut;
  for (const x of invalid) {
    rows.push({ section: 'invalid', key: text(x.file), message: text(x.ruleId === null ? x.message : `${x.line}:${x.column} ${x.message} (${x.ruleId})`) });
  }
  for (const x of duplicates) rows.push({ section: 'duplicate', key: text(x.file), requested: num(x.requested), message: text(t(messages.duplicateOf, lang, { file: x.duplicateOf })) });
  for (const x of additionalReview) rows.push({ section: 'additionalReviewLeftOut', key: text(x.file), thema: text(x.thema), requested: num(x.requested) });
  for (const x of late) rows.push({ section: 'late', key: text(x.file) });
  for (const x of frameFiles) rows.push({ section: 'frameFile', key: text(x.file), name: text(x.kind) });
  if (report.beoordeeld) rows.push(...assessedRows(report.beoordeeld, pct));
  return rows;
}

/**
 * After assessment (BudgetReport.beoordeeld): per theme a row (requested, approved in `allocated`, approved −
 * richtbedrag, its percentage, the pro-rata factor after assessment), then a row per outcome that occurs:
 * `goedgekeurd` with the approved amount in `allocated`, the others with the amount requested. Per theme and
 * year likewise (key thema/jaar/uitkomst; `totaal/…` over every theme); per cap requested and approved.
 */
function assessedRows(view: AssessedView, pct: (tenths: PercentTenths) => Field | undefined): CsvRow[] {
  const rows: CsvRow[] = [];
  const shown = (counts: Record<AssessedOutcome, { count: number }>) => ASSESSED_OUTCOMES.filter((o) => counts[o].count > 0);
  const amount = (o: AssessedOutcome, bedrag: Euros) => (o === 'goedgekeurd' ? { allocated: num(bedrag) } : { requested: num(bedrag) });
  for (const th of view.themas) {
    rows.push({
      section: 'assessed',
      key: text(th.id),
      name: text(th.naam),
      thema: text(th.id),
      route: text(th.financieringsroute),
      reference: num(th.richtbedrag),
      count: num(th.count),
      requested: num(th.requested),
      allocated: num(th.approved),
      difference: num(th.difference),
      percentage: pct(th.percentage),
      proRataNumerator: num(th.proRata?.factor.numerator),
      proRataDenominator: num(th.proRata?.factor.denominator),
      proRataPercentage: th.proRata ? pct(th.proRata.percentage) : undefined,
    });
    for (const o of shown(th.perUitkomst)) rows.push({ section: 'assessed', key: text(`${th.id}/${o}`), name: text(o), thema: text(th.id), count: num(th.perUitkomst[o].count), ...amount(o, th.perUitkomst[o].bedrag) });
  }
  for (const th of view.themas.filter((x) => x.count > 0)) {
    for (const y of th.jaren) {
      rows.push({ section: 'assessedYear', key: text(`${th.id}/${y.jaar}`), thema: text(th.id), year: num(y.jaar), requested: num(y.requested) });
      for (const o of shown(th.perUitkomst)) rows.push({ section: 'assessedYear', key: text(`${th.id}/${y.jaar}/${o}`), name: text(o), thema: text(th.id), year: num(y.jaar), ...amount(o, y.perUitkomst[o]) });
    }
  }
  for (const y of view.jaren) {
    rows.push({ section: 'assessedYear', key: text(`totaal/${y.jaar}`), year: num(y.jaar), requested: num(y.requested) });
    for (const o of shown(view.overall.perUitkomst)) rows.push({ section: 'assessedYear', key: text(`totaal/${y.jaar}/${o}`), name: text(o), year: num(y.jaar), ...amount(o, y.perUitkomst[o]) });
  }
  for (const p of view.plafonds) {
    rows.push({ section: 'assessedCap', key: text(p.id), name: text(p.naam), year: num(p.totEnMet), route: text(p.financieringsroute), reference: num(p.bedrag), requested: num(p.requested), allocated: num(p.approved), difference: num(p.difference), percentage: pct(p.percentage) });
  }
  return rows;
}

export const formatBudgetCsv: BudgetFormatter = (report, options: BudgetFormatOptions) => {
  const { separator, lang } = options;
  const decimalMark = separator === ';' ? ',' : '.';
  const line = (fields: string[]) => fields.map((f) => csvField(f, separator)).join(separator);
  // Stable column names (the Dutch identifiers) in every language, unless readable labels are asked for.
  const out = [line(CSV_COLUMNS.map((col) => csvHeader[col][options.headerLabels ? lang : 'nl']))];
  for (const row of csvRows(report, lang, decimalMark)) {
    out.push(
      line(
        CSV_COLUMNS.map((col) => {
          if (col === 'section') return csvSectionName[row.section][lang];
          const field = row[col];
          if (field === undefined) return '';
          return 'number' in field ? field.number : spreadsheetSafe(field.text);
        }),
      ),
    );
  }
  return (options.bom ? '\uFEFF' : '') + out.join('\r\n') + '\r\n';
};
