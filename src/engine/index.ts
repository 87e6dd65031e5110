/**
 * The one engine every entry point calls: check, check --fix, budget, rapport, the round commands
 * (through src/runs/), the language server and the form (checkOneText) and the workers (the file
 * stage). Per file: read once, the file stage (src/engine/file.ts); then the set stage over all
 * of them, which finishes every file exactly once (src/engine/set.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Frame } from '../domain/types.js';
import type { InputRef } from '../load/discover.js';
import type { StdinReader } from '../load/read.js';
import { checkInPool, jobsFor } from '../parallel/pool.js';
import type { ParseLimits } from '../parse/limits.js';
import type { NeutralFileResult } from '../report/types.js';
import type { LoadedRegister } from '../round/types.js';
import type { LoadedCache } from './cache.js';
import { checkChunk, fileStage, findingOnly, readStage, type FileOptions, type FileWork } from './file.js';
import { setStage, type PlacedWork, type RoundData, type SetOptions } from './set.js';

export type { RoundData } from './set.js';

export interface EngineOptions extends FileOptions {
  /** false: summaries without the fingerprint (see SetOptions.fingerprints). */
  fingerprints?: boolean;
  /** Worker threads; undefined: as many as the cores and the number of files warrant. */
  jobs?: number;
  /** The register of the submission, loaded by the caller. */
  register?: LoadedRegister;
  /** Today (JJJJ-MM-DD) by the injected clock, asked for only when the run holds decision files (SetOptions.today). */
  today?: () => string;
  /** Where the workers load the frame from. */
  modelplannenDir: string;
  cwd: string;
  /**
   * Replaces the file stage for files on disk (check --fix: repair, then the file stage on the
   * repaired text). Runs on the main thread; a run with it uses no workers.
   */
  stage?: (input: InputRef & { kind: 'file' }, bytes: Uint8Array, frame: Frame) => FileWork | Promise<FileWork>;
  /**
   * `check --cache`: the file stage's outcomes of an earlier run; a file with the same path and
   * bytes is not parsed again. Not with `stage`. A run with it stays on the main thread.
   */
  cache?: LoadedCache;
}

export interface EngineResult {
  /** Finished and language-neutral: the caller renders them (src/report/render.ts). */
  files: NeutralFileResult[];
  round: RoundData;
  /** With a cache: the works to keep for the next run (files on disk, as the file stage made them). */
  cacheable?: FileWork[];
}

export async function runEngine(inputs: readonly InputRef[], frame: Frame, engineOptions: EngineOptions, stdin: StdinReader): Promise<EngineResult> {
  // The file stage keeps each valid application's data: accounts after approval are tied to the
  // applications of the run without reading them again. The round gets it only when asked for.
  const options = { ...engineOptions, keepApplications: true };
  const placed: PlacedWork[] = [];
  const cache = options.stage ? undefined : options.cache;
  const here = async (input: InputRef): Promise<void> => {
    const read = await readStage(input, options, stdin);
    if ('work' in read) placed.push({ work: read.work, fromDisk: false });
    else if (input.kind === 'file' && options.stage) placed.push({ work: await options.stage(input, read.bytes, frame), fromDisk: true });
    else placed.push(staged(input, read.bytes));
  };
  const staged = (input: InputRef, bytes: Uint8Array): PlacedWork => {
    const fromDisk = input.kind === 'file';
    if (fromDisk && cache) {
      const hit = cache.lookup(input.display, createHash('sha256').update(bytes).digest('hex'));
      if (hit) return { work: hit, fromDisk };
    }
    return { work: fileStage(input.display, bytes, frame, options), fromDisk };
  };

  const jobs = options.stage || cache ? 1 : jobsFor(options.jobs, inputs.length);
  if (jobs > 1) {
    const onDisk = inputs.filter((i) => i.kind !== 'stdin');
    const setup = { maxFileBytes: options.maxFileBytes, ...(options.limits ? { limits: options.limits } : {}), modelplannenDir: options.modelplannenDir, cwd: options.cwd, keepApplications: true };
    // `--jobs N`: N threads; automatic: a worker only per core that is free (src/parallel/pool.ts).
    const outcomes = await checkInPool(onDisk, options.jobs === undefined ? { upTo: jobs - 1 } : jobs - 1, setup, (chunk) => checkChunk(chunk, frame, options));
    for (const outcome of outcomes) {
      if ('work' in outcome) placed.push({ work: outcome.work, fromDisk: outcome.work.sha256 !== undefined });
      else placed.push(staged(outcome.input, outcome.bytes));
    }
    for (const input of inputs) if (input.kind === 'stdin') await here(input);
  } else {
    for (const input of inputs) await here(input);
  }
  // After approval: the account stage is loaded only when the run holds accounts or judgements.
  let accounts: SetOptions['accounts'];
  const works = placed.map((p) => p.work);
  if (works.some((w) => w.kind === 'verantwoording' || w.kind === 'plausibiliteit')) {
    const { accountStage, linkAccounts } = await import('./accounts.js');
    const onDisk = new Map(placed.filter((p) => p.fromDisk).map((p) => [resolve(options.cwd, p.work.file), p.work]));
    accounts = { stage: accountStage, linked: await linkAccounts(works, onDisk, frame, options) };
  }
  const keep = engineOptions.keepApplications === true;
  const result: EngineResult = setStage(placed, frame, { ...options, keepApplications: keep, ...(accounts ? { accounts } : {}) });
  if (cache) result.cacheable = placed.filter((p) => p.fromDisk && p.work.sha256 !== undefined && !p.work.locate).map((p) => (keep ? p.work : withoutData(p.work)));
  return result;
}

/**
 * One text with a path, checked exactly as `modelplan check <path>` checks that file on its own:
 * the same size limit, file stage, set stage (a set of one) and finish. The language server and
 * the form call this (a string is UTF-8 encoded; bytes are taken as they are).
 */
export function checkOneText(text: string | Uint8Array, display: string, frame: Frame, options: { maxFileBytes: number; limits?: ParseLimits }): NeutralFileResult {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const work =
    bytes.length > options.maxFileBytes
      ? findingOnly(display, { ruleId: 'bestand-te-groot', messageId: 'tooLarge', args: { size: bytes.length, limit: options.maxFileBytes }, pointer: '' })
      : fileStage(display, bytes, frame, options);
  return setStage([{ work, fromDisk: false }], frame, {}).files[0]!;
}

/** A work as the cache keeps it without the application's data (the data is kept only when a caller asks for it). */
function withoutData(work: FileWork): FileWork {
  if (!work.application?.data) return work;
  const { data: _data, ...application } = work.application;
  return { ...work, application };
}
