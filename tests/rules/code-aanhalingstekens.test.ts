import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/cli.js';
import { parseFindings } from './pipeline-harness.js';

/** A clean application; lines 19 and 20 hold the first member's `agb` and `kvk`, quoted. */
const base = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8');

describe('code-aanhalingstekens', () => {
  it('a quoted code is fine', () => {
    expect(base.split('\n').slice(18, 20)).toEqual(['      agb: "73730101"', '      kvk: "41234567"']);
    expect(parseFindings(base)).toEqual([]);
  });

  const cases: [field: string, from: string, typed: string, line: number][] = [
    ['agb', '"73730101"', '03730101', 19],
    ['kvk', '"41234567"', '01234567', 20],
  ];
  for (const [field, from, typed, line] of cases) {
    it(`${field}: ${typed} without quotes → unquoted, fixed with quotes around it`, () => {
      const findings = parseFindings(base.replace(`${field}: ${from}`, `${field}: ${typed}`));
      expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endColumn])).toEqual([['code-aanhalingstekens', 'unquoted', line, 12, 12 + typed.length]]);
      expect(findings[0]!.fix).toMatchObject({ replacement: `"${typed}"`, range: { line, column: 12, endLine: line, endColumn: 12 + typed.length } });
    });
  }

  it('shows the code as typed and the number YAML made of it', () => {
    const text = base.replace('agb: "73730101"', 'agb: 03730101');
    expect(parseFindings(text)[0]!.message).toBe('aanvrager.leden[0].agb: 03730101 zonder aanhalingstekens leest YAML als het getal 3730101; een code is tekst, schrijf agb: "03730101"');
    expect(parseFindings(text, 'en')[0]!.message).toBe('aanvrager.leden[0].agb: without quotes YAML reads 03730101 as the number 3730101; a code is text, write agb: "03730101"');
  });
});
