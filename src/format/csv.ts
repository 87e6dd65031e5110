/** One row per file for assessors' spreadsheets; `;` and a decimal comma by default (Dutch Excel). */
import { decisionName } from '../i18n/ui.js';
import type { Localized } from '../report/types.js';
import { csvField, spreadsheetSafe } from './csv-cell.js';
import type { Formatter } from './types.js';

const COLUMNS = ['file', 'aanvrager', 'modelplan', 'thema', 'beoordeling', 'score', 'totaal', 'errors', 'warnings', 'reasons', 'duplicaat'] as const;

const HEADERS: Record<(typeof COLUMNS)[number], Localized> = {
  file: { nl: 'bestand', en: 'file' },
  aanvrager: { nl: 'aanvrager', en: 'applicant' },
  modelplan: { nl: 'modelplan', en: 'modelplan' },
  thema: { nl: 'thema', en: 'theme' },
  beoordeling: { nl: 'beoordeling', en: 'review' },
  score: { nl: 'score', en: 'score' },
  totaal: { nl: 'gevraagd_euro', en: 'requested_euro' },
  errors: { nl: 'fouten', en: 'errors' },
  warnings: { nl: 'waarschuwingen', en: 'warnings' },
  reasons: { nl: 'redenen', en: 'reasons' },
  duplicaat: { nl: 'duplicaat', en: 'duplicate' },
};

export const formatCsv: Formatter = (report, options) => {
  const { lang, separator, bom } = options;
  const decimalMark = separator === ';' ? ',' : '.';
  const row = (cells: string[]) => cells.map((cell) => csvField(cell, separator)).join(separator);
  const lines = [row(COLUMNS.map((c) => HEADERS[c][lang]))];
  for (const file of report.files) {
    const a = file.aanvraag;
    const reasons = (file.review?.reasons ?? []).map((r) => `${r.line}:${r.column} ${r.message} (${r.ruleId})`).join(' | ');
    lines.push(
      row([
        spreadsheetSafe(file.file),
        spreadsheetSafe(a?.aanvrager ?? ''),
        a ? spreadsheetSafe(`${a.modelplan.id}@${a.modelplan.versie}`) : '',
        spreadsheetSafe(a?.thema ?? ''),
        file.review ? decisionName[file.review.decision][lang] : '',
        file.score ? file.score.total.toFixed(1).replace('.', decimalMark) : '',
        a ? String(a.totaal) : '',
        String(file.findings.filter((f) => f.severity === 'error').length),
        String(file.findings.filter((f) => f.severity === 'warning').length),
        spreadsheetSafe(reasons),
        // A copy that does not count names the file that does (aanvraag-dubbel); empty otherwise.
        spreadsheetSafe(file.duplicateOf ?? ''),
      ]),
    );
  }
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
};
