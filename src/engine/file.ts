/**
 * The engine's per-file stage: read once → decode → parse with positions → validate → rules. It
 * ends with the file's raw findings (rule id, message id, language-neutral args, position, fix)
 * and its facts (kind, summary with the fingerprint as content key, SHA-256 of the bytes read), never with a
 * finished result: finishing waits for the set stage (src/engine/set.ts). Plain data, so a worker
 * thread can run it and send the outcome as it is.
 */
import { createHash } from 'node:crypto';
import { appendAll } from '../domain/append.js';
import type { Aanvraag, Budgetkader, Frame, Modelplan } from '../domain/types.js';
import type { InputRef } from '../load/discover.js';
import { readInput, type StdinReader } from '../load/read.js';
import { readDocument } from '../validate/document.js';
import type { ParseLimits } from '../parse/limits.js';
import type { FindingInput } from '../rules/finding.js';
import { FILE_START, type ApplicationSummary, type DocumentKind, type FileResult, type Position } from '../report/types.js';
import { requestedWhenInvalid, summarizeApplication } from '../review/application-summary.js';
import { frameIsAssumed } from '../domain/route.js';
import { scoreBasis, type ScoreBasis } from '../review/score.js';
import type { AanvraagFacts } from '../rules/define.js';
import type { TypedFinding } from '../rules/ids.js';
import { runAanvraagRules, runBudgetkaderRules, runModelplanRules } from '../rules/runner.js';
import { resolveAanvraag } from '../domain/aanvraag.js';
import { ROUND_KINDS } from '../domain/kinds.js';

const isRoundKind = (kind: DocumentKind | null): boolean => kind !== null && ROUND_KINDS.includes(kind);

/** What the file stage needs of the run's options. */
export interface FileOptions {
  maxFileBytes: number;
  /** Bounds on each document's structure (src/parse/limits.ts); default DEFAULT_PARSE_LIMITS. */
  limits?: ParseLimits;
  /** Keep each valid application's data on its work (`export nza` builds its requests from it). */
  keepApplications?: boolean;
}

export type Locate = (pointer: string, atKey?: boolean) => Position;

/** A finding as the engine holds it until the file is finished: language-neutral, its place resolved. */
export interface RawFileFinding extends FindingInput {
  position: Position;
}

/** The facts of one schema-valid application, for the set stage and the finished result. */
export interface ApplicationWork {
  /** The summary, fingerprint included (finish leaves it out where the run does not show it). */
  summary: ApplicationSummary;
  /** What the set-level rules over applications read (`counted` is decided by the set stage). */
  facts: Omit<AanvraagFacts, 'counted'>;
  /** Present when the modelplan resolved: the score is computed from it and the final findings. */
  score?: ScoreBasis;
  /** The application itself, only with FileOptions.keepApplications (the engine always asks: accounts are tied to it). */
  data?: Aanvraag;
  /** Its modelplan is on a route the seeds give no frame for (the SPUK route, src/domain/route.ts). */
  assumedFrame?: true;
}

/** One file between the file stage and finish. */
export interface FileWork {
  file: string;
  kind: DocumentKind | null;
  /** Whether the text parsed as YAML (a schema error still parses). */
  parsed: boolean;
  valid: boolean;
  findings: RawFileFinding[];
  /** SHA-256 over the bytes read (the bytes parsed), when they could be read. */
  sha256?: string;
  application?: ApplicationWork;
  /** An application that parsed but failed its schema: the sum of its budget lines when exact. */
  requestedWhenInvalid?: number;
  /** A valid modelplan's, decision file's, account's or judgement's data: the set stage's rules read it (main thread only). */
  data?: unknown;
  /** Positions for the set stage's findings on a modelplan, decision file, account or judgement (main thread only). */
  locate?: Locate;
  /** A schema-valid decision file: whose decision, what it decides, on which application (plain data, from workers too). */
  besluit?: FileResult['besluit'];
}

/** Reads an input (once); an unreadable one is a finished-to-be work with its finding. */
export async function readStage(input: InputRef, options: FileOptions, stdin: StdinReader): Promise<{ bytes: Uint8Array } | { work: FileWork }> {
  try {
    const read = await readInput(input, options.maxFileBytes, stdin);
    if (read.ok) return { bytes: read.bytes };
    return { work: findingOnly(input.display, { ruleId: read.ruleId, messageId: read.messageId, args: read.args, pointer: '' }) };
  } catch (error) {
    return { work: findingOnly(input.display, internalError(error)) };
  }
}

/** The stages after reading, on the bytes read. */
export function fileStage(display: string, bytes: Uint8Array, frame: Frame, options: FileOptions): FileWork {
  try {
    const doc = readDocument(bytes, options.limits);
    const work: FileWork = { file: display, kind: doc.kind, parsed: doc.data !== undefined, valid: doc.valid, findings: [], sha256: createHash('sha256').update(bytes).digest('hex') };
    const raw: (FindingInput & { position?: Position })[] = doc.findings;
    if (doc.valid) {
      if (doc.kind === 'aanvraag') {
        const resolved = resolveAanvraag(doc.data as Aanvraag, frame);
        appendAll(raw, runAanvraagRules(resolved, frame));
        work.application = applicationWork(display, resolved, doc.locate, options);
      } else if (doc.kind === 'modelplan') appendAll(raw, runModelplanRules(doc.data as Modelplan, frame));
      else if (doc.kind === 'budgetkader') appendAll(raw, runBudgetkaderRules(doc.data as Budgetkader));
      // Read by the set stage's rules: modelplannen, the round's files (decisions, the BO's, confirmations), accounts and judgements.
      if (doc.kind === 'modelplan' || isRoundKind(doc.kind) || doc.kind === 'verantwoording' || doc.kind === 'plausibiliteit') {
        work.data = doc.data;
        work.locate = doc.locate;
      }
      if (doc.kind === 'beoordeling') {
        const b = doc.data as { rol: string; uitkomst: string; verzekeraar: { uzovi: string }; aanvraag: { bestand: string } };
        work.besluit = { rol: b.rol, uitkomst: b.uitkomst, uzovi: b.verzekeraar.uzovi, aanvraag: b.aanvraag.bestand };
      }
    } else if (doc.kind === 'aanvraag') {
      const requested = requestedWhenInvalid(doc.data);
      if (requested !== undefined) work.requestedWhenInvalid = requested;
    }
    work.findings = raw.map((f) => ({ ...f, position: f.position ?? doc.locate(f.pointer, f.atKey) }));
    return work;
  } catch (error) {
    return findingOnly(display, internalError(error));
  }
}

function applicationWork(display: string, resolved: ReturnType<typeof resolveAanvraag>, locate: Locate, options: FileOptions): ApplicationWork {
  const { aanvraag, modelplan } = resolved;
  const agbs = aanvraag.aanvrager.leden.flatMap((l, i) => (l.agb === undefined ? [] : [{ agb: l.agb, pointer: `/aanvrager/leden/${i}/agb` }]));
  const kvks = aanvraag.aanvrager.leden.flatMap((l, i) => (l.kvk === undefined ? [] : [{ kvk: l.kvk, pointer: `/aanvrager/leden/${i}/kvk` }]));
  const region = aanvraag.aanvrager.zorgkantoorregio;
  const positions: Record<string, Position> = {};
  try {
    for (const pointer of ['/titel', ...(region === undefined ? [] : ['/aanvrager/zorgkantoorregio']), ...agbs.map((a) => a.pointer), ...kvks.map((k) => k.pointer)]) positions[pointer] = locate(pointer);
  } catch {
    // Positions are a courtesy here: a set-level finding without one points at the start of the file.
  }
  const summary = summarizeApplication(resolved);
  const work: ApplicationWork = {
    summary,
    facts: {
      file: display,
      fingerprint: summary.fingerprint!,
      modelplanId: aanvraag.modelplan.id,
      agbs,
      project: { zorgpad: aanvraag.zorgpad, zorgkantoorregio: region, kvks, totaal: resolved.totaal, bovengrens: resolved.modelplan?.bovengrens.bedrag },
      positions,
    },
  };
  if (modelplan) work.score = scoreBasis({ ...resolved, modelplan });
  if (modelplan && frameIsAssumed(modelplan)) work.assumedFrame = true;
  if (options.keepApplications) work.data = aanvraag;
  return work;
}

/** A file the run knows only by one finding (unreadable, too large, an internal error, the register's). */
export function findingOnly(display: string, finding: FindingInput, position: Position = FILE_START): FileWork {
  return { file: display, kind: null, parsed: false, valid: false, findings: [{ ...finding, position }] };
}

export function internalError(error: unknown): TypedFinding<'interne-fout'> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ruleId: 'interne-fout', messageId: 'internal', pointer: '', args: { detail } };
}

/**
 * A chunk of files off the main thread: the file stage for each; the bytes of a modelplan or a
 * decision file go back as they were read (their set-level rules need their positions, on the main
 * thread), so no input is read twice.
 */
export type ChunkOutcome = { work: FileWork } | { input: InputRef; bytes: Uint8Array };

/** Reads nothing from standard input: chunks hold files only. */
const noStdin: StdinReader = () => {
  throw new Error('standard input is read on the main thread only');
};

export async function checkChunk(chunk: readonly InputRef[], frame: Frame, options: FileOptions): Promise<ChunkOutcome[]> {
  const outcomes: ChunkOutcome[] = [];
  for (const input of chunk) {
    const read = await readStage(input, options, noStdin);
    if ('work' in read) {
      outcomes.push(read);
      continue;
    }
    const work = fileStage(input.display, read.bytes, frame, options);
    if (work.locate) outcomes.push({ input, bytes: new Uint8Array(read.bytes) });
    else outcomes.push({ work });
  }
  return outcomes;
}
