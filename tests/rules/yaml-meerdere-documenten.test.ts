import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('yaml-meerdere-documenten', () => {
  it('a second document is a finding at its start', () => {
    const findings = parseFindings('soort: aanvraag\n---\nsoort: aanvraag\n');
    expect(brief(findings)).toEqual([['yaml-meerdere-documenten', 'multiple', 2, 1]]);
    expect(findings[0]!.message).toBe('bestand bevat 2 YAML-documenten; zet elk document in een eigen bestand');
  });

  it('one document with an explicit start marker is fine', () => {
    expect(parseFindings('---\nsoort: x\n').map((f) => f.ruleId)).toEqual(['soort-onbekend']);
  });
});
