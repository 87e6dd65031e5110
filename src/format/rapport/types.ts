import type { RapportReport } from '../../rapport/types.js';

/** A report formatter is pure: the report in, the page out. Writing it is the command's job. */
export type RapportFormatter = (report: RapportReport) => string;
