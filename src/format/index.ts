/** The closed table of check formatters: a format name that is not here is a usage error. */
import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const checkFormatters = {
  text: formatText,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type CheckFormat = keyof typeof checkFormatters;
export const CHECK_FORMATS = Object.keys(checkFormatters) as CheckFormat[];
