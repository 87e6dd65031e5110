import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('yaml-onbekende-tag', () => {
  it.each([
    ['!!js/function', 'titel: !!js/function "function () { return process.exit(1) }"\n', '!!js/function'],
    ['!!js/undefined', 'titel: !!js/undefined ""\n', '!!js/undefined'],
    ['!!python/object', 'titel: !!python/object:os.system "rm -rf /"\n', '!!python/object:os.system'],
    ['!include', 'titel: !include geheim.yaml\n', '!include'],
    ['!!binary', 'titel: !!binary aGVsbG8=\n', '!!binary'],
    ['!!set', 'titel: !!set { a, b }\n', '!!set'],
    ['!!timestamp', 'titel: !!timestamp 2027-01-01\n', '!!timestamp'],
    ['verbatim', 'titel: !<tag:example.com,2026:x> y\n', 'tag:example.com,2026:x'],
  ])('%s is a finding and is never executed', (_name, text, tag) => {
    const findings = parseFindings(`soort: aanvraag\n${text}`);
    expect(brief(findings)).toEqual([['yaml-onbekende-tag', 'tag', 2, 8]]);
    expect(findings[0]!.args).toEqual({ tag });
  });

  it('core-schema tags are allowed', () => {
    expect(parseFindings('soort: !!str aanvraag\ntitel: !!str 12\n').map((f) => f.ruleId)).not.toContain('yaml-onbekende-tag');
  });
});
