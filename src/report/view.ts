/** What the user asked to see, applied once to the report before any formatter runs. */
import { countFindings } from './summarize.js';
import type { Report } from './types.js';

export interface ViewOptions {
  /** Only files with errors, and only their errors (the summary still counts everything). */
  quiet: boolean;
}

export function applyView(report: Report, view: ViewOptions): Report {
  if (!view.quiet) return report;
  const files = report.files
    .filter((file) => file.counts.errors > 0)
    .map((file) => {
      const findings = file.findings.filter((f) => f.severity === 'error');
      return { ...file, findings, counts: countFindings(findings) };
    });
  return { ...report, files };
}
