import { describe, expect, it } from 'vitest';
import { parseFindings } from './pipeline-harness.js';
import { at, shown, SPRAAK, typed, VALPREVENTIE } from './as-written-helpers.js';

const cases: [base: string, from: string, to: string, value: string, nl: string, en: string][] = [
  [SPRAAK, 'agb: "73730101"', 'agb: 06010101', '06010101',
    'aanvrager.leden[0].agb: 06010101 zonder aanhalingstekens leest YAML als het getal 6010101; een code is tekst, schrijf agb: "06010101"',
    'aanvrager.leden[0].agb: without quotes YAML reads 06010101 as the number 6010101; a code is text, write agb: "06010101"'],
  [SPRAAK, 'kvk: "41234567"', 'kvk: 01234567', '01234567',
    'aanvrager.leden[0].kvk: 01234567 zonder aanhalingstekens leest YAML als het getal 1234567; een code is tekst, schrijf kvk: "01234567"',
    'aanvrager.leden[0].kvk: without quotes YAML reads 01234567 as the number 1234567; a code is text, write kvk: "01234567"'],
  [SPRAAK, 'uzovi: "3311"', 'uzovi: 3311', '3311',
    'zorgverzekeraars.coordinerend.uzovi: 3311 zonder aanhalingstekens leest YAML als het getal 3311; een code is tekst, schrijf uzovi: "3311"',
    'zorgverzekeraars.coordinerend.uzovi: without quotes YAML reads 3311 as the number 3311; a code is text, write uzovi: "3311"'],
  [VALPREVENTIE, 'gemeentecode: "GM0344"', 'gemeentecode: 0344', '0344',
    'aanvrager.leden[0].gemeentecode: 0344 zonder aanhalingstekens leest YAML als het getal 344; een code is tekst, schrijf gemeentecode: "0344"',
    'aanvrager.leden[0].gemeentecode: without quotes YAML reads 0344 as the number 344; a code is text, write gemeentecode: "0344"'],
  [SPRAAK, 'zorgkantoorregio: ZK11', 'zorgkantoorregio: 05', '05',
    'aanvrager.zorgkantoorregio: 05 zonder aanhalingstekens leest YAML als het getal 5; een code is tekst, schrijf zorgkantoorregio: "05"',
    'aanvrager.zorgkantoorregio: without quotes YAML reads 05 as the number 5; a code is text, write zorgkantoorregio: "05"'],
];

describe('code-aanhalingstekens', () => {
  it.each(cases)('%#: %s → %s', (base, from, to, value, nl, en) => {
    const text = typed(base, from, to);
    const where = at(text, to.replace(value, '|' + value));
    for (const [lang, message] of [['nl', nl], ['en', en]] as const) {
      const findings = parseFindings(text, lang);
      // The schema error at the same value ("verwacht een AGB-code …, gevonden 6010101") gives way.
      expect(findings.map(shown)).toEqual([{ ruleId: 'code-aanhalingstekens', messageId: 'unquoted', ...where, message }]);
      expect(findings[0]!.fix).toMatchObject({ replacement: JSON.stringify(value) });
      expect(text.slice(findings[0]!.fix!.start, findings[0]!.fix!.end)).toBe(value);
    }
  });

  it('a quoted code, or a code that YAML keeps as text, is no finding here', () => {
    expect(parseFindings(SPRAAK)).toEqual([]);
    expect(parseFindings(typed(VALPREVENTIE, 'gemeentecode: "GM0344"', 'gemeentecode: GM0344'))).toEqual([]);
  });
});
