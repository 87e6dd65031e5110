import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('yaml-dubbele-sleutel', () => {
  it('a key twice in one mapping, at the second', () => {
    const findings = parseFindings('soort: aanvraag\ntitel: A\nsector: vvt\ntitel: B\n');
    expect(brief(findings)).toEqual([['yaml-dubbele-sleutel', 'duplicate', 4, 1]]);
    expect(findings[0]!.message).toBe('sleutel "titel" staat twee keer in dezelfde map');
  });

  it('the same key in different mappings is fine', () => {
    expect(brief(parseFindings('soort: x\na:\n  naam: 1\nb:\n  naam: 2\n'))).toEqual([['soort-onbekend', 'unknown', 1, 8]]);
  });
});
