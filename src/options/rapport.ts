/** `modelplan rapport` flags → options, as a pure function: every value checked, every mistake a UsageError. */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { parseJobs, readingCheckOptions, type Environment, type InputFlags } from './shared.js';
import type { Lang, Localized } from '../report/types.js';
import type { BudgetOptions } from '../budget/types.js';
import type { CheckOptions } from '../runs/check.js';

export interface RapportFlags extends InputFlags {
  peildatum?: string;
  zonderAanvullendeBeoordeling?: boolean;
  register?: string;
}

export interface RapportInvocation {
  check: CheckOptions;
  /** Always without allocation: the report computes every scenario itself, side by side. */
  budget: BudgetOptions;
  peildatum: string;
  lang: Lang;
  output?: string;
}

const messages = {
  peildatum: {
    nl: '--peildatum verwacht een datum JJJJ-MM-DD, bijvoorbeeld 2027-03-01, gevonden "{value}"',
    en: '--peildatum expects a date YYYY-MM-DD, e.g. 2027-03-01, found "{value}"',
  },
} satisfies Record<string, Localized>;

/** JJJJ-MM-DD of a real calendar day, or null. */
export function parsePeildatum(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}

/** The calendar date (UTC) of an instant, as JJJJ-MM-DD. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** `today` is the injected clock's date, used when no --peildatum is given. */
export function rapportInvocation(paths: string[], flags: RapportFlags, environment: Environment, defaultLang: Lang, today: Date): RapportInvocation {
  const lang = defaultLang;
  const peildatum = flags.peildatum === undefined ? isoDate(today) : parsePeildatum(flags.peildatum);
  if (peildatum === null) throw new UsageError(messages.peildatum, { value: String(flags.peildatum) });
  const invocation: RapportInvocation = {
    check: readingCheckOptions(paths, flags, environment, lang),
    budget: { allocation: 'geen', excludeAdditionalReview: flags.zonderAanvullendeBeoordeling ?? false },
    peildatum,
    lang,
  };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  if (flags.register !== undefined) invocation.check.register = { path: resolve(environment.cwd, flags.register), display: flags.register.split('\\').join('/') };
  const jobs = parseJobs(flags.jobs);
  if (jobs !== undefined) invocation.check.jobs = jobs;
  return invocation;
}
