/**
 * The stages in order: load → parse → validate → rules → review/score → report. Returns the
 * report and the exit code; never touches process (only cli.ts does).
 */
import { appendAll } from './domain/append.js';
import { checkChunk, factsOf, finish, processInput, type ApplicationFacts, type WorkFile } from './check-file.js';
import type { Aanvraag, Frame, Modelplan } from './domain/types.js';
import { loadFrame } from './frame/load.js';
import { compareText } from './domain/compare.js';
import { discoverInputs, displayPath, type InputRef } from './load/discover.js';
import { readInput, type StdinReader } from './load/read.js';
import { readDocument } from './parse/document.js';
import type { ParseLimits } from './parse/limits.js';
import { fingerprintOf } from './review/application-summary.js';
import { checkInPool, jobsFor } from './parallel/pool.js';
import { exitCodeFor, summarize, type ExitPolicy } from './report/summarize.js';
import { FILE_START, type FileResult, type Finding, type Lang, type Report, type RunAudit } from './report/types.js';
import type { ModelplanFile } from './rules/define.js';
import { ruleCatalogue } from './rules/index.js';
import { runAanvragenRules, runBeoordelingenRules, runModelplannenRules, runRegisterRules } from './rules/runner.js';
import { roundApplications } from './round/applications.js';
import { hashInputs, loadRegister } from './round/register.js';
import type { Beoordeling, LoadedRegister, RoundApplication, RoundDecision } from './round/types.js';
import { makeFinding } from './report/finding.js';
import { compareFindings, countFindings } from './report/summarize.js';
import { decideReview } from './review/decide.js';
import { readSchema, SCHEMA_FILES } from './validate/schemas.js';
import { toolVersion } from './paths.js';
import type { BudgetOptions, BudgetReport } from './budget/types.js';

export const REPORT_VERSION = '1.2.0';

export interface CheckOptions extends ExitPolicy {
  paths: string[];
  cwd: string;
  modelplannenDir: string;
  lang: Lang;
  maxFileBytes: number;
  /** Bounds on each document's structure (src/parse/limits.ts); default DEFAULT_PARSE_LIMITS. */
  limits?: ParseLimits;
  /** Follow links in a scanned directory that point outside it (default: reported, not followed). */
  followLinks?: boolean;
  /** Worker threads for a large run; undefined: as many as the cores and the number of files warrant. */
  jobs?: number;
  /** `--register`: the register of the submission the files are compared with. */
  register?: { path: string; display: string };
  /** Hash every file's bytes (the register command needs them). */
  hashFiles?: boolean;
  /**
   * false: the report's summaries leave out the fingerprint (`check` in a format that does not show
   * it); the rules that compare content still do, hashing only what they must. Default true.
   */
  fingerprints?: boolean;
}

/** What the assessment round needs of a run besides the report (status, export nza). */
export interface RoundData {
  applications: RoundApplication[];
  decisions: RoundDecision[];
  register?: LoadedRegister;
  /** SHA-256 over the bytes per display path, when asked for or a register was given. */
  hashes?: Map<string, string>;
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
}

export async function runCheck(options: CheckOptions, io: RunIO): Promise<RunResult> {
  const frame = await loadFrame(options.modelplannenDir, options.cwd, options.lang);
  const inputs = await discoverInputs(options.paths, options.cwd, options.lang, { followLinks: options.followLinks === true });
  const files: FileResult[] = [];
  // Modelplannen wait for the set-level rules; every other file is finished at once (and its text let go).
  const modelplanWork: WorkFile[] = [];
  // Decision files wait for every application: their rules compare them with it.
  const beoordelingWork: WorkFile[] = [];
  const facts: ApplicationFacts[] = [];
  // The content keys seen on this thread (factsOf); standard input, read once, is always hashed.
  const seen = new Set<string>();
  const checkHere = async (input: InputRef) => {
    const work = await processInput(input, frame, options, io);
    if (work.kind === 'modelplan') modelplanWork.push(work);
    else if (work.kind === 'beoordeling') beoordelingWork.push(work);
    else {
      const result = finish(work, frame, options.lang, options);
      const f = factsOf(work, result, input.kind === 'stdin' ? undefined : seen);
      if (f) facts.push(f);
      files.push(result);
    }
  };

  const jobs = jobsFor(options.jobs, inputs.length);
  if (jobs > 1) {
    const onDisk = inputs.filter((i) => i.kind !== 'stdin');
    const setup = { lang: options.lang, maxFileBytes: options.maxFileBytes, ...(options.limits ? { limits: options.limits } : {}), modelplannenDir: options.modelplannenDir, cwd: options.cwd, fingerprints: options.fingerprints !== false };
    const outcomes = await checkInPool(onDisk, jobs, setup, (chunk) => checkChunk(chunk, frame, options, seen));
    for (const outcome of outcomes) {
      if ('result' in outcome) {
        files.push(outcome.result);
        if (outcome.facts) facts.push(outcome.facts);
      }
      else await checkHere(outcome.deferred);
    }
    for (const input of inputs) if (input.kind === 'stdin') await checkHere(input);
  } else {
    for (const input of inputs) await checkHere(input);
  }

  return assembleReport(files, modelplanWork, facts, frame, options, { beoordelingWork, inputs });
}

/**
 * Modelplannen checked as a set, applications as a set, decision files against their applications
 * (and the register), then the report: files sorted, summary, catalogue, audit, exit code.
 */
export async function assembleReport(
  files: FileResult[],
  modelplanWork: WorkFile[],
  facts: readonly ApplicationFacts[],
  frame: Frame,
  options: CheckOptions,
  roundInput: { beoordelingWork: WorkFile[]; inputs: readonly InputRef[] },
): Promise<RunResult> {
  // Set-level rules: modelplannen checked together (unique id and version, …).
  const modelplanFiles: ModelplanFile[] = modelplanWork.filter((w) => w.valid).map((w) => ({ file: w.display, modelplan: w.data as Modelplan }));
  for (const finding of runModelplannenRules(modelplanFiles, frame)) {
    modelplanWork.find((w) => w.display === finding.file)?.inputs.push(finding);
  }
  appendAll(files, modelplanWork.map((w) => finish(w, frame, options.lang)));
  // Decision files name applications by fingerprint, and a register records them: then every application needs its own.
  const everyFingerprint = roundInput.beoordelingWork.length > 0 || options.register !== undefined;
  await resolveFingerprints(facts, roundInput.inputs, options, { all: everyFingerprint });
  if (everyFingerprint) {
    // (A file that changed into something else meanwhile keeps its placeholder: it matches no decision.)
    const byFile = new Map(facts.map((f) => [f.file, f.fingerprint]));
    for (const file of files) if (file.aanvraag && file.aanvraag.fingerprint === undefined) file.aanvraag.fingerprint = byFile.get(file.file);
  }
  applySetFindings(files, facts, options.lang);
  const round = await applyRound(files, roundInput.beoordelingWork, roundInput.inputs, frame, options);
  files.sort((a, b) => compareText(a.file, b.file));
  const summary = summarize(files);
  const report: Report = {
    reportVersion: REPORT_VERSION,
    lang: options.lang,
    audit: audit(frame, options),
    files,
    summary,
    rules: ruleCatalogue(),
  };
  return { report, exitCode: exitCodeFor(files, summary, options), frame, round };
}

export interface BudgetRunResult extends RunResult {
  /** The totals of the counted applications (src/budget/aggregate.ts). */
  budget: BudgetReport;
}

/**
 * The check stages, then the budget totals. The exit code is 0 whenever the totals were produced:
 * invalid applications are listed in them, not fatal (use `check` to fail on findings).
 */
export async function runBudget(check: CheckOptions, budget: BudgetOptions, io: RunIO): Promise<BudgetRunResult> {
  const result = await runCheck(check, io);
  // Loaded here: only a budget run needs the aggregation.
  const { aggregateBudget } = await import('./budget/aggregate.js');
  const totals = aggregateBudget({ files: result.report.files, frame: result.frame, lang: result.report.lang, options: budget });
  return { ...result, budget: totals, exitCode: 0 };
}

/**
 * The fingerprints factsOf left as placeholders, where they matter: of every application whose
 * content key another application shares (or of all, `all`), computed from its file, read again.
 * A file that changed meanwhile into something else than a valid application keeps its
 * placeholder: it is the same as no other.
 */
async function resolveFingerprints(facts: readonly ApplicationFacts[], inputs: readonly InputRef[], options: CheckOptions, { all }: { all: boolean }): Promise<void> {
  const perKey = new Map<string, number>();
  for (const f of facts) perKey.set(f.contentKey, (perKey.get(f.contentKey) ?? 0) + 1);
  const pending = facts.filter((f) => !f.fingerprintKnown && (all || perKey.get(f.contentKey)! > 1));
  if (pending.length === 0) return;
  const byDisplay = new Map(inputs.map((i) => [i.display, i]));
  for (const f of pending) {
    const input = byDisplay.get(f.file);
    if (!input || input.kind === 'stdin') continue;
    const read = await readInput(input, options.maxFileBytes, () => {
      throw new Error('standard input is never read twice');
    });
    if (!read.ok) continue;
    const doc = readDocument(read.bytes);
    if (doc.kind !== 'aanvraag' || !doc.valid) continue;
    f.fingerprint = fingerprintOf(doc.data as Aanvraag);
    f.fingerprintKnown = true;
  }
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

/**
 * Set-level rules over the applications (the same content twice, the same AGB in several
 * applications of one toepassingsgebied): their findings join the files' findings, sorted, and the
 * review is decided again. They are never errors, so a score stays as it was.
 */
function applySetFindings(files: FileResult[], facts: readonly ApplicationFacts[], lang: Lang): void {
  const inputs = runAanvragenRules([...facts].sort((a, b) => compareText(a.file, b.file)));
  if (inputs.length === 0) return;
  const byFile = new Map(files.map((f) => [f.file, f]));
  const positions = new Map(facts.map((f) => [f.file, f.positions]));
  const touched = new Set<FileResult>();
  for (const input of inputs) {
    const result = byFile.get(input.file);
    if (!result) continue;
    const position = positions.get(input.file)?.[input.pointer] ?? FILE_START;
    result.findings.push(makeFinding(input, input.file, lang, () => position));
    if (input.ruleId === 'aanvraag-dubbel' && input.messageId === 'copy') result.duplicateOf = String(input.args?.telt);
    touched.add(result);
  }
  for (const result of touched) settle(result, lang);
}

/** After a set-level stage added findings to a file: sorted again, counted again, its review decided again. */
function settle(result: FileResult, lang: Lang): void {
  result.findings.sort(compareFindings);
  result.counts = countFindings(result.findings);
  if (result.review) result.review = decideReview(result.findings, lang);
}

/** A file the run only knows by a set-level finding (the register's), with that one finding. */
function findingOnlyFile(file: string, finding: Finding): FileResult {
  return { file, kind: null, findings: [finding], counts: countFindings([finding]) };
}

/**
 * The round's set-level stage, after every application is finished: decision files against the
 * applications (and the register's peildatum), then every file against the register.
 */
async function applyRound(files: FileResult[], beoordelingWork: WorkFile[], inputs: readonly InputRef[], frame: Frame, options: CheckOptions): Promise<RoundData> {
  const decisions: RoundDecision[] = beoordelingWork
    .filter((w) => w.valid)
    .map((w) => ({ file: w.display, beoordeling: w.data as Beoordeling }))
    .sort((a, b) => compareText(a.file, b.file));
  const register = options.register ? await loadRegister(options.register.path, options.register.display) : undefined;
  const round = { decisions } as RoundData;
  if (beoordelingWork.length > 0 || register) {
    const applications = (round.applications = roundApplications(files, frame));
    const peildatum = register?.register?.peildatum;
    const byDisplay = new Map(beoordelingWork.map((w) => [w.display, w]));
    for (const finding of runBeoordelingenRules(peildatum === undefined ? { aanvragen: applications, beoordelingen: decisions } : { aanvragen: applications, beoordelingen: decisions, peildatum })) {
      byDisplay.get(finding.file)?.inputs.push(finding);
    }
    appendAll(files, beoordelingWork.map((w) => finish(w, frame, options.lang)));
  } else {
    // No decision files and no register: nothing in the run reads the round's view of the
    // applications (a caller may), so it is made when first asked for, not held for every file.
    let applications: RoundApplication[] | undefined;
    Object.defineProperty(round, 'applications', { enumerable: true, get: () => (applications ??= roundApplications(files, frame)) });
  }
  if (options.hashFiles || register) round.hashes = await hashInputs(inputs);
  if (!register) return round;
  round.register = register;
  const lang = options.lang;
  if (register.problem) {
    const input = { ruleId: 'register-ongeldig', messageId: register.problem.messageId, args: register.problem.args, pointer: '' };
    files.push(findingOnlyFile(register.display, makeFinding(input, register.display, lang, () => FILE_START)));
    return round;
  }
  const byFile = new Map(files.map((f) => [f.file, f]));
  const ctx = { register: register.register!, files: files.map((f) => ({ file: f.file, kind: f.kind, ...(round.hashes!.has(f.file) ? { sha256: round.hashes!.get(f.file)! } : {}) })) };
  const touched = new Set<FileResult>();
  for (const input of runRegisterRules(ctx)) {
    const finding = makeFinding(input, input.file, lang, () => FILE_START);
    const result = byFile.get(input.file);
    if (result) {
      result.findings.push(finding);
      touched.add(result);
    } else {
      // A file from the register that is not in the run: its finding stands at its path.
      const missing = findingOnlyFile(input.file, finding);
      byFile.set(input.file, missing);
      files.push(missing);
    }
  }
  for (const result of touched) settle(result, lang);
  return round;
}
