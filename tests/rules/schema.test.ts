import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { baseAanvraag, positionOf } from './harness.js';
import { parseFindings } from './pipeline-harness.js';
import { at, shown, SPRAAK, VALPREVENTIE } from './as-written-helpers.js';

/** The base application with a change, as YAML text, and the schema findings it gets. */
function schemaFindings(mutate: (a: Record<string, unknown>) => void, lang: 'nl' | 'en' = 'nl') {
  const doc = baseAanvraag() as unknown as Record<string, unknown>;
  mutate(doc);
  const yaml = stringify(doc, { lineWidth: 0 });
  return { yaml, findings: parseFindings(yaml, lang).filter((f) => f.ruleId === 'schema') };
}

const lid = (a: Record<string, unknown>) => ((a.aanvrager as { leden: Record<string, unknown>[] }).leden[0]!);
const regel = (a: Record<string, unknown>, i: number) => (a.begroting as Record<string, unknown>[])[i]!;

describe('schema', () => {
  it('a valid application has no schema findings', () => {
    expect(schemaFindings(() => undefined).findings).toEqual([]);
  });

  it('a missing required field, at its parent', () => {
    const { findings } = schemaFindings((a) => delete a.contactpersoon);
    expect(findings.map((f) => [f.messageId, f.pointer, f.line, f.column, f.message])).toEqual([['required', '', 1, 1, 'contactpersoon: verplicht veld ontbreekt']]);
  });

  it('a Dutch-formatted amount, at the value, with the expectation in whole euros', () => {
    const { yaml, findings } = schemaFindings((a) => (regel(a, 3).bedrag = '1.000,50'));
    expect(findings.map((f) => [f.messageId, f.pointer, f.message])).toEqual([
      ['expected', '/begroting/3/bedrag', 'begroting[3].bedrag: verwacht een bedrag in hele euro\'s, gevonden "1.000,50"'],
    ]);
    expect({ line: findings[0]!.line, column: findings[0]!.column }).toEqual(positionOf(yaml, 'bedrag: |1.000,50'));
  });

  it('a misspelt key, at the key, with a suggestion (nl and en)', () => {
    const mutate = (a: Record<string, unknown>) => {
      const r = regel(a, 0);
      r.omschrijvnig = r.omschrijving;
      delete r.omschrijving;
    };
    const nl = schemaFindings(mutate);
    expect(nl.findings.map((f) => [f.messageId, f.pointer, f.message])).toEqual([
      ['required', '/begroting/0', 'begroting[0].omschrijving: verplicht veld ontbreekt'],
      ['unknownKeySuggestion', '/begroting/0/omschrijvnig', 'begroting[0]: onbekend veld "omschrijvnig"; bedoelde u "omschrijving"?'],
    ]);
    expect({ line: nl.findings[1]!.line, column: nl.findings[1]!.column }).toEqual(positionOf(nl.yaml, 'omschrijvnig'));
    expect(schemaFindings(mutate, 'en').findings[1]!.message).toBe('begroting[0]: unknown field "omschrijvnig"; did you mean "omschrijving"?');
  });

  it.each([
    ['UZOVI', (a: Record<string, unknown>) => ((a.zorgverzekeraars as { tweede: { uzovi: string } }).tweede.uzovi = '33'), 'zorgverzekeraars.tweede.uzovi: verwacht een UZOVI-code van 4 cijfers, gevonden "33"'],
    ['AGB', (a: Record<string, unknown>) => (lid(a).agb = '1234567'), 'aanvrager.leden[0].agb: verwacht een AGB-code van 8 cijfers, gevonden "1234567"'],
    ['KvK', (a: Record<string, unknown>) => (lid(a).kvk = '123456789012'), 'aanvrager.leden[0].kvk: verwacht een KvK-nummer van 8 cijfers, gevonden "123456789012"'],
    ['gemeentecode', (a: Record<string, unknown>) => (lid(a).gemeentecode = 'GM363'), 'aanvrager.leden[0].gemeentecode: verwacht een CBS-gemeentecode zoals GM0363, gevonden "GM363"'],
    ['zorgkantoorregio', (a: Record<string, unknown>) => ((a.aanvrager as Record<string, unknown>).zorgkantoorregio = 'ZK5'), 'aanvrager.zorgkantoorregio: verwacht een zorgkantoorregio zoals ZK05, gevonden "ZK5"'],
    ['date', (a: Record<string, unknown>) => ((a.mijlpalen as Record<string, unknown>[])[0]!.datum = '15-03-2027'), 'mijlpalen[0].datum: verwacht een datum in de vorm JJJJ-MM-DD, gevonden "15-03-2027"'],
    ['e-mail', (a: Record<string, unknown>) => ((a.contactpersoon as Record<string, unknown>).email = 'm.devries'), 'contactpersoon.email: verwacht een e-mailadres, gevonden "m.devries"'],
    ['wrong type', (a: Record<string, unknown>) => ((a.businesscase as Record<string, unknown>).fte_besparing = 'veel'), 'businesscase.fte_besparing: verwacht een aantal fte zoals 12.5, gevonden "veel"'],
    [
      'enum with suggestion',
      (a: Record<string, unknown>) => ((a.aanvrager as { leden: Record<string, unknown>[] }).leden[0]!.sector = 'vtt'),
      'aanvrager.leden[0].sector: verwacht een van msz, vvt, ggz, huisartsenzorg, sociaal-domein, gevonden "vtt"; bedoelde u "vvt"?',
    ],
    ['too few items', (a: Record<string, unknown>) => (a.begroting = []), 'begroting: verwacht minstens 1 item(s), gevonden 0'],
    ['special number 1e400 as amount', (a: Record<string, unknown>) => (regel(a, 0).bedrag = Infinity), "begroting[0].bedrag: verwacht een bedrag in hele euro's, gevonden Infinity"],
  ])('%s', (_name, mutate, message) => {
    expect(schemaFindings(mutate).findings.map((f) => f.message)).toEqual([message]);
  });

  it('__proto__ and constructor keys are unknown fields, and pollute nothing', () => {
    const findings = parseFindings('soort: aanvraag\n__proto__: { polluted: ja }\nconstructor: { prototype: { polluted: ja } }\n').filter((f) => f.messageId.startsWith('unknownKey'));
    expect(findings.map((f) => [f.args.key, f.line, f.column])).toEqual([
      ['__proto__', 2, 1],
      ['constructor', 3, 1],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('schema: field names from other languages and near-misses (src/validate/field-names.ts)', () => {
  const cases: [found: string, intended: string, path: string, replace: (text: string) => string][] = [
    ['budget', 'begroting', '(document)', (t) => t.replace(/^begroting:/m, 'budget:')],
    ['amount', 'bedrag', 'begroting[0]', (t) => t.replace('    bedrag: 180000', '    amount: 180000')],
    ['year', 'jaar', 'begroting[0]', (t) => t.replace('    jaar: 2027', '    year: 2027')],
    ['sectoren', 'sector', 'aanvrager.leden[0]', (t) => t.replace('sector: sociaal-domein', 'sectoren: sociaal-domein')],
    ['title', 'titel', '(document)', (t) => t.replace(/^titel:/m, 'title:')],
    ['description', 'omschrijving', 'begroting[0]', (t) => t.replace('    omschrijving: "Opsporing', '    description: "Opsporing')],
  ];
  it.each(cases)('%s → bedoelde u "%s"? (nl and en), at the key, with the rename as repair', (found, intended, path, replace) => {
    const text = replace(VALPREVENTIE);
    const where = at(text, found + ':');
    const nl = parseFindings(text, 'nl').filter((f) => f.messageId === 'unknownKeySuggestion');
    expect(nl.map(shown)).toEqual([{ ruleId: 'schema', messageId: 'unknownKeySuggestion', ...where, message: `${path}: onbekend veld "${found}"; bedoelde u "${intended}"?` }]);
    const en = parseFindings(text, 'en').filter((f) => f.messageId === 'unknownKeySuggestion');
    expect(en.map((f) => f.message)).toEqual([`${path}: unknown field "${found}"; did you mean "${intended}"?`]);
    expect(nl[0]!.fix).toMatchObject({ replacement: intended, range: { ...where, endLine: where.line, endColumn: where.column + found.length } });
  });

  it('mijlpalen and datum in an application with milestones', () => {
    const text = SPRAAK.replace(/^mijlpalen:/m, 'milestones:');
    expect(parseFindings(text).filter((f) => f.messageId === 'unknownKeySuggestion').map((f) => f.message)).toEqual(['(document): onbekend veld "milestones"; bedoelde u "mijlpalen"?']);
    const date = SPRAAK.replace(/^(\s+)datum:/m, '$1date:');
    expect(parseFindings(date).filter((f) => f.messageId === 'unknownKeySuggestion').map((f) => f.args.suggestion)).toEqual(['datum']);
  });

  it('no rename when the intended field is already there', () => {
    const text = VALPREVENTIE.replace('    bedrag: 180000', '    bedrag: 180000\n    amount: 5');
    const findings = parseFindings(text).filter((f) => f.messageId === 'unknownKeySuggestion');
    expect(findings.map((f) => f.args.suggestion)).toEqual(['bedrag']);
    expect(findings[0]!.fix).toBeUndefined();
  });
});
