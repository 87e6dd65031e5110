/**
 * The stages in order: load → parse → validate → rules → review/score → report. Returns the
 * report and the exit code; never touches process (only cli.ts does).
 */
import type { Aanvraag, Budgetkader, Frame, Modelplan } from './domain/types.js';
import { loadFrame } from './frame/load.js';
import { compareText, discoverInputs, displayPath, type InputRef } from './load/discover.js';
import { readInput, type StdinReader } from './load/read.js';
import { readDocument, type PlacedInput } from './parse/document.js';
import { FILE_START, makeFinding } from './report/finding.js';
import { compareFindings, exitCodeFor, summarize, type ExitPolicy } from './report/summarize.js';
import type { DocumentKind, FileResult, Lang, Position, Report, RunAudit } from './report/types.js';
import { summarizeApplication } from './review/application-summary.js';
import { decideReview } from './review/decide.js';
import { scoreAanvraag } from './review/score.js';
import type { ModelplanFile } from './rules/define.js';
import { allRules } from './rules/index.js';
import { resolveModelplan, runAanvraagRules, runBudgetkaderRules, runModelplannenRules, runModelplanRules, totalRequested } from './rules/runner.js';
import { readSchema, SCHEMA_FILES } from './validate/schemas.js';
import { toolVersion } from './paths.js';

export const REPORT_VERSION = '1.0.0';

export interface CheckOptions extends ExitPolicy {
  paths: string[];
  cwd: string;
  modelplannenDir: string;
  lang: Lang;
  maxFileBytes: number;
}

export interface RunIO {
  stdin: StdinReader;
}

export interface RunResult {
  report: Report;
  exitCode: 0 | 1 | 2;
  /** The normative frame the run checked against (budget totals need its richtbedragen). */
  frame: Frame;
}

/** A file between the stages: findings still raw, positions not yet resolved. */
interface WorkFile {
  display: string;
  kind: DocumentKind | null;
  data?: unknown;
  valid: boolean;
  locate: (pointer: string, atKey?: boolean) => Position;
  inputs: PlacedInput[];
}

export async function runCheck(options: CheckOptions, io: RunIO): Promise<RunResult> {
  const frame = await loadFrame(options.modelplannenDir, options.cwd, options.lang);
  const inputs = await discoverInputs(options.paths, options.cwd, options.lang);
  const work: WorkFile[] = [];
  for (const input of inputs) work.push(await processInput(input, frame, options, io));

  // Set-level rules: modelplannen checked together (unique id and version, …).
  const modelplanFiles: ModelplanFile[] = work
    .filter((w) => w.kind === 'modelplan' && w.valid)
    .map((w) => ({ file: w.display, modelplan: w.data as Modelplan }));
  for (const finding of runModelplannenRules(modelplanFiles, frame)) {
    work.find((w) => w.display === finding.file)?.inputs.push(finding);
  }

  const files = work.map((w) => finish(w, frame, options.lang)).sort((a, b) => compareText(a.file, b.file));
  const summary = summarize(files);
  const report: Report = {
    reportVersion: REPORT_VERSION,
    lang: options.lang,
    audit: audit(frame, options),
    files,
    summary,
    rules: allRules.map((r) => ({ id: r.id, severity: r.severity, title: r.title, description: r.docs.description, source: r.docs.source })),
  };
  return { report, exitCode: exitCodeFor(files, summary, options), frame };
}

async function processInput(input: InputRef, frame: Frame, options: CheckOptions, io: RunIO): Promise<WorkFile> {
  const base = { display: input.display, kind: null, valid: false, locate: () => FILE_START };
  try {
    const read = await readInput(input, options.maxFileBytes, io.stdin);
    if (!read.ok) return { ...base, inputs: [{ ruleId: read.ruleId, messageId: read.messageId, args: read.args, pointer: '' }] };
    const doc = readDocument(read.bytes, options.lang);
    const work: WorkFile = { display: input.display, kind: doc.kind, data: doc.data, valid: doc.valid, locate: doc.locate, inputs: doc.findings };
    if (!doc.valid) return work;
    if (doc.kind === 'aanvraag') work.inputs.push(...runAanvraagRules(doc.data as Aanvraag, frame));
    else if (doc.kind === 'modelplan') work.inputs.push(...runModelplanRules(doc.data as Modelplan, frame));
    else if (doc.kind === 'budgetkader') work.inputs.push(...runBudgetkaderRules(doc.data as Budgetkader));
    return work;
  } catch (error) {
    return { ...base, inputs: [internalError(error)] };
  }
}

function internalError(error: unknown): PlacedInput {
  const detail = error instanceof Error ? error.message : String(error);
  return { ruleId: 'interne-fout', messageId: 'internal', pointer: '', args: { detail } };
}

function finish(work: WorkFile, frame: Frame, lang: Lang): FileResult {
  let findings;
  try {
    findings = work.inputs
      .map((input) => makeFinding(input, work.display, lang, input.position ? () => input.position! : work.locate))
      .sort(compareFindings);
  } catch (error) {
    findings = [makeFinding(internalError(error), work.display, lang, () => FILE_START)];
  }
  const result: FileResult = { file: work.display, kind: work.kind, findings };
  // A file of unknown kind may well be a broken application: it gets a decision too (ongeldig).
  if (work.kind === 'aanvraag' || work.kind === null) result.review = decideReview(findings, lang);
  if (work.kind === 'aanvraag' && work.valid) {
    const aanvraag = work.data as Aanvraag;
    result.aanvraag = summarizeApplication(aanvraag, frame);
    const modelplan = resolveModelplan(frame, aanvraag.modelplan);
    // An application that cannot be assessed as it is gets no score: it would suggest otherwise.
    if (modelplan && result.review?.decision !== 'ongeldig') result.score = scoreAanvraag(aanvraag, modelplan, totalRequested(aanvraag));
  }
  return result;
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
