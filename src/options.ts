/** Flags → options, as pure functions: every value checked, every mistake a UsageError. */
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import { SEPARATORS } from './format/csv-cell.js';
import { CHECK_FORMATS, type CheckFormat } from './format/index.js';
import type { FormatOptions } from './format/types.js';
import { DEFAULT_MAX_FILE_BYTES } from './load/read.js';
import { BUNDLED_MODELPLANNEN_DIR } from './paths.js';
import type { FailOn } from './report/summarize.js';
import type { Lang } from './report/types.js';
import type { ViewOptions } from './report/view.js';
import { LANGS } from './report/types.js';
import type { CheckOptions } from './run.js';

export interface Environment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

const messages = {
  lang: { nl: 'onbekende taal "{value}"; kies nl of en', en: 'unknown language "{value}"; choose nl or en' },
  langEnv: { nl: 'onbekende taal "{value}" in MODELPLAN_LANG; kies nl of en', en: 'unknown language "{value}" in MODELPLAN_LANG; choose nl or en' },
  format: { nl: 'onbekend formaat "{value}"; kies uit: {allowed}', en: 'unknown format "{value}"; choose from: {allowed}' },
  failOn: { nl: 'onbekende waarde voor --fail-on "{value}"; kies error, review of warning', en: 'unknown value for --fail-on "{value}"; choose error, review or warning' },
  count: { nl: '{flag} verwacht een geheel getal van 0 of meer, gevonden "{value}"', en: '{flag} expects a whole number of 0 or more, found "{value}"' },
  separator: { nl: 'onbekend scheidingsteken "{value}"; kies ; , of tab', en: 'unknown separator "{value}"; choose ; , or tab' },
  csvOnly: { nl: '{flag} geldt alleen voor --format csv', en: '{flag} only applies to --format csv' },
  size: { nl: '--max-file-size verwacht een aantal bytes, bijvoorbeeld 2000000 of 2MB, gevonden "{value}"', en: '--max-file-size expects a number of bytes, e.g. 2000000 or 2MB, found "{value}"' },
};

function say(text: { nl: string; en: string }, lang: Lang, args: Record<string, string>): string {
  return text[lang].replace(/\{(\w+)\}/g, (w, k: string) => args[k] ?? w);
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
    return say(messages.langEnv, fallback, { value: fromEnv });
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && !(LANGS as readonly string[]).includes(value)) return say(messages.lang, fallback, { value });
  }
  return undefined;
}

export function parseLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(say(messages.lang, fallback, { value }));
}

export function parseCount(flag: string, value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(say(messages.count, lang, { flag, value }));
  return Number(value);
}

export function parseByteSize(value: string | undefined, lang: Lang): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  const match = /^(\d+)\s*(b|kb|kib|mb|mib)?$/i.exec(value.trim());
  if (!match) throw new UsageError(say(messages.size, lang, { value }));
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit === 'kb' || unit === 'kib' ? 1024 : unit === 'mb' || unit === 'mib' ? 1024 * 1024 : 1;
  const bytes = Number(match[1]) * factor;
  if (bytes < 1) throw new UsageError(say(messages.size, lang, { value }));
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
  lang?: string;
  modelplannen?: string;
  maxFileSize?: string;
  color?: boolean;
  jobs?: string;
}

/** `--jobs`: worker threads for a large run (1: none, all on the main thread); 0 or absent: automatic. */
export function parseJobs(value: string | undefined, lang: Lang): number | undefined {
  const jobs = parseCount('--jobs', value, lang);
  return jobs === 0 ? undefined : jobs;
}

export interface CheckFlags extends InputFlags {
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  explainScore?: boolean;
  separator?: string;
  bom?: boolean;
  headerLabels?: boolean;
  register?: string;
}

export interface CheckInvocation {
  check: CheckOptions;
  view: ViewOptions;
  format: CheckFormat;
  formatOptions: FormatOptions;
  output?: string;
}

export function checkInvocation(paths: string[], flags: CheckFlags, environment: Environment, defaultLang: Lang): CheckInvocation {
  const lang = parseLang(flags.lang, defaultLang);
  const format = (flags.format ?? 'text') as CheckFormat;
  if (!CHECK_FORMATS.includes(format)) {
    throw new UsageError(say(messages.format, lang, { value: String(flags.format), allowed: CHECK_FORMATS.join(', ') }));
  }
  const failOn = (flags.failOn ?? 'error') as FailOn;
  if (!['error', 'review', 'warning'].includes(failOn)) throw new UsageError(say(messages.failOn, lang, { value: String(flags.failOn) }));
  const maxWarnings = parseCount('--max-warnings', flags.maxWarnings, lang);
  if (format !== 'csv' && (flags.separator !== undefined || flags.bom || flags.headerLabels)) {
    const flag = flags.separator !== undefined ? '--separator' : flags.bom ? '--bom' : '--header-labels';
    throw new UsageError(say(messages.csvOnly, lang, { flag }));
  }
  const separator = SEPARATORS[flags.separator ?? ';'];
  if (separator === undefined || !Object.hasOwn(SEPARATORS, flags.separator ?? ';')) throw new UsageError(say(messages.separator, lang, { value: String(flags.separator) }));
  const check: CheckOptions = {
    paths,
    cwd: environment.cwd,
    modelplannenDir: flags.modelplannen ? resolve(environment.cwd, flags.modelplannen) : BUNDLED_MODELPLANNEN_DIR,
    lang,
    maxFileBytes: parseByteSize(flags.maxFileSize, lang),
    failOn,
  };
  if (maxWarnings !== undefined) check.maxWarnings = maxWarnings;
  if (flags.register !== undefined) check.register = { path: resolve(environment.cwd, flags.register), display: flags.register.split('\\').join('/') };
  const jobs = parseJobs(flags.jobs, lang);
  if (jobs !== undefined) check.jobs = jobs;
  const invocation: CheckInvocation = {
    check,
    view: { quiet: flags.quiet ?? false },
    format,
    formatOptions: {
      lang,
      color: useColor(flags.color, environment, flags.output !== undefined),
      explainScore: flags.explainScore ?? false,
      separator,
      bom: flags.bom ?? false,
      headerLabels: flags.headerLabels ?? false,
    },
  };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}
