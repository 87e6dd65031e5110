/**
 * The check run: frame, inputs, the engine (src/engine/: file stage, set stage, each file finished
 * once, language-neutral), then the report: summary and exit code over every file, the view (what
 * is shown: --quiet, --max-findings), the one render step over what is shown, catalogue, audit.
 * engine → view → render → format: a file or finding the view leaves out is never rendered. Never
 * touches process (only cli.ts does).
 */
import type { Frame } from '../domain/types.js';
import { cacheKey, loadCache, saveCache, type CacheNotice } from '../engine/cache.js';
import { runEngine, type EngineOptions, type RoundData } from '../engine/index.js';
import { loadFrame } from '../frame/load.js';
import { discoverInputs, displayPath } from '../load/discover.js';
import type { StdinReader } from '../load/read.js';
import type { ParseLimits } from '../parse/limits.js';
import { exitCodeFor, summarize, type ExitPolicy } from '../report/summarize.js';
import { renderFiles } from '../report/render.js';
import type { FileResult, Lang, NeutralFileResult, Report, RunAudit } from '../report/types.js';
import { viewFiles, type ViewOptions } from '../report/view.js';
import { ruleCatalogue } from '../rules/index.js';
import { loadRegister } from '../round/register.js';
import { readSchema, SCHEMA_FILES } from '../validate/schemas.js';
import { toolVersion } from '../paths.js';
import type { BudgetOptions, BudgetReport } from '../budget/types.js';
import type { KeyObject } from 'node:crypto';
import type { StatusReport } from '../round/status.js';

export type { RoundData } from '../engine/index.js';

export const REPORT_VERSION = '1.3.0';

export interface CheckOptions extends ExitPolicy {
  paths: string[];
  cwd: string;
  modelplannenDir: string;
  lang: Lang;
  maxFileBytes: number;
  /** Bounds on each document's structure (src/parse/limits.ts); default DEFAULT_PARSE_LIMITS. The same for --fix. */
  limits?: ParseLimits;
  /** Follow links in a scanned directory that point outside it (default: reported, not followed). */
  followLinks?: boolean;
  /** Worker threads for a large run; undefined: as many as the cores and the number of files warrant. */
  jobs?: number;
  /** `--register`: the register of the submission the files are compared with. */
  register?: { path: string; display: string; verify?: KeyObject };
  /** `--cache [--cache-location F]`: where the file stage's outcomes are kept between runs (src/engine/cache.ts). */
  cache?: { path: string; display: string };
  /** Today (JJJJ-MM-DD) by the run's injected clock, asked for when decision files are read: decisions dated later are errors (beoordeling-datum). */
  today?: () => string;
  /** Keep the data of every valid application for the caller (`export nza`). */
  keepApplications?: boolean;
  /**
   * false: the report's summaries leave out the fingerprint (`check` in a format that does not show
   * it); the engine computes every fingerprint once either way (the duplicate rule reads them). Default true.
   */
  fingerprints?: boolean;
  /**
   * What is shown (`check`: --quiet, --max-findings), applied before the render step; the summary
   * and the exit code count every file and finding. Absent: everything is shown (budget, rapport, the round).
   */
  view?: ViewOptions;
}

export interface RunIO {
  stdin: StdinReader;
}

export interface RunResult {
  report: Report;
  exitCode: 0 | 1 | 2;
  /** The normative frame the run checked against (budget totals need its richtbedragen). */
  frame: Frame;
  round: RoundData;
  /** What the user should know that is no finding (a cache not used or not written); rendered at the edge. */
  notices: CacheNotice[];
}

export async function runCheck(options: CheckOptions, io: RunIO, engine: Pick<EngineOptions, 'stage'> = {}): Promise<RunResult> {
  const frame = await loadFrame(options.modelplannenDir, options.cwd);
  const inputs = await discoverInputs(options.paths, options.cwd, { followLinks: options.followLinks === true });
  // The engine is language-neutral and knows nothing of the view: neither reaches it.
  const { register: registerRef, cache: cacheRef, followLinks: _followLinks, lang: _lang, view: _view, ...rest } = options;
  const register = registerRef ? await loadRegister(registerRef.path, registerRef.display, options.cwd, registerRef.verify) : undefined;
  // A run that replaces the file stage (check --fix) neither reads nor writes the cache.
  const useCache = cacheRef && !engine.stage ? { ...cacheRef, key: cacheKey(frame) } : undefined;
  const cache = useCache ? await loadCache(useCache.path, useCache.display, useCache.key) : undefined;
  const notices: CacheNotice[] = cache?.notice ? [cache.notice] : [];
  const engineOptions: EngineOptions & { lang?: never } = { ...rest, ...(register ? { register } : {}), ...(cache ? { cache } : {}), ...engine };
  const { files, round, cacheable } = await runEngine(inputs, frame, engineOptions, io.stdin);
  // Nothing changed (every file a hit, none added or gone): the cache file stays as it is.
  if (useCache && cacheable && !cache?.holdsExactly(cacheable)) {
    const unwritten = await saveCache(useCache.path, useCache.display, useCache.key, cacheable);
    if (unwritten) notices.push(unwritten);
  }
  return { ...reportOf(files, round, frame, options), notices };
}

/**
 * The report of a finished run: the summary and the exit code over every file (sorted by the
 * engine), then the view, then the one place a check run's texts are rendered, in the user's
 * language, for the files and findings shown only.
 */
function reportOf(files: NeutralFileResult[], round: RoundData, frame: Frame, options: CheckOptions): Omit<RunResult, 'notices'> {
  const summary = summarize(files);
  const shown = options.view ? viewFiles(files, options.view) : files;
  const report: Report = {
    reportVersion: REPORT_VERSION,
    lang: options.lang,
    audit: audit(frame, options),
    files: renderFiles(shown, options.lang),
    summary,
    rules: ruleCatalogue(),
  };
  return { report, exitCode: exitCodeFor(files, summary, options), frame, round };
}

export interface BudgetRunResult extends RunResult {
  /** The totals of the counted applications (src/budget/aggregate.ts). */
  budget: BudgetReport;
  /** The round's statuses (src/round/status.ts), when decision files are among the inputs or a register was given. */
  status?: StatusReport;
}

/** Decision files (soort: beoordeling) among the inputs, valid or not: the round is part of the run. */
export function hasDecisionFiles(report: Report): boolean {
  return report.files.some((f) => f.kind === 'beoordeling');
}

/**
 * The files of a run without the entry that carries the register's own findings (register-echtheid,
 * register-ongeldig): the register is no application, so it is never counted, left out or listed as one.
 */
export function withoutRegisterFile(files: readonly FileResult[], options: Pick<CheckOptions, 'register'>): FileResult[] {
  const register = options.register?.display;
  return register === undefined ? [...files] : files.filter((f) => !(f.file === register && f.kind === null));
}

/**
 * The check stages, then the budget totals. The exit code is 0 whenever the totals were produced:
 * invalid applications are listed in them, not fatal (use `check` to fail on findings).
 */
export async function runBudget(check: CheckOptions, budget: BudgetOptions, io: RunIO): Promise<BudgetRunResult> {
  // The applications' budget lines are kept: the approved amounts are spread over their years.
  const result = await runCheck({ ...check, keepApplications: true }, io);
  // Loaded here: only a budget run needs the aggregation.
  const { aggregateBudget } = await import('../budget/aggregate.js');
  const decisions = hasDecisionFiles(result.report);
  const status = decisions || check.register ? (await import('../round/status.js')).computeStatus(result.report, result.round) : undefined;
  const assessment = decisions && status ? (await import('../round/assessment.js')).assessmentOf(status, result.report, result.round) : undefined;
  const totals = aggregateBudget({ files: withoutRegisterFile(result.report.files, check), frame: result.frame, lang: result.report.lang, options: budget, ...(assessment ? { assessment } : {}) });
  return { ...result, budget: totals, ...(status ? { status } : {}), exitCode: 0 };
}

function audit(frame: Frame, options: CheckOptions): RunAudit {
  return {
    tool: { name: 'modelplan', version: toolVersion() },
    // Relative, so reports are the same on every machine and in every clone.
    modelplannenDir: displayPath(options.cwd, options.modelplannenDir),
    modelplannen: frame.modelplannen.map((m) => ({ id: m.id, versie: m.versie, status: m.status })),
    budgetkader: { id: frame.budgetkader.id, versie: frame.budgetkader.versie, status: frame.budgetkader.status },
    schemas: SCHEMA_FILES.map((name) => ({ name, version: String(readSchema(name)['x-versie']) })),
  };
}
