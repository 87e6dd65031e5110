/**
 * The closed table of check formatters: a format name that is not here is a usage error. Each is
 * loaded when chosen, so a run does not pay for the others (the SARIF builder, chalk, …).
 */
import type { Formatter } from './types.js';

export const checkFormatters = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
  github: async () => (await import('./github.js')).formatGithub,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  csv: async () => (await import('./csv.js')).formatCsv,
} satisfies Record<string, () => Promise<Formatter>>;

export type CheckFormat = keyof typeof checkFormatters;
export const CHECK_FORMATS = Object.keys(checkFormatters) as CheckFormat[];
