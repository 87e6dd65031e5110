import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('bestand-leeg', () => {
  it.each([
    ['an empty file', ''],
    ['only white space', '  \n\n'],
    ['only comments', '# nog niets ingevuld\n# later meer\n'],
    ['a bare document marker', '---\n'],
  ])('%s', (_name, text) => {
    expect(brief(parseFindings(text))).toEqual([['bestand-leeg', 'empty', 1, 1]]);
  });

  it('says so in both languages', () => {
    expect(parseFindings('', 'nl')[0]!.message).toBe('bestand is leeg of bevat alleen commentaar');
    expect(parseFindings('', 'en')[0]!.message).toBe('file is empty or holds only comments');
  });
});
