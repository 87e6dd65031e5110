import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('yaml-syntaxis', () => {
  it('a tab used for indentation', () => {
    expect(brief(parseFindings('soort: aanvraag\nmodelplan:\n\tid: x\n'))).toEqual([['yaml-syntaxis', 'tabIndent', 3, 1]]);
  });

  it('bad indentation', () => {
    expect(brief(parseFindings('soort: aanvraag\naanvrager:\n  vorm: regio\n   naam: X\n'))).toEqual([['yaml-syntaxis', 'badIndent', 4, 1]]);
  });

  it('an unclosed flow sequence', () => {
    expect(brief(parseFindings('soort: aanvraag\nsectoren: [msz, vvt\n'))).toEqual([['yaml-syntaxis', 'unclosed', 2, 11]]);
  });

  it('an unclosed quoted string', () => {
    expect(brief(parseFindings('soort: aanvraag\ntitel: "Spraak in de wijk\n'))).toEqual([['yaml-syntaxis', 'unclosed', 2, 8]]);
  });

  it('an alias to an anchor that does not exist', () => {
    expect(brief(parseFindings('soort: aanvraag\ntitel: *nergens\n'))).toEqual([['yaml-syntaxis', 'unknownAlias', 2, 8]]);
  });

  it('a key without value separator', () => {
    const findings = parseFindings('soort: aanvraag\ntitel "x"\nsector: vvt\n');
    expect(findings[0]!.ruleId).toBe('yaml-syntaxis');
    expect(findings[0]!.line).toBe(2);
  });

  it('nesting too deep to read is a finding, not a crash', () => {
    const findings = parseFindings('['.repeat(100_000));
    expect(findings.map((f) => f.ruleId)).toEqual(['yaml-syntaxis']);
  });
});

describe('yaml-syntaxis: nesting the parser cannot survive', () => {
  // 100,000 nested `{` make the yaml parser abort the whole process; they are refused before it.
  it.each([
    ['100,000 [', '['.repeat(100_000), 1, 257],
    ['100,000 {', '{'.repeat(100_000), 1, 257],
    ['nested flow maps after a key', 'soort: aanvraag\nx: ' + '{a: '.repeat(100_000), 2, 3 + 256 * 4 + 1],
  ])('%s', (_name, text, line, column) => {
    expect(brief(parseFindings(text))).toEqual([['yaml-syntaxis', 'tooDeep', line, column]]);
  });

  it('brackets inside quoted strings and comments do not count', () => {
    const text = `soort: x\na: "${'['.repeat(1000)}"\nb: '${'{'.repeat(1000)}'\n# ${'['.repeat(1000)}\n`;
    expect(parseFindings(text).map((f) => f.ruleId)).toEqual(['soort-onbekend']);
  });
});
