/**
 * The budget report as JSON. Amounts are exact integers of any size (bigints are written as JSON
 * numbers, digit for digit) and percentages are numbers with one decimal. Characters that could
 * change a terminal's display are written as \u escapes, which JSON readers turn back into the same text.
 */
import type { AssessedView, BudgetReport, PercentTenths } from '../../budget/types.js';
import type { BudgetFormatter } from './types.js';

/** A number written as this exact text. */
class RawNumber {
  constructor(readonly text: string) {}
}

const percent = (tenths: PercentTenths) => (tenths === null ? null : new RawNumber(`${tenths / 10n}.${tenths % 10n}`));

/** The report with its percentages (tenths) as one-decimal numbers. */
function jsonShape(report: BudgetReport): unknown {
  return {
    ...report,
    overall: { ...report.overall, percentage: percent(report.overall.percentage) },
    themas: report.themas.map((thema) => ({
      ...thema,
      percentage: percent(thema.percentage),
      ...(thema.proRata ? { proRata: { factor: thema.proRata.factor, percentage: percent(thema.proRata.percentage) } } : {}),
    })),
    plafonds: report.plafonds.map((p) => ({ ...p, percentage: percent(p.percentage) })),
    jaarbedragen: report.jaarbedragen.map((thema) => ({ ...thema, jaren: thema.jaren.map((y) => ({ ...y, percentage: percent(y.percentage) })) })),
    breakdowns: {
      ...report.breakdowns,
      perJaar: report.breakdowns.perJaar.map((y) => (y.eerderKasritme ? { ...y, eerderKasritme: { ...y.eerderKasritme, percentage: percent(y.eerderKasritme.percentage) } } : y)),
    },
    ...(report.beoordeeld ? { beoordeeld: assessedJson(report.beoordeeld) } : {}),
  };
}

/** The assessed view (BudgetReport.beoordeeld) with its percentages as one-decimal numbers; also the status JSON's. */
export function assessedJson(view: AssessedView): unknown {
  return {
    ...view,
    themas: view.themas.map((thema) => ({
      ...thema,
      percentage: percent(thema.percentage),
      ...(thema.proRata ? { proRata: { factor: thema.proRata.factor, percentage: percent(thema.proRata.percentage) } } : {}),
    })),
    plafonds: view.plafonds.map((p) => ({ ...p, percentage: percent(p.percentage) })),
    overall: { ...view.overall, percentage: percent(view.overall.percentage) },
  };
}

const UNSAFE_FOR_TERMINAL = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function stringLiteral(text: string): string {
  // JSON.stringify already escapes U+0000–U+001F; the rest is escaped here, losslessly.
  return JSON.stringify(text).replace(UNSAFE_FOR_TERMINAL, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** Like JSON.stringify(value, null, 2), plus bigints and raw numbers. */
export function toJsonText(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof RawNumber) return value.text;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  const inner = '  '.repeat(depth + 1);
  const outer = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + toJsonText(item, depth + 1)).join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${stringLiteral(k)}: ${toJsonText(v, depth + 1)}`).join(',\n')}\n${outer}}`;
}

export const formatBudgetJson: BudgetFormatter = (report) => toJsonText(jsonShape(report)) + '\n';
