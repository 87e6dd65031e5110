/** What every command's flags → options step shares: the environment, the language, counts, sizes, colour. */
import { UsageError } from '../errors.js';
import { t } from '../i18n/ui.js';
import { resolve } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../load/read.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../paths.js';
import type { CheckOptions } from '../runs/check.js';
import { LANGS, type Lang, type Localized } from '../report/types.js';
import { formatsOf, isFormatOf, type FormatOf, type FormattingCommand } from '../format/table.js';

/** Usage messages more than one command gives. */
export const optionMessages = {
  lang: { nl: 'onbekende taal "{value}"; kies nl of en', en: 'unknown language "{value}"; choose nl or en' },
  langEnv: { nl: 'onbekende taal "{value}" in MODELPLAN_LANG; kies nl of en', en: 'unknown language "{value}" in MODELPLAN_LANG; choose nl or en' },
  format: { nl: 'onbekend formaat "{value}"; kies uit: {allowed}', en: 'unknown format "{value}"; choose from: {allowed}' },
  count: { nl: '{flag} verwacht een geheel getal van 0 of meer, gevonden "{value}"', en: '{flag} expects a whole number of 0 or more, found "{value}"' },
  separator: { nl: 'onbekend scheidingsteken "{value}"; kies ; , of tab', en: 'unknown separator "{value}"; choose ; , or tab' },
  csvOnly: { nl: '{flag} geldt alleen voor --format csv', en: '{flag} only applies to --format csv' },
  size: { nl: '--max-file-size verwacht een aantal bytes, bijvoorbeeld 2000000 of 2MB, gevonden "{value}"', en: '--max-file-size expects a number of bytes, e.g. 2000000 or 2MB, found "{value}"' },
} satisfies Record<string, Localized>;

const messages = optionMessages;

export interface Environment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** The run's clock (runCli sets it from the context's clock, or from MODELPLAN_NOW). */
  now?: () => Date;
}

/** Today's calendar date in the Netherlands (JJJJ-MM-DD) by the environment's clock; undefined without one. */
export function todayIn(environment: Environment): string | undefined {
  if (!environment.now) return undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(environment.now());
}

/**
 * MODELPLAN_NOW (an ISO 8601 moment or a date JJJJ-MM-DD): a fixed clock for reproducible runs and
 * tests. Undefined when unset; 'invalid' when set to something that is no moment.
 */
export function clockFromEnv(env: Record<string, string | undefined>): (() => Date) | 'invalid' | undefined {
  const value = env.MODELPLAN_NOW;
  if (value === undefined || value === '') return undefined;
  const moment = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(moment.getTime())) return 'invalid';
  return () => new Date(moment.getTime());
}

/**
 * The language is needed before commander builds its (translated) help, so it is read from argv
 * and MODELPLAN_LANG first. `--lang` wins over the environment.
 */
export function languageFrom(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  let value: string | undefined = env.MODELPLAN_LANG;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value === 'en' ? 'en' : 'nl';
}

/**
 * A `--lang` value or MODELPLAN_LANG that is neither nl nor en, as the usage message to show
 * (in the language that is in force otherwise); undefined when the language is fine.
 */
export function unknownLanguage(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  const fromEnv = env.MODELPLAN_LANG;
  // A bad --lang is reported in the language of the environment, if that one is good.
  const fallback: Lang = fromEnv === 'en' ? 'en' : 'nl';
  if (fromEnv !== undefined && fromEnv !== '' && !(LANGS as readonly string[]).includes(fromEnv)) {
    return t(messages.langEnv, fallback, { value: fromEnv });
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && !(LANGS as readonly string[]).includes(value)) return t(messages.lang, fallback, { value });
  }
  return undefined;
}


export function parseCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(messages.count, { flag, value });
  return Number(value);
}

export function parseByteSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  const match = /^(\d+)\s*(b|kb|kib|mb|mib)?$/i.exec(value.trim());
  if (!match) throw new UsageError(messages.size, { value });
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit === 'kb' || unit === 'kib' ? 1024 : unit === 'mb' || unit === 'mib' ? 1024 * 1024 : 1;
  const bytes = Number(match[1]) * factor;
  if (bytes < 1) throw new UsageError(messages.size, { value });
  return bytes;
}

export function useColor(flag: boolean | undefined, environment: Environment, toFile: boolean): boolean {
  if (flag === false) return false;
  if (environment.env.NO_COLOR !== undefined && environment.env.NO_COLOR !== '') return false;
  if (environment.env.FORCE_COLOR !== undefined && environment.env.FORCE_COLOR !== '0') return !toFile;
  return environment.stdoutIsTTY && !toFile;
}

/** Flags every command that reads applications shares. */
export interface InputFlags {
  format?: string;
  output?: string;
  modelplannen?: string;
  maxFileSize?: string;
  color?: boolean;
  jobs?: string;
}

/** `--jobs`: worker threads for a large run (1: none, all on the main thread); 0 or absent: automatic. */
export function parseJobs(value: string | undefined): number | undefined {
  const jobs = parseCount('--jobs', value);
  return jobs === 0 ? undefined : jobs;
}

/**
 * The check options of a command that reads applications for totals (budget, rapport): the inputs and
 * the frame; the exit code does not follow findings, so the failing level plays no part.
 */
export function readingCheckOptions(paths: string[], flags: InputFlags, environment: Environment, lang: Lang): CheckOptions {
  return {
    ...(environment.now ? { today: () => todayIn(environment)! } : {}),
    paths,
    cwd: environment.cwd,
    modelplannenDir: flags.modelplannen ? resolve(environment.cwd, flags.modelplannen) : BUNDLED_MODELPLANNEN_DIR,
    lang,
    maxFileBytes: parseByteSize(flags.maxFileSize),
    failOn: 'error',
  };
}

/** `--format`: one of the command's formats in the formatter table; absent, the table's first. */
export function chooseFormat<C extends FormattingCommand>(command: C, flag: string | undefined): FormatOf<C> {
  const formats = formatsOf(command);
  if (flag === undefined) return formats[0]!;
  if (!isFormatOf(command, flag)) throw new UsageError(optionMessages.format, { value: flag, allowed: formats.join(', ') });
  return flag;
}
