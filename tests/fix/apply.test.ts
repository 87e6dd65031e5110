import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import type { Fix } from '../../src/report/types.js';

const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const fix = (start: number, end: number, replacement: string): Fix => ({ start, end, replacement, range });

describe('applyFixes', () => {
  it('replaces each span and keeps every other character', () => {
    const out = applyFixes('a: 1.000\nb: x # y\n', [fix(16, 17, 'Y'), fix(3, 8, '1000')]);
    expect(out.text).toBe('a: 1000\nb: x # Y\n');
    expect(out.applied).toHaveLength(2);
    expect(out.skipped).toEqual([]);
  });

  it('skips a fix that overlaps one before it (the next pass gets it)', () => {
    const out = applyFixes('abcdef', [fix(1, 4, 'X'), fix(2, 5, 'Y'), fix(5, 6, 'Z')]);
    expect(out.text).toBe('aXeZ');
    expect(out.skipped).toEqual([fix(2, 5, 'Y')]);
  });
});

describe('unifiedDiff', () => {
  it('one hunk per group of changed lines, three lines of context', () => {
    const before = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9', 'l10', 'l11', 'l12'].join('\n') + '\n';
    const after = before.replace('l2\n', 'L2\n').replace('l12', 'L12');
    expect(unifiedDiff(before, after, 'a/x.yaml', 'b/x.yaml')).toBe(
      ['--- a/x.yaml', '+++ b/x.yaml', '@@ -1,5 +1,5 @@', ' l1', '-l2', '+L2', ' l3', ' l4', ' l5', '@@ -9,4 +9,4 @@', ' l9', ' l10', ' l11', '-l12', '+L12', ''].join('\n'),
    );
  });

  it('nothing for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'a', 'b')).toBe('');
  });
});
