/** What crosses between a thread that checks texts off its own thread and the worker that checks them. */
import type { ParseLimits } from '../parse/limits.js';
import type { Localized, NeutralFileResult } from '../report/types.js';

export interface TextCheckRequest {
  text: string;
  display: string;
  /** The frame's folder; frameKey names one loaded state of it (a new key after its files changed). */
  modelplannenDir: string;
  frameKey: string;
  cwd: string;
  maxFileBytes: number;
  limits?: ParseLimits;
}

export type TextCheckAnswer =
  /** Language-neutral: the asking thread renders it (src/report/render.ts). */
  | { kind: 'result'; result: NeutralFileResult }
  /** The check ran past its budget and was stopped. */
  | { kind: 'timeout'; budgetMs: number }
  /** The frame could not be loaded (its message is for the user, in both languages: the asking thread shows one), or the worker died. */
  | { kind: 'frameError'; message: Localized }
  | { kind: 'failed'; message: string };

export interface WorkerRequest {
  id: number;
  request: TextCheckRequest;
}

export interface WorkerAnswer {
  id: number;
  answer: TextCheckAnswer;
}
