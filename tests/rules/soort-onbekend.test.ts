import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('soort-onbekend', () => {
  // The arg is language-neutral (a quoted value or a token); the message says it in words.
  it.each([
    ['a top-level scalar', 'gewoon tekst\n', '"gewoon tekst"', '"gewoon tekst"', '"gewoon tekst"'],
    ['a top-level list', '- a\n- b\n', 'list', 'een lijst', 'a list'],
    ['a top-level null', '~\n', 'null', 'niets (leeg)', 'nothing (empty)'],
  ])('%s is not a mapping', (_name, text, found, nl, en) => {
    const findings = parseFindings(text);
    expect(brief(findings)).toEqual([['soort-onbekend', 'notMapping', 1, 1]]);
    expect(findings[0]!.args).toEqual({ found });
    expect(findings[0]!.message).toBe(`verwacht een YAML-map met 'soort: aanvraag' bovenaan, gevonden ${nl}`);
    expect(parseFindings(text, 'en')[0]!.message).toBe(`expected a YAML mapping with 'soort: aanvraag' at the top, found ${en}`);
  });

  it('a missing soort: the tool never guesses from the shape', () => {
    expect(brief(parseFindings('titel: Mijn project\nsector: vvt\n'))).toEqual([['soort-onbekend', 'missing', 1, 1]]);
  });

  it('an unknown soort', () => {
    const findings = parseFindings('soort: plan\n');
    expect(brief(findings)).toEqual([['soort-onbekend', 'unknown', 1, 8]]);
    expect(findings[0]!.message).toBe('onbekende soort "plan"; verwacht aanvraag, modelplan of budgetkader');
  });

  it('a misspelt soort becomes a schema finding with a suggestion', () => {
    const findings = parseFindings('soort: aanvrag\n');
    expect(findings.map((f) => [f.ruleId, f.messageId, f.message])).toEqual([
      ['schema', 'enumSuggestion', 'soort: verwacht een van aanvraag, modelplan, budgetkader, referentielijsten, beoordeling, verantwoording, plausibiliteit, bo-besluit, bevestiging, gevonden "aanvrag"; bedoelde u "aanvraag"?'],
    ]);
  });

  it('NO stays a string (YAML 1.2 core schema), so soort: NO is an unknown soort', () => {
    expect(parseFindings('soort: NO\n')[0]!.args).toEqual({ found: '"NO"' });
  });
});
