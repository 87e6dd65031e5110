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

/**
 * A formatter is pure: the report in, the text out. Writing it is the CLI's job. A format that can be
 * written in pieces also has `chunks`: the same text as a sequence of pieces (joined, byte for byte
 * the formatter's text), so a large report is written without ever holding its whole text.
 */
export interface Formatter {
  (report: Report, options: FormatOptions): string;
  chunks?: (report: Report, options: FormatOptions) => Iterable<string>;
}

/** A formatter made of its pieces: the text is the pieces joined. */
export function chunkedFormatter(chunks: (report: Report, options: FormatOptions) => Iterable<string>): Formatter {
  const format = ((report: Report, options: FormatOptions) => [...chunks(report, options)].join('')) as Formatter;
  format.chunks = chunks;
  return format;
}
