import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

/** Parser words that must never reach a Dutch message. */
const ENGLISH_PARSER_WORDS = /\b(?:mapping|implicit|nested|missing|unexpected|indicator|scalar|sequence|quote\b|at line|column \d)/i;

describe('yaml-syntaxis: the cause, at the line that is wrong, in Dutch and English', () => {
  const cases: [name: string, text: string, messageId: string, line: number, column: number, nl: string, en: string, code: string][] = [
    ['a colon inside unquoted text', 'soort: aanvraag\ntitel: Project: spraak in de wijk\nsector: vvt\n', 'colonInText', 2, 15,
      'dubbele punt met spatie in tekst zonder aanhalingstekens: YAML leest het deel ervoor als veldnaam; zet de tekst tussen aanhalingstekens: titel: "Project: spraak in de wijk"',
      'colon and space inside unquoted text: YAML reads the part before it as a field name; put the text in quotes: titel: "Project: spraak in de wijk"', 'BLOCK_AS_IMPLICIT_KEY'],
    ['an apostrophe inside single-quoted text', "soort: aanvraag\ntitel: 'Het project van 's-Hertogenbosch'\nsector: vvt\n", 'apostrophe', 2, 25,
      "een apostrof in tekst tussen enkele aanhalingstekens sluit die tekst af; zet de tekst tussen dubbele aanhalingstekens: titel: \"Het project van 's-Hertogenbosch\" (of schrijf de apostrof dubbel: '')",
      "an apostrophe inside single-quoted text ends that text; put the text in double quotes: titel: \"Het project van 's-Hertogenbosch\" (or write the apostrophe twice: '')", 'UNEXPECTED_TOKEN'],
    ['an unclosed quote: at the line it opens, not at the end', 'soort: aanvraag\ntitel: "Spraak in de wijk\nsector: vvt\n', 'unclosed', 2, 8,
      '" op deze regel wordt niet gesloten; zet aan het eind van de tekst ook een "', '" on this line is never closed; put a " at the end of the text too', 'MISSING_CHAR'],
    ['an unclosed flow sequence', 'soort: aanvraag\nsectoren: [msz, vvt\n', 'unclosed', 2, 11,
      '[ op deze regel wordt niet gesloten; zet aan het eind van de tekst ook een ]', '[ on this line is never closed; put a ] at the end of the text too', 'BAD_INDENT'],
    ['a list item without "- "', 'soort: aanvraag\nsectoren:\n  - vvt\n  ggz\nsector: vvt\n', 'listItem', 4, 1,
      'lijstitem zonder "- ": de items van "sectoren" (regel 3) beginnen met "- "; begin deze regel op kolom 3 met "- "',
      'list item without "- ": the items of "sectoren" (line 3) start with "- "; start this line at column 3 with "- "', 'BAD_INDENT'],
    ['a line indented one space too far: that line, not the one above', 'soort: aanvraag\naanvrager:\n  vorm: regio\n   naam: X\n', 'badIndent', 4, 1,
      'deze regel springt 3 spatie(s) in, maar "vorm" op regel 3 springt 2 spatie(s) in; laat de regel beginnen op kolom 3, gelijk met "vorm"',
      'this line is indented 3 space(s), but "vorm" on line 3 is indented 2; start the line at column 3, level with "vorm"', 'BLOCK_AS_IMPLICIT_KEY'],
    ['a line indented one space too little in a list item', 'soort: aanvraag\naanvrager:\n  leden:\n    - naam: a\n     agb: "1"\n', 'badIndent', 5, 1,
      'deze regel springt 5 spatie(s) in, maar "naam" op regel 4 springt 6 spatie(s) in; laat de regel beginnen op kolom 7, gelijk met "naam"',
      'this line is indented 5 space(s), but "naam" on line 4 is indented 6; start the line at column 7, level with "naam"', 'MISSING_CHAR'],
    ['a tab', 'soort: aanvraag\nmodelplan:\n\tid: x\n', 'tabIndent', 3, 1,
      'tab gebruikt voor inspringen; YAML staat alleen spaties toe, vervang de tab door spaties', 'tab used for indentation; YAML allows only spaces, replace the tab with spaces', 'TAB_AS_INDENT'],
    ['a no-break space after a colon', 'soort: aanvraag\nsector:\u00a0vvt\n', 'invisibleSpace', 2, 8,
      'onzichtbaar teken U+00A0 (zoals een harde spatie uit Word) waar YAML een gewone spatie verwacht; vervang het door een gewone spatie (check --fix doet dat)',
      'invisible character U+00A0 (such as a no-break space from Word) where YAML expects an ordinary space; replace it with an ordinary space (check --fix does that)', 'INVISIBLE_SPACE'],
    ['Enter inside unquoted text', 'soort: aanvraag\ntitel: Spraakgestuurd rapporteren in de\nwijk\nsector: vvt\n', 'newlineInText', 3, 1,
      'deze regel lijkt het vervolg van de tekst bij "titel" op regel 2 (een Enter in tekst zonder aanhalingstekens); zet de tekst op één regel, of tussen aanhalingstekens',
      'this line looks like the rest of the text of "titel" on line 2 (Enter inside unquoted text); put the text on one line, or in quotes', 'MULTILINE_IMPLICIT_KEY'],
    ['curly quotes used as quotes', 'soort: aanvraag\ntitel: “Spraak: in de wijk”\n', 'curlyQuotes', 2, 8,
      '“ ” en ‘ ’ zijn voor YAML geen aanhalingstekens (ze komen vaak uit Word); gebruik rechte aanhalingstekens: titel: "Spraak: in de wijk"',
      '“ ” and ‘ ’ are not quotes to YAML (they often come from Word); use straight quotes: titel: "Spraak: in de wijk"', 'BLOCK_AS_IMPLICIT_KEY'],
    ['a key without its colon', 'soort: aanvraag\ntitel "x"\nsector: vvt\n', 'missingColon', 2, 1,
      'na de veldnaam "titel" ontbreekt de dubbele punt; schrijf titel: gevolgd door een spatie en de waarde',
      'the colon after the field name "titel" is missing; write titel: followed by a space and the value', 'MULTILINE_IMPLICIT_KEY'],
  ];

  it.each(cases)('%s', (_name, text, messageId, line, column, nl, en, code) => {
    const dutch = parseFindings(text, 'nl').filter((f) => f.ruleId === 'yaml-syntaxis');
    expect(dutch.map((f) => [f.messageId, f.line, f.column, f.message])).toEqual([[messageId, line, column, nl]]);
    expect(dutch[0]!.message).not.toMatch(ENGLISH_PARSER_WORDS);
    // The parser's own error code stays available (args, in --format json).
    expect(dutch[0]!.args.code).toBe(code);
    expect(parseFindings(text, 'en').filter((f) => f.ruleId === 'yaml-syntaxis').map((f) => f.message)).toEqual([en]);
  });

  it('every invisible space in indentation or after a colon or dash is one finding, each with its repair', () => {
    const text = 'soort: aanvraag\naanvrager:\n\u00a0 vorm: regio\n  leden:\n    -\u202fnaam: a\n\u200b  naam: x\ntitel: "a\u00a0b"\n';
    const findings = parseFindings(text).filter((f) => f.ruleId === 'yaml-syntaxis');
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.args.char, f.fix?.replacement])).toEqual([
      ['invisibleSpace', 3, 1, 'U+00A0', ' '],
      ['invisibleSpace', 5, 6, 'U+202F', ' '],
      ['invisibleSpace', 6, 1, 'U+200B', ''],
    ]);
  });

  it('curly quotes around a text that parses: a warning, not silence', () => {
    const findings = parseFindings('soort: aanvraag\ntitel: “Spraak in de wijk”\n').filter((f) => f.ruleId === 'yaml-syntaxis');
    expect(findings.map((f) => [f.messageId, f.severity, f.line, f.column])).toEqual([['curlyQuotes', 'warning', 2, 8]]);
  });

  it('any other error: a Dutch message, the parser code in args', () => {
    const findings = parseFindings('soort: aanvraag\n? [a\n').filter((f) => f.ruleId === 'yaml-syntaxis');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).not.toMatch(ENGLISH_PARSER_WORDS);
    expect(typeof findings[0]!.args.code).toBe('string');
  });

  it('an alias to an anchor that does not exist', () => {
    expect(brief(parseFindings('soort: aanvraag\ntitel: *nergens\n'))).toEqual([['yaml-syntaxis', 'unknownAlias', 2, 8]]);
  });

  it('nesting too deep to read is a finding, not a crash', () => {
    const findings = parseFindings('['.repeat(100_000));
    expect(findings.map((f) => f.ruleId)).toEqual(['yaml-syntaxis']);
  });
});

describe('yaml-syntaxis: nesting the parser cannot survive', () => {
  // 100,000 nested `{` make the yaml parser abort the whole process; they are refused before it.
  it.each([
    ['100,000 [', '['.repeat(100_000), 1, 257],
    ['100,000 {', '{'.repeat(100_000), 1, 257],
    ['nested flow maps after a key', 'soort: aanvraag\nx: ' + '{a: '.repeat(100_000), 2, 3 + 256 * 4 + 1],
  ])('%s', (_name, text, line, column) => {
    expect(brief(parseFindings(text))).toEqual([['yaml-syntaxis', 'tooDeep', line, column]]);
  });

  it('brackets inside quoted strings and comments do not count', () => {
    const text = `soort: x\na: "${'['.repeat(1000)}"\nb: '${'{'.repeat(1000)}'\n# ${'['.repeat(1000)}\n`;
    expect(parseFindings(text).map((f) => f.ruleId)).toEqual(['soort-onbekend']);
  });
});
