/**
 * What the user asked to see (`--quiet`, `--max-findings`), applied once to the finished files
 * before anything is rendered or formatted: a file or finding the view leaves out is never rendered.
 * It works on language-neutral files (src/runs/check.ts, before the render step) and on rendered
 * reports alike.
 */
import { countFindings } from './summarize.js';
import type { FileResultOf, NeutralFinding, Report, ReviewOf } from './types.js';

/** Findings shown per file unless --max-findings says otherwise: a hostile file can yield a hundred thousand. */
export const DEFAULT_MAX_FINDINGS = 1_000;

export interface ViewOptions {
  /** Only files with errors, and only their errors (the summary still counts everything). */
  quiet: boolean;
  /** At most this many findings per file (the first by position); the rest is counted as omittedFindings. Default DEFAULT_MAX_FINDINGS. */
  maxFindings?: number;
}

type ViewableFile = FileResultOf<NeutralFinding, ReviewOf<unknown, unknown>>;

/** The files as shown: the same array when the view leaves everything in. */
export function viewFiles<F extends ViewableFile>(all: readonly F[], view: ViewOptions): readonly F[] {
  const limit = view.maxFindings ?? DEFAULT_MAX_FINDINGS;
  let files = all;
  if (view.quiet) {
    files = files
      .filter((file) => file.counts.errors > 0)
      .map((file) => {
        const findings = file.findings.filter((f) => f.severity === 'error');
        return { ...file, findings, counts: countFindings(findings) };
      });
  }
  if (files.some((file) => file.findings.length > limit)) files = files.map((file) => capped(file, limit));
  return files;
}

export function applyView(report: Report, view: ViewOptions): Report {
  const files = viewFiles(report.files, view);
  return files === report.files ? report : { ...report, files: [...files] };
}

function capped<F extends ViewableFile>(file: F, limit: number): F {
  if (file.findings.length <= limit) return file;
  return { ...file, findings: file.findings.slice(0, limit), omittedFindings: file.findings.length - limit };
}
