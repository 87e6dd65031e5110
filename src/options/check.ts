/** `modelplan check` flags → options, as pure functions: every value checked, every mistake a UsageError. */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { SEPARATORS } from '../format/csv-cell.js';
import type { CheckFormat } from '../format/table.js';
import type { FormatOptions } from '../format/types.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../paths.js';
import type { FailOn } from '../report/summarize.js';
import type { Lang, Localized } from '../report/types.js';
import { chooseFormat, optionMessages, parseByteSize, parseCount, parseJobs, todayIn, useColor, type Environment, type InputFlags } from './shared.js';
import { DEFAULT_MAX_FINDINGS, type ViewOptions } from '../report/view.js';
import { DEFAULT_PARSE_LIMITS } from '../parse/limits.js';
import type { CheckOptions } from '../runs/check.js';
import { readKey } from '../round/signing.js';
import { DEFAULT_CACHE_FILE } from '../engine/cache.js';


const messages = {
  verifyNeedsRegister: { nl: '--verify hoort bij --register: geef het register dat met deze sleutel getekend moet zijn', en: '--verify belongs with --register: give the register that must be signed with this key' },
  failOn: { nl: 'onbekende waarde voor --fail-on "{value}"; kies error, review of warning', en: 'unknown value for --fail-on "{value}"; choose error, review or warning' },
  cacheLocation: { nl: '--cache-location hoort bij --cache: modelplan check --cache --cache-location <bestand> <paden...>', en: '--cache-location goes with --cache: modelplan check --cache --cache-location <file> <paths...>' },
} satisfies Record<string, Localized>;










export interface CheckFlags extends InputFlags {
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
  explainScore?: boolean;
  separator?: string;
  bom?: boolean;
  headerLabels?: boolean;
  register?: string;
  verify?: string;
  fix?: boolean;
  dryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  maxFindings?: string;
  maxAliases?: string;
  maxKeys?: string;
  maxNodes?: string;
  followLinks?: boolean;
}

export interface CheckInvocation {
  check: CheckOptions;
  view: ViewOptions;
  format: CheckFormat;
  formatOptions: FormatOptions;
  output?: string;
}

/** The formats that show the applications' fingerprints; for the others the report leaves them out (the engine computes them once either way). */
export function showsFingerprints(format: CheckFormat): boolean {
  return format === 'json';
}

export function checkInvocation(paths: string[], flags: CheckFlags, environment: Environment, defaultLang: Lang): CheckInvocation {
  const lang = defaultLang;
  const format = chooseFormat('check', flags.format);
  const failOn = (flags.failOn ?? 'error') as FailOn;
  if (!['error', 'review', 'warning'].includes(failOn)) throw new UsageError(messages.failOn, { value: String(flags.failOn) });
  const maxWarnings = parseCount('--max-warnings', flags.maxWarnings);
  if (format !== 'csv' && (flags.separator !== undefined || flags.bom || flags.headerLabels)) {
    const flag = flags.separator !== undefined ? '--separator' : flags.bom ? '--bom' : '--header-labels';
    throw new UsageError(optionMessages.csvOnly, { flag });
  }
  const separator = SEPARATORS[flags.separator ?? ';'];
  if (separator === undefined || !Object.hasOwn(SEPARATORS, flags.separator ?? ';')) throw new UsageError(optionMessages.separator, { value: String(flags.separator) });
  const check: CheckOptions = {
    paths,
    cwd: environment.cwd,
    modelplannenDir: flags.modelplannen ? resolve(environment.cwd, flags.modelplannen) : BUNDLED_MODELPLANNEN_DIR,
    lang,
    maxFileBytes: parseByteSize(flags.maxFileSize),
    failOn,
  };
  // Asked for only when a run holds decision files: the time zone's rules cost a cold start ≈ 25 ms.
  if (environment.now) check.today = () => todayIn(environment)!;
  if (maxWarnings !== undefined) check.maxWarnings = maxWarnings;
  check.limits = {
    maxAliases: parseCount('--max-aliases', flags.maxAliases) ?? DEFAULT_PARSE_LIMITS.maxAliases,
    maxKeysPerMapping: parseCount('--max-keys', flags.maxKeys) ?? DEFAULT_PARSE_LIMITS.maxKeysPerMapping,
    maxNodes: parseCount('--max-nodes', flags.maxNodes) ?? DEFAULT_PARSE_LIMITS.maxNodes,
  };
  if (flags.followLinks) check.followLinks = true;
  if (flags.register !== undefined) check.register = { path: resolve(environment.cwd, flags.register), display: flags.register.split('\\').join('/') };
  if (flags.verify !== undefined) {
    if (!check.register) throw new UsageError(messages.verifyNeedsRegister);
    check.register.verify = readKey(resolve(environment.cwd, flags.verify), flags.verify, 'public');
  }
  const jobs = parseJobs(flags.jobs);
  if (jobs !== undefined) check.jobs = jobs;
  if (flags.cacheLocation !== undefined && !flags.cache) throw new UsageError(messages.cacheLocation);
  if (flags.cache) {
    const location = flags.cacheLocation ?? DEFAULT_CACHE_FILE;
    check.cache = { path: resolve(environment.cwd, location), display: location.split('\\').join('/') };
  }
  const invocation: CheckInvocation = {
    check,
    view: { quiet: flags.quiet ?? false, maxFindings: parseCount('--max-findings', flags.maxFindings) ?? DEFAULT_MAX_FINDINGS },
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

const fixMessages = {
  dryRunWithoutFix: { nl: '--dry-run hoort bij --fix: modelplan check --fix --dry-run <paden...>', en: '--dry-run goes with --fix: modelplan check --fix --dry-run <paths...>' },
  fixStdin: { nl: '--fix wijzigt bestanden en kan niet met standaardinvoer (-)', en: '--fix changes files and cannot be used with standard input (-)' },
  fixWatch: { nl: '--fix kan niet samen met --watch', en: '--fix cannot be combined with --watch' },
};

/** `check --fix [--dry-run]`: whether to repair, and the mistakes that make it a usage error. */
export function fixMode(paths: readonly string[], flags: CheckFlags & { watch?: boolean }): { dryRun: boolean } | undefined {
  if (flags.dryRun && !flags.fix) throw new UsageError(fixMessages.dryRunWithoutFix);
  if (!flags.fix) return undefined;
  if (paths.includes('-')) throw new UsageError(fixMessages.fixStdin);
  if (flags.watch) throw new UsageError(fixMessages.fixWatch);
  return { dryRun: flags.dryRun ?? false };
}
