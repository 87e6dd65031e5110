import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('niet-ingevuld', () => {
  it('each placeholder is one finding at its value, and a schema error there gives way', () => {
    const text = 'soort: aanvraag\ntitel: "<VUL IN: korte naam>"\nbegroting:\n  - bedrag: "<VUL IN: bedrag in hele euro\'s>"\n';
    const findings = parseFindings(text).filter((f) => f.ruleId === 'niet-ingevuld' || f.pointer === '/begroting/0/bedrag');
    expect(brief(findings)).toEqual([
      ['niet-ingevuld', 'placeholder', 2, 8],
      ['niet-ingevuld', 'placeholder', 4, 13],
    ]);
    expect(findings.map((f) => f.message)).toEqual(['titel: nog invullen (korte naam)', "begroting[0].bedrag: nog invullen (bedrag in hele euro's)"]);
  });

  it('recognises the English placeholder too, and says so in English', () => {
    const findings = parseFindings('soort: aanvraag\ntitel: "<FILL IN: short name>"\n', 'en').filter((f) => f.ruleId === 'niet-ingevuld');
    expect(findings.map((f) => f.message)).toEqual(['titel: still to be filled in (short name)']);
  });

  it('ordinary text that merely mentions it is no placeholder', () => {
    expect(parseFindings('soort: aanvraag\ntitel: "Eerst <VUL IN> lezen"\n').filter((f) => f.ruleId === 'niet-ingevuld')).toEqual([]);
  });

  it.each([
    ['"VUL IN: Spraakgestuurd rapporteren in de wijk"', 'Spraakgestuurd rapporteren in de wijk'],
    ['"VUL IN: korte naam>"', 'korte naam'],
    ['"<VUL IN: korte naam"', 'korte naam'],
    ['"FILL IN: short name"', 'short name'],
    ['"  VUL IN:korte naam  "', 'korte naam'],
  ])('a placeholder whose brackets were removed still counts: %s', (value, hint) => {
    const findings = parseFindings(`soort: aanvraag\ntitel: ${value}\n`).filter((f) => f.ruleId === 'niet-ingevuld');
    expect(brief(findings)).toEqual([['niet-ingevuld', 'placeholder', 2, 8]]);
    expect(findings[0]!.args.hint).toBe(hint);
  });

  it('without brackets, in both languages', () => {
    const text = 'soort: aanvraag\ntitel: "VUL IN: Spraakgestuurd rapporteren"\n';
    expect(parseFindings(text, 'nl').filter((f) => f.ruleId === 'niet-ingevuld').map((f) => f.message)).toEqual(['titel: nog invullen (Spraakgestuurd rapporteren)']);
    expect(parseFindings(text, 'en').filter((f) => f.ruleId === 'niet-ingevuld').map((f) => f.message)).toEqual(['titel: still to be filled in (Spraakgestuurd rapporteren)']);
  });

  it('text that only contains the words later on is no placeholder', () => {
    expect(parseFindings('soort: aanvraag\ntitel: "Project VUL IN: later"\n').filter((f) => f.ruleId === 'niet-ingevuld')).toEqual([]);
    expect(parseFindings('soort: aanvraag\ntitel: "Vul in de wijk"\n').filter((f) => f.ruleId === 'niet-ingevuld')).toEqual([]);
  });
});
