import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDocument } from '../../src/validate/document.js';
import { mayBeMisread } from '../../src/validate/as-written.js';
import { readAmount } from '../../src/validate/amount.js';
import { parseFindings } from './pipeline-harness.js';
import { at, shown, typed, VALPREVENTIE } from './as-written-helpers.js';

/** The first begroting line's amount (line 36: `    bedrag: 180000`), typed differently. */
const cases: [typedAs: string, messageId: string, nl: string, en: string, fix: string | undefined][] = [
  ['150.000', 'readAs', "begroting[0].bedrag: 150.000 leest YAML als het getal 150, niet als € 150.000; schrijf 150000 (hele euro's, zonder punten of komma's)", 'begroting[0].bedrag: YAML reads 150.000 as the number 150, not as € 150,000; write 150000 (whole euros, without dots or commas)', '150000'],
  ['1.250.000', 'notation', "begroting[0].bedrag: bedrag geschreven als 1.250.000; schrijf 1250000 (hele euro's, zonder punten, komma's, spaties of €)", 'begroting[0].bedrag: amount written as 1.250.000; write 1250000 (whole euros, without dots, commas, spaces or €)', '1250000'],
  ['1250000,-', 'notation', "begroting[0].bedrag: bedrag geschreven als 1250000,-; schrijf 1250000 (hele euro's, zonder punten, komma's, spaties of €)", 'begroting[0].bedrag: amount written as 1250000,-; write 1250000 (whole euros, without dots, commas, spaces or €)', '1250000'],
  ['€ 1.250.000', 'notation', "begroting[0].bedrag: bedrag geschreven als € 1.250.000; schrijf 1250000 (hele euro's, zonder punten, komma's, spaties of €)", 'begroting[0].bedrag: amount written as € 1.250.000; write 1250000 (whole euros, without dots, commas, spaces or €)', '1250000'],
  ['1 250 000', 'notation', "begroting[0].bedrag: bedrag geschreven als 1 250 000; schrijf 1250000 (hele euro's, zonder punten, komma's, spaties of €)", 'begroting[0].bedrag: amount written as 1 250 000; write 1250000 (whole euros, without dots, commas, spaces or €)', '1250000'],
  ['150000.0', 'readAs', "begroting[0].bedrag: 150000.0 leest YAML als het getal 150000, niet als € 150.000; schrijf 150000 (hele euro's, zonder punten of komma's)", 'begroting[0].bedrag: YAML reads 150000.0 as the number 150000, not as € 150,000; write 150000 (whole euros, without dots or commas)', '150000'],
  ['1,25 mln', 'notation', "begroting[0].bedrag: bedrag geschreven als 1,25 mln; schrijf 1250000 (hele euro's, zonder punten, komma's, spaties of €)", 'begroting[0].bedrag: amount written as 1,25 mln; write 1250000 (whole euros, without dots, commas, spaces or €)', '1250000'],
  ['"180000"', 'quoted', 'begroting[0].bedrag: bedrag "180000" staat tussen aanhalingstekens en is zo tekst; schrijf 180000 (zonder aanhalingstekens)', 'begroting[0].bedrag: amount "180000" is in quotes and so is text; write 180000 (without quotes)', '180000'],
  ['0x10', 'radix', "begroting[0].bedrag: 0x10 leest YAML als een getal in een ander talstelsel (16), niet als wat er lijkt te staan; schrijf het bedrag in gewone cijfers (hele euro's)", 'begroting[0].bedrag: YAML reads 0x10 as a number in another base (16), not as what it seems to say; write the amount in plain digits (whole euros)', undefined],
  ['0o17', 'radix', "begroting[0].bedrag: 0o17 leest YAML als een getal in een ander talstelsel (15), niet als wat er lijkt te staan; schrijf het bedrag in gewone cijfers (hele euro's)", 'begroting[0].bedrag: YAML reads 0o17 as a number in another base (15), not as what it seems to say; write the amount in plain digits (whole euros)', undefined],
  ['15.0000', 'ambiguous', "begroting[0].bedrag: 15.0000 is niet eenduidig (duizendtal of decimalen?); bedoelt u € 15, schrijf dan 15 (hele euro's, zonder punten of komma's)", 'begroting[0].bedrag: 15.0000 is ambiguous (thousands or decimals?); if you mean € 15, write 15 (whole euros, without dots or commas)', undefined],
  ['1,250', 'ambiguous', "begroting[0].bedrag: 1,250 is niet eenduidig (duizendtal of decimalen?); bedoelt u € 1.250, schrijf dan 1250 (hele euro's, zonder punten of komma's)", 'begroting[0].bedrag: 1,250 is ambiguous (thousands or decimals?); if you mean € 1,250, write 1250 (whole euros, without dots or commas)', undefined],
];

describe('bedrag-notatie', () => {
  it.each(cases)('bedrag: %s', (typedAs, messageId, nl, en, replacement) => {
    const text = typed(VALPREVENTIE, '    bedrag: 180000', `    bedrag: ${typedAs}`);
    const where = at(text, `    bedrag: |${typedAs}`);
    for (const [lang, message] of [['nl', nl], ['en', en]] as const) {
      const findings = parseFindings(text, lang);
      expect(findings.map(shown)).toEqual([{ ruleId: 'bedrag-notatie', messageId, ...where, message }]);
      const fix = findings[0]!.fix;
      if (replacement === undefined) expect(fix).toBeUndefined();
      else {
        expect(fix).toMatchObject({ replacement, range: { ...where, endLine: where.line, endColumn: where.column + typedAs.length } });
        expect(text.slice(fix!.start, fix!.end)).toBe(typedAs);
      }
    }
  });

  it('150.000 is never accepted as 150, although it passes the schema (the fast path declines it)', () => {
    const text = typed(VALPREVENTIE, '    bedrag: 180000', '    bedrag: 150.000');
    expect(mayBeMisread(text)).toBe(true);
    expect(readDocument(Buffer.from(text)).valid).toBe(false);
  });

  it('in a modelplan and in the budgetkader too (every field that is $defs/bedrag)', () => {
    const modelplan = 'soort: modelplan\nbovengrens:\n  bedrag: 2.500.000\n  bron: "aanname: x"\n';
    expect(parseFindings(modelplan).filter((f) => f.ruleId === 'bedrag-notatie').map(shown)).toEqual([
      { ruleId: 'bedrag-notatie', messageId: 'notation', line: 3, column: 11, message: "bovengrens.bedrag: bedrag geschreven als 2.500.000; schrijf 2500000 (hele euro's, zonder punten, komma's, spaties of €)" },
    ]);
    const budgetkader = 'soort: budgetkader\nthemas:\n  - id: ai\n    richtbedrag:\n      bedrag: 275.000.000\n';
    expect(parseFindings(budgetkader).filter((f) => f.ruleId === 'bedrag-notatie').map((f) => [f.line, f.column, f.args.digits])).toEqual([[5, 15, '275000000']]);
  });

  it('amounts written as digits, cents and words are left to the schema', () => {
    expect(parseFindings(VALPREVENTIE)).toEqual([]);
    const cents = parseFindings(typed(VALPREVENTIE, '    bedrag: 180000', '    bedrag: "1.000,50"'));
    expect(cents.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['schema', 'expected', 41, 13]]);
    const fte = parseFindings(typed(VALPREVENTIE, 'fte_besparing: 4', 'fte_besparing: 4.000'));
    expect(fte.filter((f) => f.ruleId === 'bedrag-notatie')).toEqual([]);
  });
});

describe('readAmount: money as people write it, exactly', () => {
  it.each([
    ['150.000', 150000n],
    ['1.250.000', 1250000n],
    ['1.250.000,00', 1250000n],
    ['1250000,-', 1250000n],
    ['€1.250.000,-', 1250000n],
    ['EUR 1.250.000', 1250000n],
    ['1 250 000', 1250000n],
    ['1\u00a0250\u00a0000', 1250000n],
    ['1_250_000', 1250000n],
    ['150000.0', 150000n],
    ['1,250,000', 1250000n],
    ['1,250,000.00', 1250000n],
    ['1,25 mln', 1250000n],
    ['2 miljoen', 2000000n],
    ['1.5 mln', 1500000n],
    ['250k', 250000n],
    ['1e6', 1000000n],
    ['0150000', 150000n],
  ])('%s → %s', (text, euros) => {
    expect(readAmount(text)).toEqual({ kind: 'whole', euros });
  });

  it('1,250 is ambiguous; cents and words are no whole amount', () => {
    expect(readAmount('1,250')).toEqual({ kind: 'ambiguous', euros: 1250n });
    for (const text of ['1.000,50', '150.5', 'veel', '1.25', '12 appels', '']) expect(readAmount(text), text).toBeUndefined();
  });
});

describe('readAmount: property', () => {
  it('any whole amount written the Dutch way (groups, €, ,-, ,00) reads back exactly', () => {
    const nl = new Intl.NumberFormat('nl-NL', { useGrouping: true, maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), fc.constantFrom('', '€ ', '€', 'EUR '), fc.constantFrom('', ',-', ',00', ' euro'), (euros, before, after) => {
        const written = before + nl.format(euros) + after;
        expect(readAmount(written)).toEqual({ kind: 'whole', euros: BigInt(euros) });
      }),
    );
  });
});
