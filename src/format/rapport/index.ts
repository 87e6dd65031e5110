/** The closed table of report formatters (one format today: one self-contained HTML page). */
import { formatRapportHtml } from './html.js';
import type { RapportFormatter } from './types.js';

export const RAPPORT_FORMATS = ['html'] as const;
export type RapportFormat = (typeof RAPPORT_FORMATS)[number];

export const rapportFormatters = { html: formatRapportHtml } satisfies Record<RapportFormat, RapportFormatter>;
