import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/cli.js';
import { parseFindings } from './pipeline-harness.js';

/** A clean application; line 46 is `    bedrag: 500000` (column 13 is where the amount starts). */
const base = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8');
const withAmount = (typed: string) => base.replace('bedrag: 500000', `bedrag: ${typed}`);

describe('bedrag-notatie', () => {
  it('the example it starts from is clean', () => {
    expect(base.split('\n')[45]).toBe('    bedrag: 500000');
    expect(parseFindings(base)).toEqual([]);
  });

  const cases: [typed: string, messageId: string, fix: string | undefined][] = [
    ['500.000', 'readAs', '500000'],
    ['500000.0', 'readAs', '500000'],
    ['€ 500.000,-', 'notation', '500000'],
    ['"500000"', 'quoted', '500000'],
    // Thousands or decimals? No fix: the applicant decides.
    ['1,250', 'ambiguous', undefined],
  ];
  for (const [typed, messageId, fix] of cases) {
    it(`${typed} → ${messageId}${fix ? `, fixed as ${fix}` : ', no fix'}`, () => {
      const findings = parseFindings(withAmount(typed));
      expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endLine, f.endColumn])).toEqual([['bedrag-notatie', messageId, 46, 13, 46, 13 + typed.length]]);
      expect(findings[0]!.fix?.replacement).toBe(fix);
      if (fix) expect(findings[0]!.fix!.range).toEqual({ line: 46, column: 13, endLine: 46, endColumn: 13 + typed.length });
    });
  }

  it('says what YAML read and what to write, in Dutch and English', () => {
    expect(parseFindings(withAmount('500.000'))[0]!.message).toBe("begroting[0].bedrag: 500.000 leest YAML als het getal 500, niet als € 500.000; schrijf 500000 (hele euro's, zonder punten of komma's)");
    expect(parseFindings(withAmount('500.000'), 'en')[0]!.message).toBe('begroting[0].bedrag: YAML reads 500.000 as the number 500, not as € 500,000; write 500000 (whole euros, without dots or commas)');
  });
});
