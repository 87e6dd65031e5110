/** The report as JSON: its shape is versioned (reportVersion) and described by schemas/report.schema.json. */
import type { Formatter } from './types.js';

export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
