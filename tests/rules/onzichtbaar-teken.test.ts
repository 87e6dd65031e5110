import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { parseFindings } from './pipeline-harness.js';
import { at, shown, typed, SPRAAK } from './as-written-helpers.js';

const ZWSP = '\u200b';
const NBSP = '\u00a0';

/** The valid example with one line typed differently; `at` marks (|) where the finding stands. */
const cases: { name: string; from: string; to: string; at: string; messageId: string; severity: string; nl: string; en: string; fixed: string | undefined }[] = [
  {
    name: 'a zero-width space in a member name: two names that look the same differ (error)',
    from: 'naam: "Zorggroep Vechtstreek"',
    to: `naam: "Zorggroep${ZWSP}Vechtstreek"`,
    at: `naam: "Zorggroep|${ZWSP}`,
    messageId: 'inName',
    severity: 'error',
    nl: 'aanvrager.leden[0].naam: Zorggroep⟨U+200B⟩Vechtstreek bevat een onzichtbaar teken (U+200B); zo lijkt het een andere naam of code dan het is; verwijder het (check --fix doet dat)',
    en: 'aanvrager.leden[0].naam: Zorggroep⟨U+200B⟩Vechtstreek contains an invisible character (U+200B); it makes this look like another name or code than it is; remove it (check --fix does)',
    fixed: 'naam: "ZorggroepVechtstreek"',
  },
  {
    name: 'a word joiner in an AGB code (error, instead of a schema error that shows nothing)',
    from: 'agb: "73730101"',
    to: 'agb: "7373\u20600101"',
    at: 'agb: "7373|\u2060',
    messageId: 'inName',
    severity: 'error',
    nl: 'aanvrager.leden[0].agb: 7373⟨U+2060⟩0101 bevat een onzichtbaar teken (U+2060); zo lijkt het een andere naam of code dan het is; verwijder het (check --fix doet dat)',
    en: 'aanvrager.leden[0].agb: 7373⟨U+2060⟩0101 contains an invisible character (U+2060); it makes this look like another name or code than it is; remove it (check --fix does)',
    fixed: 'agb: "73730101"',
  },
  {
    name: 'a direction override (Trojan Source) or a soft hyphen in a name is one too',
    from: 'naam: "Thuiszorg De Linde"',
    to: 'naam: "Thuiszorg De \u202eedniL\u00ad"',
    at: 'naam: "Thuiszorg De |\u202e',
    messageId: 'inName',
    severity: 'error',
    nl: 'aanvrager.leden[1].naam: Thuiszorg De ⟨U+202E⟩edniL⟨U+00AD⟩ bevat een onzichtbaar teken (U+202E); zo lijkt het een andere naam of code dan het is; verwijder het (check --fix doet dat)',
    en: 'aanvrager.leden[1].naam: Thuiszorg De ⟨U+202E⟩edniL⟨U+00AD⟩ contains an invisible character (U+202E); it makes this look like another name or code than it is; remove it (check --fix does)',
    fixed: 'naam: "Thuiszorg De edniL"',
  },
  {
    name: 'a zero-width joiner inside a word of a free text (warning)',
    from: 'omschrijving: "Eenmalige koppeling spraakmodule aan het ECD"',
    to: 'omschrijving: "Eenmalige koppeling spraak\u200dmodule aan het ECD"',
    at: 'spraak|\u200d',
    messageId: 'inText',
    severity: 'warning',
    nl: 'begroting[2].omschrijving: onzichtbaar teken (U+200D) in de tekst Eenmalige koppeling spraak⟨U+200D⟩module aan het ECD, dat woorden kan splitsen; verwijder het (check --fix doet dat)',
    en: 'begroting[2].omschrijving: invisible character (U+200D) in the text Eenmalige koppeling spraak⟨U+200D⟩module aan het ECD, which can split words; remove it (check --fix does)',
    fixed: 'omschrijving: "Eenmalige koppeling spraakmodule aan het ECD"',
  },
  {
    name: 'a hard space at the start of a line of a block text: part of the text, a warning; the repair keeps the text',
    from: 'titel: "Spraakgestuurd rapporteren in de wijkverpleging (ZK11)"',
    to: `titel: |\n  Spraakgestuurd rapporteren\n  ${NBSP}in de wijkverpleging (ZK11)`,
    at: `  |${NBSP}in de`,
    messageId: 'lineStart',
    severity: 'warning',
    nl: 'titel: regel 2 van de tekst begint met een onzichtbaar teken (U+00A0, zoals een harde spatie uit Word; 1 regel(s) in deze tekst); check --fix haalt het weg, de tekst blijft verder gelijk',
    en: 'titel: line 2 of the text starts with an invisible character (U+00A0, like a no-break space from Word; 1 line(s) in this text); check --fix removes it, the rest of the text stays the same',
    fixed: 'titel: |\n  Spraakgestuurd rapporteren\n  in de wijkverpleging (ZK11)',
  },
];

describe('onzichtbaar-teken', () => {
  for (const c of cases) {
    it(c.name, () => {
      const text = typed(SPRAAK, c.from, c.to);
      for (const [lang, message] of [['nl', c.nl], ['en', c.en]] as const) {
        const findings = parseFindings(text, lang);
        expect(findings.map(shown)).toEqual([{ ruleId: 'onzichtbaar-teken', messageId: c.messageId, ...at(text, c.at), message }]);
        expect(findings[0]!.severity).toBe(c.severity);
      }
      const fix = parseFindings(text)[0]!.fix!;
      const repaired = applyFixes(text, [fix]).text;
      expect(repaired).toBe(typed(SPRAAK, c.from, c.fixed!));
      // Repaired, the document is clean again.
      expect(parseFindings(repaired)).toEqual([]);
    });
  }

  it('a hard space within the indentation of a block line is a YAML error whose repair (a space) keeps the text', () => {
    const text = typed(SPRAAK, 'titel: "Spraakgestuurd rapporteren in de wijkverpleging (ZK11)"', `titel: |\n  Spraakgestuurd rapporteren\n${NBSP} in de wijkverpleging`);
    const findings = parseFindings(text);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['yaml-syntaxis', 'invisibleSpace', 9, 1]]);
    const repaired = applyFixes(text, [findings[0]!.fix!]).text;
    expect(repaired).toBe(typed(SPRAAK, 'titel: "Spraakgestuurd rapporteren in de wijkverpleging (ZK11)"', 'titel: |\n  Spraakgestuurd rapporteren\n  in de wijkverpleging'));
    expect(parseFindings(repaired)).toEqual([]);
  });
});
