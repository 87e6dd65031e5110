/** The text-signal helpers: concepts by stem, compound, phrase and separable verb; plain word lists. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Begrip, Signaalwoord } from '../../src/domain/types.js';
import { findConcept, firstSignal, freeTexts, memoHeld, signalPattern, tokenize } from '../../src/rules/text-signal.js';
import { baseAanvraag, frame } from './harness.js';

const begrip = (nl: string[], en: string[] = ['zzz'], ontkenning = false): Begrip => ({ bron: 't', nl, en, ...(ontkenning ? { ontkenning } : {}) });

describe('findConcept', () => {
  it.each([
    ['inflection (Dutch stem)', begrip(['luier']), 'Nieuwe LUIERS voor cliënten', 'LUIERS'],
    ['inflection (English stem)', begrip(['x'], ['purchase']), 'Devices purchased in 2027', 'purchased'],
    ['diacritics do not matter', begrip(['cliënt']), 'voor clienten', 'clienten'],
    ['compound head', begrip(['sensor']), 'Huur van stomasensoren', 'stomasensoren'],
    ['compound modifier', begrip(['lease']), 'de leasevloot', 'leasevloot'],
    ['phrase across spaces', begrip(['per jaar']), 'kosten per   jaar', 'per jaar'],
    ['separable verb in one clause', begrip(['wijken … af']), 'Wij wijken op de kosten af.', 'wijken … af'],
  ])('%s', (_name, b, text, found) => {
    expect(findConcept(text, b)?.found).toBe(found);
  });

  it.each([
    ['a short lemma is no compound part', begrip(['pad']), 'het zorgpad'],
    ['a compound rest must be a word part', begrip(['sensor']), 'sensorx'],
    ['a separable verb does not cross a clause', begrip(['wijken … af']), 'Wij wijken. Dan ronden we af.'],
    ['a separable verb part is a whole word', begrip(['wijken … af']), 'De wijkteams ronden af.'],
    ['a negation right before cancels a concept with ontkenning', begrip(['subsidie'], ['zzz'], true), 'Er is geen subsidie.'],
    ['an English stem is no part of a Dutch compound', begrip(['x'], ['financed']), 'structurele financiering'],
  ])('%s', (_name, b, text) => {
    expect(findConcept(text, b)).toBeUndefined();
  });

  it('every concept of the bundled frame has a source and words in both languages', () => {
    for (const [id, b] of Object.entries(frame.referentielijsten!.begrippen)) {
      expect(b.bron, id).not.toBe('');
      expect(b.nl.length * b.en.length, id).toBeGreaterThan(0);
    }
  });
});

describe('freeTexts', () => {
  it('lists the applicant’s own texts with their pointers, not the motivations of declared deviations', () => {
    const a = baseAanvraag();
    a.afwijkingen = [{ onderdeel: 'kostenverdeling', motivering: 'x' }];
    const pointers = freeTexts(a).map((t) => t.pointer);
    expect(pointers.slice(0, 4)).toEqual(['/titel', '/businesscase/onderbouwing', '/businesscase/maatschappelijke_businesscase', '/begroting/0/omschrijving']);
    expect(pointers).toContain('/borging/structurele_financiering');
    expect(pointers).toContain('/randvoorwaarden/2/toelichting');
    expect(pointers.some((p) => p.startsWith('/afwijkingen'))).toBe(false);
  });
});

describe('firstSignal: one pattern for the whole list finds exactly what the words one by one find', () => {
  const words: Signaalwoord[] = frame.referentielijsten!.signaalwoorden.financiering_buiten_zvw;
  const pieces = words.flatMap((w) => [w.woord.replace('*', ''), w.woord.replace('*', '').toUpperCase(), w.woord.replace('*', 'en')]);
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '  ', '\n', '-', 'x', 'é', '1', '.', 'ß', 'ſ'), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));
  it('financiering_buiten_zvw', () => {
    fc.assert(
      fc.property(text, (t) => {
        const oneByOne = words.map((w) => ({ w, m: signalPattern(w).exec(t) })).find((x) => x.m);
        const expected = oneByOne ? { woord: oneByOne.w.woord, gevonden: oneByOne.m![0], bron: oneByOne.w.bron } : undefined;
        expect(firstSignal(t, words)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findConcept: Dutch plurals with a voiced s or f', () => {
  it.each([
    ['verpleeghuis', 'Verpleeghuizen in de regio', 'Verpleeghuizen'],
    ['brief', 'de brieven', 'brieven'],
  ])('%s', (lemma, text, found) => {
    expect(findConcept(text, { bron: 't', nl: [lemma], en: ['zzz'] })?.found).toBe(found);
  });
});

describe('the memo tables stay bounded (a language server session of many edits, a text of endless new words)', () => {
  it('hold at most 100,000 tokens and 50,000 words, and answer the same after being cleared', () => {
    const text = (i: number) => Array.from({ length: 1000 }, (_, j) => `woord${i}x${j}`).join(' ');
    const first = tokenize(text(0));
    let maxTokens = 0;
    let maxWords = 0;
    for (let i = 1; i <= 300; i++) {
      tokenize(text(i));
      maxTokens = Math.max(maxTokens, memoHeld().tokens);
      maxWords = Math.max(maxWords, memoHeld().words);
    }
    expect(maxTokens).toBeLessThanOrEqual(100_000);
    expect(maxWords).toBeLessThanOrEqual(50_000);
    // 300,000 distinct words went through: the tables were cleared on the way, and a text reads the same.
    expect(maxWords).toBeGreaterThan(40_000);
    expect(tokenize(text(0)).map((t) => [t.text, t.forms, t.clause])).toEqual(first.map((t) => [t.text, t.forms, t.clause]));
  });
});
