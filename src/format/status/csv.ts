/** One row per application; stable column names, amounts in whole euros without grouping. */
import { csvField, spreadsheetSafe } from '../csv-cell.js';
import type { StatusFormatter } from './types.js';

export const STATUS_CSV_COLUMNS = ['bestand', 'titel', 'aanvrager', 'thema', 'modelplan', 'coordinerend_uzovi', 'tweede_uzovi', 'gevraagd', 'status', 'toegekend', 'bo_bedrag', 'beoordelingen'] as const;

export const formatStatusCsv: StatusFormatter = (status, { separator }) => {
  const line = (cells: string[]) => cells.map((c) => csvField(c, separator)).join(separator);
  const rows = status.aanvragen.map((r) =>
    line([
      spreadsheetSafe(r.bestand),
      spreadsheetSafe(r.titel),
      spreadsheetSafe(r.aanvrager),
      spreadsheetSafe(r.thema),
      spreadsheetSafe(r.modelplan),
      r.coordinerend.uzovi,
      r.tweede.uzovi,
      String(r.gevraagd),
      r.status,
      r.toegekend === null ? '' : String(r.toegekend),
      r.boBedrag === null ? '' : String(r.boBedrag),
      spreadsheetSafe(r.beoordelingen.map((b) => `${b.rol}:${b.uitkomst}${b.geldig ? '' : '!'}${b.actueel ? '' : '~'}`).join(' ')),
    ]),
  );
  return [line([...STATUS_CSV_COLUMNS]), ...rows].join('\r\n') + '\r\n';
};
