import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

describe('yaml-alias', () => {
  it('an alias bomb (billion laughs) is stopped at the alias that crosses the node limit, in plain words', () => {
    // With its aliases expanded a..d hold about 8,300 nodes (d alone 7,381): e's second *d crosses 20,000.
    const findings = parseFindings(billionLaughs);
    expect(brief(findings)).toEqual([['yaml-alias', 'expansion', 5, 11]]);
    expect(findings[0]!.message).toBe("met de aliassen uitgevouwen heeft het document meer dan 20000 waarden; mogelijk een 'billion laughs'-bestand (zie --max-nodes)");
    expect(parseFindings(billionLaughs, 'en')[0]!.message).toBe("with its aliases expanded the document has more than 20000 values; possibly a 'billion laughs' file (see --max-nodes)");
  });

  it('more aliases than --max-aliases is a finding at the first one beyond it', () => {
    const text = 'soort: x\na: &k 1\nl:\n' + '  - *k\n'.repeat(101);
    const findings = parseFindings(text);
    expect(brief(findings)).toEqual([['yaml-alias', 'tooMany', 104, 5]]);
    expect(findings[0]!.message).toBe('te veel aliassen (meer dan 100; zie --max-aliases)');
    expect(brief(parseFindings(text, 'nl', { maxAliases: 101 }))).toEqual([['soort-onbekend', 'unknown', 1, 8]]);
  });

  it('an alias that contains itself', () => {
    const findings = parseFindings('soort: aanvraag\nlus: &l [*l]\n');
    expect(brief(findings)).toEqual([['yaml-alias', 'circular', 2, 10]]);
    expect(findings[0]!.message).toBe('alias *l verwijst naar zichzelf');
  });

  it('ordinary anchors and aliases are fine', () => {
    const findings = parseFindings('soort: x\na: &k { naam: A }\nb: *k\n');
    expect(findings.map((f) => f.ruleId)).toEqual(['soort-onbekend']);
  });
});
