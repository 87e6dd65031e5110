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
  it('an alias bomb (billion laughs) is stopped', () => {
    expect(brief(parseFindings(billionLaughs))).toEqual([['yaml-alias', 'tooMany', 1, 1]]);
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
