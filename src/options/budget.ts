/** `modelplan budget` flags → options, as a pure function: every value checked, every mistake a UsageError. */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { SEPARATORS } from '../format/csv-cell.js';
import type { BudgetFormat } from '../format/table.js';
import type { BudgetFormatOptions } from '../format/budget/types.js';
import { chooseFormat, optionMessages, parseJobs, readingCheckOptions, useColor, type Environment, type InputFlags } from './shared.js';
import type { Lang, Localized } from '../report/types.js';
import type { CheckOptions } from '../runs/check.js';
import { ALLOCATIONS, type Allocation, type BudgetOptions } from '../budget/types.js';

export interface BudgetFlags extends InputFlags {
  toewijzing?: string;
  zonderAanvullendeBeoordeling?: boolean;
  separator?: string;
  bom?: boolean;
  headerLabels?: boolean;
  register?: string;
}

export interface BudgetInvocation {
  check: CheckOptions;
  budget: BudgetOptions;
  format: BudgetFormat;
  formatOptions: BudgetFormatOptions;
  output?: string;
}

const messages = {
  ...optionMessages,
  allocation: { nl: 'onbekende waarde voor --toewijzing "{value}"; kies uit: {allowed}', en: 'unknown value for --toewijzing "{value}"; choose from: {allowed}' },
} satisfies Record<string, Localized>;

export function budgetInvocation(paths: string[], flags: BudgetFlags, environment: Environment, defaultLang: Lang): BudgetInvocation {
  const lang = defaultLang;
  const format = chooseFormat('budget', flags.format);
  const allocation = (flags.toewijzing ?? 'geen') as Allocation;
  if (!ALLOCATIONS.includes(allocation)) throw new UsageError(messages.allocation, { value: String(flags.toewijzing), allowed: ALLOCATIONS.join(', ') });
  if (format !== 'csv') {
    if (flags.separator !== undefined) throw new UsageError(messages.csvOnly, { flag: '--separator' });
    if (flags.bom) throw new UsageError(messages.csvOnly, { flag: '--bom' });
    if (flags.headerLabels) throw new UsageError(messages.csvOnly, { flag: '--header-labels' });
  }
  const separator = SEPARATORS[flags.separator ?? ';'];
  if (separator === undefined || !Object.hasOwn(SEPARATORS, flags.separator ?? ';')) throw new UsageError(messages.separator, { value: String(flags.separator) });
  const invocation: BudgetInvocation = {
    check: readingCheckOptions(paths, flags, environment, lang),
    budget: { allocation, excludeAdditionalReview: flags.zonderAanvullendeBeoordeling ?? false },
    format,
    formatOptions: { lang, color: useColor(flags.color, environment, flags.output !== undefined), separator, bom: flags.bom ?? false, headerLabels: flags.headerLabels ?? false },
  };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  // With the register of the submission, files not in it count for nothing (listed apart).
  if (flags.register !== undefined) invocation.check.register = { path: resolve(environment.cwd, flags.register), display: flags.register.split('\\').join('/') };
  const jobs = parseJobs(flags.jobs);
  if (jobs !== undefined) invocation.check.jobs = jobs;
  return invocation;
}
