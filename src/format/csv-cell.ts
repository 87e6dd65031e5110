/** CSV cells shared by every CSV output: RFC 4180 quoting and no formulas from input text. */
import { escapeControl } from './escape.js';

/** Accepted --separator values and the character each stands for. */
export const SEPARATORS: Record<string, string> = { ';': ';', ',': ',', tab: '\t' };

/** A field as CSV: quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvField(value: string, separator: string): string {
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text from input files: no control characters, and never read as a formula by a spreadsheet (OWASP CSV injection). */
export function spreadsheetSafe(value: string): string {
  const escaped = escapeControl(value);
  return /^[=+\-@]/.test(escaped) ? `'${escaped}` : escaped;
}
