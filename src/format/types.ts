import type { Lang, Report } from '../report/types.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show the breakdown of each application's score. */
  explainScore: boolean;
  /** CSV: the separator (`;` gives a decimal comma) and whether to start with a UTF-8 BOM. */
  separator: string;
  bom: boolean;
  /** CSV: readable column names in the report's language instead of the stable identifiers. */
  headerLabels: boolean;
}

/** A formatter is pure: the report in, the text out. Writing it is the CLI's job. */
export type Formatter = (report: Report, options: FormatOptions) => string;
