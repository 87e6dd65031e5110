/** The report as JSON: its shape is versioned (reportVersion) and described by schemas/report.schema.json. */
import type { Formatter } from './types.js';

export const formatJson: Formatter = (report, options) => {
  const files = options.quiet
    ? report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') }))
    : report.files;
  return JSON.stringify({ ...report, files }, null, 2) + '\n';
};
