/** The closed table of status formatters. */
import type { StatusFormat } from '../../options/round.js';
import { formatStatusCsv } from './csv.js';
import { formatStatusJson } from './json.js';
import { formatStatusMarkdown } from './markdown.js';
import { formatStatusText } from './text.js';
import type { StatusFormatter } from './types.js';

export const statusFormatters = {
  text: formatStatusText,
  json: formatStatusJson,
  csv: formatStatusCsv,
  markdown: formatStatusMarkdown,
} satisfies Record<StatusFormat, StatusFormatter>;
