import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/validate/document.js';
import { parseFindings } from './pipeline-harness.js';
import { at, shown, typed, VALPREVENTIE } from './as-written-helpers.js';

const TITLE = 'titel: "Valpreventie voor thuiswonende ouderen in Utrecht en Nieuwegein"';

describe('tekst-afgebroken', () => {
  it('an unquoted text cut by " #": a warning with the quoted form, and its repair', () => {
    const text = typed(VALPREVENTIE, TITLE, 'titel: Spraakgestuurd rapporteren #1 in Oost');
    const where = at(text, 'titel: |Spraakgestuurd');
    const nl = parseFindings(text, 'nl');
    expect(nl.map(shown)).toEqual([
      {
        ruleId: 'tekst-afgebroken',
        messageId: 'cut',
        ...where,
        message: 'titel: " #" begint in YAML commentaar, dus de tekst is alleen "Spraakgestuurd rapporteren" en "#1 in Oost" valt weg; bedoelt u de hele tekst, schrijf titel: "Spraakgestuurd rapporteren #1 in Oost"',
      },
    ]);
    expect(nl[0]!.severity).toBe('warning');
    expect(parseFindings(text, 'en').map((f) => f.message)).toEqual([
      'titel: in YAML " #" starts a comment, so the text is only "Spraakgestuurd rapporteren" and "#1 in Oost" is dropped; if you mean the whole text, write titel: "Spraakgestuurd rapporteren #1 in Oost"',
    ]);
    const fix = nl[0]!.fix!;
    expect(text.slice(0, fix.start) + fix.replacement + text.slice(fix.end)).toBe(typed(VALPREVENTIE, TITLE, 'titel: "Spraakgestuurd rapporteren #1 in Oost"'));
    // A warning: the application is still read and checked by the rules.
    expect(readDocument(Buffer.from(text)).valid).toBe(true);
  });

  it('a text over several lines with " #" on its second line: caught, and repaired onto one quoted line', () => {
    const text = typed(VALPREVENTIE, TITLE, 'titel: Spraakgestuurd rapporteren\n  in Oost #1 en West');
    const nl = parseFindings(text, 'nl');
    expect(nl.map(shown)).toEqual([
      {
        ruleId: 'tekst-afgebroken',
        messageId: 'cut',
        ...at(text, 'titel: |Spraakgestuurd'),
        message: 'titel: " #" begint in YAML commentaar, dus de tekst is alleen "Spraakgestuurd rapporteren in Oost" en "#1 en West" valt weg; bedoelt u de hele tekst, schrijf titel: "Spraakgestuurd rapporteren in Oost #1 en West"',
      },
    ]);
    const fix = nl[0]!.fix!;
    const repaired = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    expect(repaired).toBe(typed(VALPREVENTIE, TITLE, 'titel: "Spraakgestuurd rapporteren in Oost #1 en West"'));
    expect(parseFindings(repaired)).toEqual([]);
  });

  it('without a repair when a second " #" makes the comment unclear', () => {
    const text = typed(VALPREVENTIE, TITLE, 'titel: Valpreventie #1 in Utrecht  # mijn titel');
    const findings = parseFindings(text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.args.lost])).toEqual([['tekst-afgebroken', 7, 8, '#1 in Utrecht  # mijn titel']]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('a comment after a quoted text, a number or a choice is just a comment', () => {
    expect(parseFindings(typed(VALPREVENTIE, TITLE, TITLE + '  # de titel'))).toEqual([]);
    expect(parseFindings(typed(VALPREVENTIE, 'sector: sociaal-domein', 'sector: sociaal-domein # SPUK'))).toEqual([]);
    expect(parseFindings(typed(VALPREVENTIE, 'fte_besparing: 4', 'fte_besparing: 4 # schatting'))).toEqual([]);
  });
});
