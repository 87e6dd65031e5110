/** The closed table of budget formatters: a format name that is not here is a usage error. */
import { formatBudgetCsv } from './csv.js';
import { formatBudgetJson } from './json.js';
import { formatBudgetMarkdown } from './markdown.js';
import { formatBudgetTable } from './table.js';
import { BUDGET_FORMATS, type BudgetFormat } from './names.js';
import type { BudgetFormatter } from './types.js';

export const budgetFormatters = {
  table: formatBudgetTable,
  json: formatBudgetJson,
  csv: formatBudgetCsv,
  markdown: formatBudgetMarkdown,
} satisfies Record<BudgetFormat, BudgetFormatter>;

export { BUDGET_FORMATS, type BudgetFormat };
