/** What the user asked to see, applied once to the report before any formatter runs. */
import { countFindings } from './summarize.js';
import type { FileResult, Report } from './types.js';

/** Findings shown per file unless --max-findings says otherwise: a hostile file can yield a hundred thousand. */
export const DEFAULT_MAX_FINDINGS = 1_000;

export interface ViewOptions {
  /** Only files with errors, and only their errors (the summary still counts everything). */
  quiet: boolean;
  /** At most this many findings per file (the first by position); the rest is counted as omittedFindings. Default DEFAULT_MAX_FINDINGS. */
  maxFindings?: number;
}

export function applyView(report: Report, view: ViewOptions): Report {
  const limit = view.maxFindings ?? DEFAULT_MAX_FINDINGS;
  let files = report.files;
  if (view.quiet) {
    files = files
      .filter((file) => file.counts.errors > 0)
      .map((file) => {
        const findings = file.findings.filter((f) => f.severity === 'error');
        return { ...file, findings, counts: countFindings(findings) };
      });
  }
  if (files.some((file) => file.findings.length > limit)) files = files.map((file) => capped(file, limit));
  return files === report.files ? report : { ...report, files };
}

function capped(file: FileResult, limit: number): FileResult {
  if (file.findings.length <= limit) return file;
  return { ...file, findings: file.findings.slice(0, limit), omittedFindings: file.findings.length - limit };
}
