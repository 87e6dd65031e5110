import type { BudgetReport } from '../../budget/types.js';
import type { Lang } from '../../report/types.js';

export interface BudgetFormatOptions {
  lang: Lang;
  color: boolean;
  /** CSV only: the field separator (default `;`, for Dutch Excel). */
  separator: string;
  /** CSV only: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  bom: boolean;
  /** CSV only: column names in the report's language instead of the stable identifiers. */
  headerLabels: boolean;
}

/** A budget formatter is pure: the budget report in, the text out. Writing it is the CLI's job. */
export type BudgetFormatter = (report: BudgetReport, options: BudgetFormatOptions) => string;
