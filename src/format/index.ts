/** The closed table of check formatters: a format name that is not here is a usage error. */
import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const checkFormatters = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
  csv: formatCsv,
} satisfies Record<string, Formatter>;

export type CheckFormat = keyof typeof checkFormatters;
export const CHECK_FORMATS = Object.keys(checkFormatters) as CheckFormat[];
