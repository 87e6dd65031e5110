import type { Lang, Report } from '../report/types.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show errors only. */
  quiet: boolean;
  /** Show the breakdown of each application's score. */
  explainScore: boolean;
  /** CSV: the separator (`;` gives a decimal comma) and whether to start with a UTF-8 BOM. */
  separator: string;
  bom: boolean;
}

/** A formatter is pure: the report in, the text out. Writing it is the CLI's job. */
export type Formatter = (report: Report, options: FormatOptions) => string;
