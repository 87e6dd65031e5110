/**
 * The one closed table of formatters, keyed by (command, format): a format a command does not list
 * is a usage error. Each formatter is loaded when chosen, so a run does not pay for the others (the
 * SARIF builder, chalk, the HTML page, …). A formatter is pure: its report in, the text out.
 */
import type { Formatter } from './types.js';
import type { BudgetFormatter } from './budget/types.js';
import type { RapportFormatter } from './rapport/types.js';
import type { StatusFormatter } from './status/types.js';
import type { VoortgangFormatter } from './voortgang/types.js';

type Loaders<F> = Record<string, () => Promise<F>>;

export const FORMATTERS = {
  check: {
    text: async () => (await import('./text.js')).formatText,
    json: async () => (await import('./json.js')).formatJson,
    sarif: async () => (await import('./sarif.js')).formatSarif,
    junit: async () => (await import('./junit.js')).formatJunit,
    github: async () => (await import('./github.js')).formatGithub,
    markdown: async () => (await import('./markdown.js')).formatMarkdown,
    csv: async () => (await import('./csv.js')).formatCsv,
  } satisfies Loaders<Formatter>,
  budget: {
    table: async () => (await import('./budget/table.js')).formatBudgetTable,
    json: async () => (await import('./budget/json.js')).formatBudgetJson,
    csv: async () => (await import('./budget/csv.js')).formatBudgetCsv,
    markdown: async () => (await import('./budget/markdown.js')).formatBudgetMarkdown,
  } satisfies Loaders<BudgetFormatter>,
  rapport: {
    html: async () => (await import('./rapport/html.js')).formatRapportHtml,
  } satisfies Loaders<RapportFormatter>,
  status: {
    text: async () => (await import('./status/text.js')).formatStatusText,
    json: async () => (await import('./status/json.js')).formatStatusJson,
    csv: async () => (await import('./status/csv.js')).formatStatusCsv,
    markdown: async () => (await import('./status/markdown.js')).formatStatusMarkdown,
  } satisfies Loaders<StatusFormatter>,
  voortgang: {
    html: async () => (await import('./voortgang/html.js')).formatVoortgangHtml,
    json: async () => (await import('./voortgang/json.js')).formatVoortgangJson,
  } satisfies Loaders<VoortgangFormatter>,
};

export type FormattingCommand = keyof typeof FORMATTERS;
export type FormatOf<C extends FormattingCommand> = keyof (typeof FORMATTERS)[C] & string;
type LoaderOf<C extends FormattingCommand, F extends FormatOf<C>> = (typeof FORMATTERS)[C][F] extends () => Promise<infer T> ? T : never;

/** The formats a command offers, in the table's order (the first is its default). */
export function formatsOf<C extends FormattingCommand>(command: C): FormatOf<C>[] {
  return Object.keys(FORMATTERS[command]) as FormatOf<C>[];
}

export function isFormatOf<C extends FormattingCommand>(command: C, name: string): name is FormatOf<C> {
  return Object.hasOwn(FORMATTERS[command], name);
}

export async function formatterFor<C extends FormattingCommand, F extends FormatOf<C>>(command: C, format: F): Promise<LoaderOf<C, F>> {
  const loaders = FORMATTERS[command] as Record<string, () => Promise<unknown>>;
  return (await loaders[format]!()) as LoaderOf<C, F>;
}

export type CheckFormat = FormatOf<'check'>;
export type BudgetFormat = FormatOf<'budget'>;
export type RapportFormat = FormatOf<'rapport'>;
export type StatusFormat = FormatOf<'status'>;
export const CHECK_FORMATS = formatsOf('check');
export const BUDGET_FORMATS = formatsOf('budget');
export const STATUS_FORMATS = formatsOf('status');
