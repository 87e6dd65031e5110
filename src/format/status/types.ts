import type { StatusReport } from '../../round/status.js';

export interface StatusFormatOptions {
  separator: string;
}

/** A status formatter: pure, (report, options) → text. */
export type StatusFormatter = (status: StatusReport, options: StatusFormatOptions) => string;
