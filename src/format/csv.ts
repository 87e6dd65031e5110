/**
 * One row per file for assessors' spreadsheets; `;` and a decimal comma by default (Dutch Excel).
 * The header row holds stable column identifiers, the same in every language, so a spreadsheet or
 * script keeps working whoever ran the tool; `--header-labels` gives readable names instead.
 */
import { decisionName, formatDecimal } from '../i18n/ui.js';
import type { FileResult, Lang, Localized, Report } from '../report/types.js';
import { csvField, spreadsheetSafe } from './csv-cell.js';
import { chunkedFormatter, type FormatOptions } from './types.js';

export const CHECK_CSV_COLUMNS = [
  'bestand',
  'soort',
  'titel',
  'aanvrager',
  'modelplan',
  'thema',
  'sectoren',
  'zorgpad',
  'coordinerend_uzovi',
  'tweede_uzovi',
  'beoordeling',
  'uitkomst',
  'score',
  'gevraagd_euro',
  'fte_besparing',
  'euro_per_fte',
  'fouten',
  'waarschuwingen',
  'duplicaat_van',
  'redenen',
] as const;

type Column = (typeof CHECK_CSV_COLUMNS)[number];

const LABELS: Record<Column, Localized> = {
  bestand: { nl: 'Bestand', en: 'File' },
  soort: { nl: 'Soort bestand', en: 'Kind of file' },
  titel: { nl: 'Titel', en: 'Title' },
  aanvrager: { nl: 'Aanvrager', en: 'Applicant' },
  modelplan: { nl: 'Modelplan', en: 'Modelplan' },
  thema: { nl: 'Thema', en: 'Theme' },
  sectoren: { nl: 'Sectoren', en: 'Sectors' },
  zorgpad: { nl: 'Zorgpad', en: 'Care pathway' },
  coordinerend_uzovi: { nl: 'Coördinerende zorgverzekeraar (UZOVI)', en: 'Coordinating insurer (UZOVI)' },
  tweede_uzovi: { nl: 'Tweede zorgverzekeraar (UZOVI)', en: 'Second insurer (UZOVI)' },
  beoordeling: { nl: 'Beoordeling', en: 'Review' },
  uitkomst: { nl: 'Uitkomst (besluit zorgverzekeraar)', en: 'Outcome (insurer decision)' },
  score: { nl: 'Score', en: 'Score' },
  gevraagd_euro: { nl: 'Gevraagd (€)', en: 'Requested (€)' },
  fte_besparing: { nl: 'Bespaarde fte', en: 'Fte saved' },
  euro_per_fte: { nl: '€ per bespaarde fte', en: '€ per fte saved' },
  fouten: { nl: 'Fouten', en: 'Errors' },
  waarschuwingen: { nl: 'Waarschuwingen', en: 'Warnings' },
  duplicaat_van: { nl: 'Duplicaat van', en: 'Duplicate of' },
  redenen: { nl: 'Redenen voor aanvullende beoordeling', en: 'Reasons for additional review' },
};

/** A decimal comma where the separator allows one and the language is Dutch; a point otherwise. */
function decimal(value: number, lang: Lang, separator: string, digits?: number): string {
  return formatDecimal(value, separator === ',' ? 'en' : lang, digits);
}

function cells(file: FileResult, lang: Lang, separator: string): Record<Column, string> {
  const a = file.aanvraag;
  // A decision file carries its outcome and, by its role, the insurer's UZOVI.
  const besluit = file.besluit;
  const reasons = (file.review?.reasons ?? []).map((r) => `${r.line}:${r.column} ${r.message} (${r.ruleId})`).join(' | ');
  return {
    bestand: spreadsheetSafe(file.file),
    soort: file.kind ?? '',
    titel: spreadsheetSafe(a?.titel ?? ''),
    aanvrager: spreadsheetSafe(a?.aanvrager ?? ''),
    modelplan: a ? spreadsheetSafe(`${a.modelplan.id}@${a.modelplan.versie}`) : '',
    thema: spreadsheetSafe(a?.thema ?? ''),
    sectoren: spreadsheetSafe(a?.sector ?? ''),
    zorgpad: spreadsheetSafe(a?.zorgpad ?? ''),
    coordinerend_uzovi: spreadsheetSafe(a?.coordinerendeVerzekeraar?.uzovi ?? (besluit?.rol === 'coordinerend' ? besluit.uzovi : '')),
    tweede_uzovi: spreadsheetSafe(a?.tweedeVerzekeraar?.uzovi ?? (besluit?.rol === 'tweede' ? besluit.uzovi : '')),
    beoordeling: file.review ? decisionName[file.review.decision][lang] : '',
    uitkomst: spreadsheetSafe(besluit?.uitkomst ?? ''),
    score: file.score ? decimal(file.score.total, lang, separator, 1) : '',
    gevraagd_euro: a ? String(a.totaal) : '',
    fte_besparing: a ? decimal(a.fteBesparing, lang, separator) : '',
    euro_per_fte: a?.euroPerFte != null ? String(a.euroPerFte) : '',
    fouten: String(file.counts.errors),
    waarschuwingen: String(file.counts.warnings),
    // A copy that does not count names the file that does (rule aanvraag-dubbel); empty otherwise.
    duplicaat_van: spreadsheetSafe(file.duplicateOf ?? ''),
    redenen: spreadsheetSafe(reasons),
  };
}

/** The header row (after the BOM, when asked), then one piece per file: its row. */
function* csvChunks(report: Report, options: FormatOptions): Iterable<string> {
  const { lang, separator, bom } = options;
  const row = (values: readonly string[]) => values.map((value) => csvField(value, separator)).join(separator) + '\r\n';
  yield (bom ? '\uFEFF' : '') + row(CHECK_CSV_COLUMNS.map((column) => (options.headerLabels ? LABELS[column][lang] : column)));
  for (const file of report.files) {
    const values = cells(file, lang, separator);
    yield row(CHECK_CSV_COLUMNS.map((column) => values[column]));
  }
}

export const formatCsv = chunkedFormatter(csvChunks);
