/** Flags → options for the commands after approval, as pure functions: every mistake a UsageError (exit 2). */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { SEPARATORS } from '../format/csv-cell.js';
import type { Lang, Localized } from '../report/types.js';
import type { CheckOptions } from '../runs/check.js';
import { parseDate } from './round.js';
import { parseJobs, readingCheckOptions, type Environment, type InputFlags } from './shared.js';

const messages = {
  jaar: { nl: '--jaar verwacht een jaar, bijvoorbeeld 2027, gevonden "{value}"', en: '--jaar expects a year, e.g. 2027, found "{value}"' },
  noJaar: { nl: 'geef --jaar op: het jaar van de verantwoording', en: 'give --jaar: the year of the account' },
  oneFile: { nl: '{command} verwacht precies één bestand, gevonden {count} paden', en: '{command} expects exactly one file, found {count} paths' },
  format: { nl: 'onbekend formaat "{value}"; kies html of json', en: 'unknown format "{value}"; choose html or json' },
  separator: { nl: 'onbekend scheidingsteken "{value}"; kies ; , of tab', en: 'unknown separator "{value}"; choose ; , or tab' },
  noOutput: { nl: 'geef -o <map> op: de map waarin het overzicht komt', en: 'give -o <dir>: the folder the overview goes into' },
} satisfies Record<string, Localized>;

export interface AfterApprovalFlags extends InputFlags {
  jaar?: string;
  datum?: string;
  force?: boolean;
  separator?: string;
}

export function parseJaar(value: string | undefined): number {
  if (value === undefined) throw new UsageError(messages.noJaar);
  if (!/^\d{4}$/.test(value)) throw new UsageError(messages.jaar, { value });
  return Number(value);
}

function withJobs(check: CheckOptions, flags: AfterApprovalFlags): CheckOptions {
  const jobs = parseJobs(flags.jobs);
  return jobs === undefined ? check : { ...check, jobs };
}

export interface InitVerantwoordingInvocation {
  /** The NZa request, absolute, and as given. */
  request: { path: string; display: string };
  jaar: number;
  cwd: string;
  modelplannenDir: string;
  lang: Lang;
  maxFileBytes: number;
  force: boolean;
  output?: string;
}

export function initVerantwoordingInvocation(paths: string[], flags: AfterApprovalFlags, environment: Environment, lang: Lang): InitVerantwoordingInvocation {
  if (paths.length !== 1) throw new UsageError(messages.oneFile, { command: 'init-verantwoording', count: paths.length });
  const check = readingCheckOptions(paths, flags, environment, lang);
  const invocation: InitVerantwoordingInvocation = {
    request: { path: resolve(environment.cwd, paths[0]!), display: paths[0]! },
    jaar: parseJaar(flags.jaar),
    cwd: environment.cwd,
    modelplannenDir: check.modelplannenDir,
    lang,
    maxFileBytes: check.maxFileBytes,
    force: flags.force ?? false,
  };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}

export interface InitPlausibiliteitInvocation {
  check: CheckOptions;
  datum: string;
  force: boolean;
  output?: string;
}

export function initPlausibiliteitInvocation(paths: string[], flags: AfterApprovalFlags, environment: Environment, lang: Lang, today?: () => string): InitPlausibiliteitInvocation {
  if (paths.length !== 1) throw new UsageError(messages.oneFile, { command: 'init-plausibiliteit', count: paths.length });
  const invocation: InitPlausibiliteitInvocation = { check: readingCheckOptions(paths, flags, environment, lang), datum: parseDate('--datum', flags.datum, today), force: flags.force ?? false };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}

export interface ExportVerantwoordingInvocation {
  check: CheckOptions;
  jaar: number;
  outputDir: string;
  shownDir: string;
  separator: string;
}

export function exportVerantwoordingInvocation(paths: string[], flags: AfterApprovalFlags, environment: Environment, lang: Lang): ExportVerantwoordingInvocation {
  const check = withJobs(readingCheckOptions(paths, flags, environment, lang), flags);
  if (flags.output === undefined) throw new UsageError(messages.noOutput);
  const separator = SEPARATORS[flags.separator ?? ';'];
  if (separator === undefined) throw new UsageError(messages.separator, { value: String(flags.separator) });
  return { check, jaar: parseJaar(flags.jaar), outputDir: resolve(environment.cwd, flags.output), shownDir: flags.output, separator };
}

export type VoortgangFormat = 'html' | 'json';

export interface VoortgangInvocation {
  check: CheckOptions;
  format: VoortgangFormat;
  output?: string;
}

export function voortgangInvocation(paths: string[], flags: AfterApprovalFlags, environment: Environment, lang: Lang): VoortgangInvocation {
  const check = withJobs(readingCheckOptions(paths, flags, environment, lang), flags);
  const format = flags.format ?? 'html';
  if (format !== 'html' && format !== 'json') throw new UsageError(messages.format, { value: format });
  const invocation: VoortgangInvocation = { check, format };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}
