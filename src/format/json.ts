/** The report as JSON: its shape is versioned (reportVersion) and described by schemas/report.schema.json. */
import type { Report } from '../report/types.js';
import { chunkedFormatter } from './types.js';

/**
 * `JSON.stringify(report, null, 2) + '\n'`, in pieces: every top-level member at once, except the
 * files, which come one by one (a string never holds a raw line break, so indenting a piece is
 * putting the indent after each of its line breaks; a file is stringified at its own depth).
 */
export function* jsonChunks(report: Report): Iterable<string> {
  const members = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol');
  if (members.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, value]] of members.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    const tail = i < members.length - 1 ? ',\n' : '\n';
    if (key === 'files' && Array.isArray(value) && value.length > 0) {
      yield head + '[\n';
      for (const [j, file] of value.entries()) yield atDepthTwo(file) + (j < value.length - 1 ? ',\n' : '\n');
      yield '  ]' + tail;
    } else {
      yield head + indented(JSON.stringify(value, null, 2), '  ') + tail;
    }
  }
  yield '}\n';
}

/** A value as JSON.stringify indents it two levels down: stringified inside two arrays, which are cut off again. */
function atDepthTwo(value: unknown): string {
  const json = JSON.stringify([[value]], null, 2);
  // '[\n  [\n' before, '\n  ]\n]' after.
  return json.slice(6, -6);
}

function indented(json: string, pad: string): string {
  return json.replaceAll('\n', '\n' + pad);
}

export const formatJson = chunkedFormatter(jsonChunks);
