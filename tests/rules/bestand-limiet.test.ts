import { describe, expect, it } from 'vitest';
import { positionOf } from './harness.js';
import { parseFindings } from './pipeline-harness.js';
import type { ParseLimits } from '../../src/parse/limits.js';

const keys = (n: number, indent = '') => Array.from({ length: n }, (_, i) => `${indent}k${i}: ${i}\n`).join('');
const items = (n: number) => Array.from({ length: n }, (_, i) => `  - ${i}\n`).join('');

interface LimitCase {
  name: string;
  yaml: string;
  limits?: Partial<ParseLimits>;
  /** ruleId, messageId, args, and the `at:` marker (| before the reported character). */
  expected: { ruleId: string; messageId: string; args: Record<string, unknown>; at: string; nl: string; en: string }[];
}

const cases: LimitCase[] = [
  {
    name: 'a mapping with more keys than the limit, at the first key beyond it',
    yaml: 'soort: aanvraag\n' + keys(1_000),
    expected: [{ ruleId: 'bestand-limiet', messageId: 'keys', args: { count: 1_001, limit: 1_000 }, at: '\n|k999: 999', nl: 'deze mapping heeft 1001 sleutels; de grens is 1000 (zie --max-keys)', en: 'this mapping has 1001 keys; the limit is 1000 (see --max-keys)' }],
  },
  {
    name: 'a nested mapping too, with the limit set lower',
    yaml: 'soort: aanvraag\nbegroting:\n' + keys(4, '  '),
    limits: { maxKeysPerMapping: 3 },
    expected: [{ ruleId: 'bestand-limiet', messageId: 'keys', args: { count: 4, limit: 3 }, at: '  |k3: 3', nl: 'deze mapping heeft 4 sleutels; de grens is 3 (zie --max-keys)', en: 'this mapping has 4 keys; the limit is 3 (see --max-keys)' }],
  },
  {
    name: 'a document with more values than the node limit, at the value that crosses it',
    yaml: 'soort: aanvraag\nl:\n' + items(10),
    limits: { maxNodes: 8 },
    // map, soort, aanvraag, l, the list, 0, 1, 2 are eight nodes: the fourth item is the ninth.
    expected: [{ ruleId: 'bestand-limiet', messageId: 'nodes', args: { limit: 8 }, at: '  - |3', nl: 'het document heeft meer dan 8 waarden (zie --max-nodes)', en: 'the document has more than 8 values (see --max-nodes)' }],
  },
];

describe('bestand-limiet', () => {
  for (const c of cases) {
    it(c.name, () => {
      const nl = parseFindings(c.yaml, 'nl', c.limits);
      const en = parseFindings(c.yaml, 'en', c.limits);
      expect(nl.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, args: f.args }))).toEqual(c.expected.map(({ ruleId, messageId, args }) => ({ ruleId, messageId, args })));
      c.expected.forEach((e, i) => {
        expect({ line: nl[i]!.line, column: nl[i]!.column }).toEqual(positionOf(c.yaml, e.at));
        expect(nl[i]!.message).toBe(e.nl);
        expect(en[i]!.message).toBe(e.en);
      });
    });
  }

  it('within the limits the same document has no such finding', () => {
    const findings = parseFindings('soort: aanvraag\n' + keys(999));
    expect(findings.some((f) => f.ruleId === 'bestand-limiet')).toBe(false);
  });
});
