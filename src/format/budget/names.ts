/** The budget formats by name: light, so options and help need not load the formatters. */
export const BUDGET_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type BudgetFormat = (typeof BUDGET_FORMATS)[number];
