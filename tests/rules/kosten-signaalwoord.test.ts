import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { firstSignal, signalPattern } from '../../src/rules/kosten-signaalwoord.js';
import { EXAMPLES } from '../helpers/cli.js';
import { baseAanvraag, frame, ruleCases } from './harness.js';

const medtech = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'medtech-slim-incontinentiemateriaal-vvt.yaml'), 'utf8')) as Aanvraag;
const S4_1 = 'Nota VWS 26 maart 2026, §4.1 (aanschaf van hulpmiddelen niet financierbaar)';
const S004 = 'Beleidskeuzes doorbraakmiddelen (seed 004): structurele financiering moet geborgd zijn; doorbraakmiddelen zijn eenmalig';

describe('kosten-signaalwoord', () => {
  ruleCases('kosten-signaalwoord', [
    { name: 'one-off lines pass (also "Eenmalige licentie", "sensormeldingen")', base: baseAanvraag, expected: [] },
    { name: 'the medtech example passes', base: medtech, expected: [] },
    {
      name: 'a purchase booked under implementatie is a review reason naming the word',
      base: medtech,
      mutate: (a) => (a.begroting[0]!.omschrijving = 'Aanschaf 2.000 sensorluiers'),
      expected: [
        {
          messageId: 'purchase',
          severity: 'warning',
          pointer: '/begroting/0/omschrijving',
          reviewReason: true,
          args: { omschrijving: 'Aanschaf 2.000 sensorluiers', gevonden: 'Aanschaf', bron: S4_1 },
          at: 'omschrijving: |Aanschaf',
        },
      ],
    },
    {
      name: 'a yearly licence is a review reason, whatever its category',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2]!.omschrijving = 'Jaarlicentie spraakmodule, € 100.000 per jaar'),
      expected: [
        {
          messageId: 'recurring',
          severity: 'warning',
          pointer: '/begroting/2/omschrijving',
          reviewReason: true,
          args: { omschrijving: 'Jaarlicentie spraakmodule, € 100.000 per jaar', gevonden: 'Jaarlicentie', bron: S004 },
        },
      ],
    },
    {
      name: 'a line in a non-fundable category or marked structureel is left to the rules that decide those',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2] = { ...a.begroting[2]!, omschrijving: 'Abonnement', structureel: true }),
      expected: [],
    },
  ]);

  it('matches on word boundaries, case-insensitively, with * for a longer word', () => {
    const words = frame.referentielijsten!.signaalwoorden;
    expect(firstSignal('Levering van meetapparatuur', words.aanschaf)?.gevonden).toBe('Levering');
    expect(firstSignal('Incontinentieluiers met sensor', words.aanschaf)).toBeUndefined();
    expect(firstSignal('Nieuwe LUIERS', words.aanschaf)?.gevonden).toBe('LUIERS');
    expect(firstSignal('kosten per\njaar', words.structureel)?.gevonden).toBe('per\njaar');
    expect(firstSignal('jaarlijkse evaluatie', words.structureel)?.gevonden).toBe('jaarlijkse');
    expect(firstSignal('Kopenhagen-model', words.aanschaf)).toBeUndefined();
  });
});

describe('firstSignal: one pattern for the whole list finds exactly what the words one by one find', () => {
  const lists = frame.referentielijsten!.signaalwoorden;
  // Pieces of the words themselves, word characters, separators and case changes: the texts where the two could differ.
  const pieces = [...lists.aanschaf, ...lists.structureel].flatMap((w) => [w.woord.replace('*', ''), w.woord.replace('*', '').toUpperCase(), w.woord.replace('*', 'en')]);
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '  ', '\n', '-', 'x', 'é', '1', '.', 'ß', 'ſ'), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));
  it.each(['aanschaf', 'structureel'] as const)('%s', (list) => {
    const words = lists[list];
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
