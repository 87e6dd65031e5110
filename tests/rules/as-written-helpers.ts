/** Applications as a new user types them: the valid SPUK example with one line changed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '../helpers/cli.js';
import type { Finding } from '../../src/report/types.js';

export const VALPREVENTIE = readFileSync(join(EXAMPLES, 'sociaal-domein-valpreventie.yaml'), 'utf8');
export const SPRAAK = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8');

/** The text with its first `from` replaced by `to` (which must be there). */
export function typed(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
  return text.replace(from, to);
}

/** 1-based line and column of the first `needle` (a `|` in it marks the column). */
export function at(text: string, needle: string): { line: number; column: number } {
  const plain = needle.replace('|', '');
  const index = text.indexOf(plain);
  if (index < 0) throw new Error(`"${plain}" is not in the text`);
  const offset = index + Math.max(0, needle.indexOf('|'));
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export const shown = (f: Finding) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.line, column: f.column, message: f.message });
