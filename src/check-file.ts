/**
 * One file through the stages: read → parse → validate → rules (processInput), then findings with
 * positions, review and score (finish). Used by the main thread and by the worker threads alike.
 */
import type { Aanvraag, Budgetkader, Frame, Modelplan } from './domain/types.js';
import type { InputRef } from './load/discover.js';
import { readInput, type StdinReader } from './load/read.js';
import { readDocument, type PlacedInput } from './parse/document.js';
import { makeFinding } from './report/finding.js';
import { compareFindings, countFindings } from './report/summarize.js';
import { FILE_START, type DocumentKind, type FileResult, type Lang, type Position } from './report/types.js';
import { contentKey, fingerprintOf, requestedWhenInvalid, summarizeApplication } from './review/application-summary.js';
import { decideReview } from './review/decide.js';
import { scoreAanvraag } from './review/score.js';
import type { AanvraagFacts } from './rules/define.js';
import type { TypedFinding } from './rules/ids.js';
import { runAanvraagRules, runBudgetkaderRules, runModelplannenRules, runModelplanRules } from './rules/runner.js';
import { resolveAanvraag, type ResolvedAanvraag } from './domain/aanvraag.js';

/** What processInput needs of the run's options. */
export interface FileOptions {
  lang: Lang;
  maxFileBytes: number;
  /**
   * false: the summaries leave out the fingerprint (SHA-256 over the canonical JSON). The set-level
   * rules still compare content: see factsOf. Default true.
   */
  fingerprints?: boolean;
}

/** A file between the stages: findings still raw, positions not yet resolved. */
export interface WorkFile {
  display: string;
  kind: DocumentKind | null;
  data?: unknown;
  valid: boolean;
  locate: (pointer: string, atKey?: boolean) => Position;
  inputs: PlacedInput[];
  /** A schema-valid application with its modelplan and total, resolved once for rules, review, score and summary. */
  resolved?: ResolvedAanvraag;
}

export async function processInput(input: InputRef, frame: Frame, options: FileOptions, io: { stdin: StdinReader }): Promise<WorkFile> {
  const base = { display: input.display, kind: null, valid: false, locate: () => FILE_START };
  try {
    const read = await readInput(input, options.maxFileBytes, io.stdin);
    if (!read.ok) return { ...base, inputs: [{ ruleId: read.ruleId, messageId: read.messageId, args: read.args, pointer: '' }] };
    return processBytes(input.display, read.bytes, frame);
  } catch (error) {
    return { ...base, inputs: [internalError(error)] };
  }
}

/** The stages after reading, on bytes already in memory (also used by `check --fix` on a repaired text). */
export function processBytes(display: string, bytes: Uint8Array, frame: Frame): WorkFile {
  try {
    const doc = readDocument(bytes);
    const work: WorkFile = { display, kind: doc.kind, data: doc.data, valid: doc.valid, locate: doc.locate, inputs: doc.findings };
    if (!doc.valid) return work;
    if (doc.kind === 'aanvraag') {
      work.resolved = resolveAanvraag(doc.data as Aanvraag, frame);
      work.inputs.push(...runAanvraagRules(work.resolved, frame));
    }
    else if (doc.kind === 'modelplan') work.inputs.push(...runModelplanRules(doc.data as Modelplan, frame));
    else if (doc.kind === 'budgetkader') work.inputs.push(...runBudgetkaderRules(doc.data as Budgetkader));
    return work;
  } catch (error) {
    return { display, kind: null, valid: false, locate: () => FILE_START, inputs: [internalError(error)] };
  }
}

/**
 * One text, checked exactly as `modelplan check <file>` checks that file on its own: the same
 * size limit, stages, set-level rules for a modelplan (a set of one) and finish. The editor
 * server runs this on the document's text.
 */
export function checkText(text: string, display: string, frame: Frame, options: FileOptions): FileResult {
  const base: WorkFile = { display, kind: null, valid: false, locate: () => FILE_START, inputs: [] };
  let work: WorkFile;
  try {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > options.maxFileBytes) {
      work = { ...base, inputs: [{ ruleId: 'bestand-te-groot', messageId: 'tooLarge', args: { size: bytes.length, limit: options.maxFileBytes }, pointer: '' }] };
    } else {
      work = processBytes(display, bytes, frame);
      if (work.kind === 'modelplan' && work.valid) {
        work.inputs.push(...runModelplannenRules([{ file: display, modelplan: work.data as Modelplan }], frame).filter((f) => f.file === display));
      }
    }
  } catch (error) {
    work = { ...base, inputs: [internalError(error)] };
  }
  return finish(work, frame, options.lang);
}

function internalError(error: unknown): TypedFinding<'interne-fout'> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ruleId: 'interne-fout', messageId: 'internal', pointer: '', args: { detail } };
}

export function finish(work: WorkFile, frame: Frame, lang: Lang, options: Pick<FileOptions, 'fingerprints'> = {}): FileResult {
  let findings;
  try {
    findings = work.inputs
      .map((input) => makeFinding(input, work.display, lang, input.position ? () => input.position! : work.locate))
      .sort(compareFindings);
  } catch (error) {
    findings = [makeFinding(internalError(error), work.display, lang, () => FILE_START)];
  }
  const result: FileResult = { file: work.display, kind: work.kind, findings, counts: countFindings(findings) };
  // A file of unknown kind may well be a broken application: it gets a decision too (ongeldig).
  if (work.kind === 'aanvraag' || work.kind === null) result.review = decideReview(findings, lang);
  if (work.kind === 'beoordeling' && work.valid) {
    const b = work.data as { rol: string; uitkomst: string; verzekeraar: { uzovi: string }; aanvraag: { bestand: string } };
    result.besluit = { rol: b.rol, uitkomst: b.uitkomst, uzovi: b.verzekeraar.uzovi, aanvraag: b.aanvraag.bestand };
  }
  if (work.kind === 'aanvraag' && !work.valid) {
    const requested = requestedWhenInvalid(work.data);
    if (requested !== undefined) result.requestedWhenInvalid = requested;
  }
  const resolved = work.resolved;
  if (resolved) {
    result.aanvraag = summarizeApplication(resolved, { fingerprint: options.fingerprints !== false });
    const { modelplan } = resolved;
    // An application that cannot be assessed as it is gets no score: it would suggest otherwise.
    if (modelplan && result.review?.decision !== 'ongeldig') result.score = scoreAanvraag({ ...resolved, modelplan }, findings);
  }
  return result;
}


/** The facts of one application, with what it takes to compare its content with the others'. */
export interface ApplicationFacts extends AanvraagFacts {
  /** contentKey of the application: the same content, the same key. */
  contentKey: string;
  /** False while `fingerprint` is a placeholder unique to the file (`~` and its path): see factsOf. */
  fingerprintKnown: boolean;
}

/**
 * What the set-level rules over applications need of a finished, schema-valid application
 * (fingerprint, modelplan, AGB codes) with the positions they may point at, so they can run after
 * every file is finished, on the main thread, whatever thread finished the file.
 *
 * The fingerprint comes from the summary when the run computes them. Otherwise it is computed
 * only for an application whose content key this thread has seen before (`seen`, one per thread
 * and run); the first of a key gets a placeholder, and the run computes its fingerprint from the
 * file only if another thread's application has the same key (resolveFingerprints in run.ts).
 * Without `seen` (standard input, which cannot be read twice) it is always computed.
 */
export function factsOf(work: WorkFile, result: FileResult, seen?: Set<string>): ApplicationFacts | undefined {
  const resolved = work.resolved;
  if (!resolved || !result.aanvraag) return undefined;
  const { aanvraag } = resolved;
  const agbs = aanvraag.aanvrager.leden.flatMap((l, i) => (l.agb === undefined ? [] : [{ agb: l.agb, pointer: `/aanvrager/leden/${i}/agb` }]));
  const positions: Record<string, Position> = {};
  try {
    for (const pointer of ['/titel', ...agbs.map((a) => a.pointer)]) positions[pointer] = work.locate(pointer);
  } catch {
    // Positions are a courtesy here: a finding without one points at the start of the file.
  }
  const key = contentKey(resolved);
  let fingerprint = result.aanvraag.fingerprint;
  if (fingerprint === undefined && (!seen || seen.has(key))) fingerprint = fingerprintOf(aanvraag);
  seen?.add(key);
  const known = fingerprint !== undefined;
  return {
    file: result.file,
    fingerprint: fingerprint ?? `~${result.file}`,
    contentKey: key,
    fingerprintKnown: known,
    modelplanId: aanvraag.modelplan.id,
    counted: result.review?.decision !== 'ongeldig',
    agbs,
    positions,
  };
}

/** A file's outcome off the main thread: finished (with its facts for the set-level rules), or handed back (modelplannen are checked as a set there). */
export type ChunkOutcome = { result: FileResult; facts?: ApplicationFacts } | { deferred: InputRef };

/** Reads nothing from standard input: chunks hold files only. */
const noStdin: StdinReader = () => {
  throw new Error('standard input is read on the main thread only');
};

/** `seen`: the content keys this thread has seen in this run (factsOf). */
export async function checkChunk(chunk: readonly InputRef[], frame: Frame, options: FileOptions, seen: Set<string>): Promise<ChunkOutcome[]> {
  const outcomes: ChunkOutcome[] = [];
  for (const input of chunk) {
    const work = await processInput(input, frame, options, { stdin: noStdin });
    // Modelplannen and decision files are checked as a set, on the main thread.
    if (work.kind === 'modelplan' || work.kind === 'beoordeling') {
      outcomes.push({ deferred: input });
      continue;
    }
    const result = finish(work, frame, options.lang, options);
    const facts = factsOf(work, result, seen);
    outcomes.push(facts ? { result, facts } : { result });
  }
  return outcomes;
}
