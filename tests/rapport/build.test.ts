/** The report builder on hand-built inputs: regions (with and without the reference list), invalid demand, decisions, rows. */
import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import type { Frame, Referentielijsten } from '../../src/domain/types.js';
import { BEGRIPPEN } from '../../src/domain/types.js';
import { formatRapportHtml } from '../../src/format/rapport/html.js';
import { buildRapport } from '../../src/rapport/build.js';
import type { FileResult, Report } from '../../src/report/types.js';
import { application, finding, frame, invalidFile } from '../budget/fixtures.js';
import { fileResult } from '../helpers/file-result.js';

function withRegion(file: FileResult, code: string): FileResult {
  file.aanvraag!.zorgkantoorregio = code;
  return file;
}

function build(files: FileResult[], f: Frame = frame(), excludeAdditionalReview = false) {
  const report = {
    reportVersion: '1.0.0',
    lang: 'nl',
    audit: { tool: { name: 'modelplan', version: '9.9.9' }, modelplannenDir: 'kader', modelplannen: [{ id: 'pad', versie: '1.0.0', status: 'concept' }], budgetkader: { id: 'test-kader', versie: '1.0.0', status: 'concept' }, schemas: [] },
    files,
    summary: {} as Report['summary'],
    rules: [],
  } as Report;
  const budget = aggregateBudget({ files, frame: f, lang: 'nl', options: { allocation: 'geen', excludeAdditionalReview } });
  return buildRapport({ report, frame: f, budget, peildatum: '2027-03-01' });
}

const REGIONS = [
  { code: 'ZK01', naam: 'Groningen' },
  { code: 'ZK02', naam: 'Friesland' },
  { code: 'ZK03', naam: 'Drenthe' },
];

const noConcepts = (): Referentielijsten['begrippen'] => Object.fromEntries(BEGRIPPEN.map((id) => [id, { bron: 't', nl: ['x'], en: ['x'] }])) as Referentielijsten['begrippen'];

/** Reference lists with only the regions set: the report reads nothing else of them. */
function lists(zorgkantoorregios: { code: string; naam: string }[]): Referentielijsten {
  return { soort: 'referentielijsten', id: 't', versie: '1.0.0', bron: 't', zorgverzekeraars: [], zorgkantoorregios, signaalwoorden: { financiering_buiten_zvw: [] }, begrippen: noConcepts() };
}

describe('buildRapport', () => {
  it('lists every region of the reference list, with the ones without a counted application', () => {
    const f: Frame = { ...frame(), referentielijsten: lists(REGIONS) };
    const files = [
      withRegion(application({ file: 'a.yaml', perJaar: { '2027': 10 } }), 'ZK02'),
      withRegion(application({ file: 'b.yaml', perJaar: { '2027': 5 } }), 'ZK02'),
      withRegion(application({ file: 'c.yaml', perJaar: { '2027': 7 } }), 'ZK99'),
      application({ file: 'd.yaml', perJaar: { '2027': 3 } }),
      // Invalid: not counted, so it does not cover its region.
      invalidFile('e.yaml', [finding('e.yaml', 'schema', 1, 'kapot')]),
    ];
    const { regions } = build(files, f);
    expect(regions).toEqual({
      listKnown: true,
      rows: [
        { code: 'ZK01', naam: 'Groningen', count: 0, requested: 0n },
        { code: 'ZK02', naam: 'Friesland', count: 2, requested: 15n },
        { code: 'ZK03', naam: 'Drenthe', count: 0, requested: 0n },
        { code: 'ZK99', naam: null, count: 1, requested: 7n },
      ],
      without: [
        { code: 'ZK01', naam: 'Groningen' },
        { code: 'ZK03', naam: 'Drenthe' },
      ],
      noRegion: { count: 1, requested: 3n },
    });
  });

  it('without the reference list: only the regions that occur, sorted, and no claim about the others', () => {
    const files = [withRegion(application({ file: 'a.yaml' }), 'ZK30'), withRegion(application({ file: 'b.yaml' }), 'ZK05')];
    const { regions } = build(files);
    expect(regions.listKnown).toBe(false);
    expect(regions.rows.map((r) => r.code)).toEqual(['ZK05', 'ZK30']);
    expect(regions.without).toEqual([]);
  });

  it('shows the demand of invalid applications apart: known amounts summed, unknown and unreadable counted', () => {
    const ruleInvalid = application({ file: 'r.yaml', perJaar: { '2027': 40, '2028': 2 }, decision: 'ongeldig' });
    const schemaInvalid: FileResult = { ...invalidFile('s.yaml', [finding('s.yaml', 'schema', 3, 'veld ontbreekt')]), requestedWhenInvalid: 100 };
    const noAmount = invalidFile('n.yaml', [finding('n.yaml', 'schema', 1, 'geen begroting')]);
    const unreadable = invalidFile('u.yaml', [finding('u.yaml', 'yaml-syntaxis', 2, 'kapot')], null);
    // A modelplan among the inputs is frame, not demand (and gets no decision), even when broken.
    const brokenModelplan: FileResult = fileResult({ file: 'm.yaml', kind: 'modelplan', findings: [finding('m.yaml', 'schema', 1, 'kapot')] });
    const counted = application({ file: 'a.yaml', perJaar: { '2027': 9 } });
    const rapport = build([ruleInvalid, schemaInvalid, noAmount, unreadable, brokenModelplan, counted]);
    expect(rapport.invalid).toMatchObject({ count: 4, withAmount: 2, requested: 142n, withoutAmount: 2, unreadable: 1 });
    expect(rapport.invalid.entries.map((x) => [x.file, x.requested])).toEqual([
      ['n.yaml', undefined],
      ['r.yaml', 42n],
      ['s.yaml', 100n],
      ['u.yaml', undefined],
    ]);
    // Not in the totals.
    expect(rapport.budget.overall).toMatchObject({ count: 1, requested: 9n });
    expect(rapport.stamp.files).toEqual({ total: 6, counted: 1, invalid: 4, unreadable: 1, duplicates: 0, additionalReviewLeftOut: 0, late: 0, frameFiles: 1 });
    expect(rapport.decisions).toEqual({ standaard: 1, 'aanvullende-beoordeling': 0, ongeldig: 4 });
  });

  it('has a row per application file with its status, and scenario amounts only for the counted ones', () => {
    const files = [
      application({ file: 'a.yaml', perJaar: { '2027': 300 }, score: 50 }),
      application({ file: 'b.yaml', perJaar: { '2027': 300 }, score: 90, decision: 'aanvullende-beoordeling' }),
      { ...application({ file: 'c.yaml', perJaar: { '2027': 300 }, fingerprint: 'fp:a.yaml' }), duplicateOf: 'a.yaml' },
      invalidFile('d.yaml', [finding('d.yaml', 'schema', 1, 'kapot')]),
      fileResult({ file: 'kader/m.yaml', kind: 'modelplan', findings: [] }),
    ];
    const rapport = build(files);
    expect(rapport.applications.map((a) => [a.file, a.status, a.decision, a.requested, a.allocations])).toEqual([
      // AI: 600 asked of 400. Pro rata 200 each; rangorde b (90) first; verschuiven: medtech (100, asks 0) leaves 100 within the cap 450.
      ['a.yaml', 'counted', 'standaard', 300n, { 'pro-rata': 200n, rangorde: 100n, verschuiven: 225n }],
      ['b.yaml', 'counted', 'aanvullende-beoordeling', 300n, { 'pro-rata': 200n, rangorde: 300n, verschuiven: 225n }],
      ['c.yaml', 'duplicate', 'standaard', 300n, undefined],
      ['d.yaml', 'invalid', 'ongeldig', null, undefined],
    ]);
    expect(rapport.scenarios.map((s) => [s.method, s.allocated, s.zvw])).toEqual([
      ['pro-rata', 400n, { plafond: 450n, allocated: 400n }],
      ['rangorde', 400n, { plafond: 450n, allocated: 400n }],
      ['verschuiven', 450n, { plafond: 450n, allocated: 450n }],
    ]);
    const left = build(files, frame(), true);
    expect(left.applications.find((a) => a.file === 'b.yaml')!.status).toBe('additional-review-left-out');
    expect(left.stamp.excludeAdditionalReview).toBe(true);
  });

  it('counts the applications needing additional review by the rules behind their reasons (each rule once per application), and lists who gets less per scenario', () => {
    const reason = (ruleId: string, pointer: string) => ({ ruleId, pointer, line: 1, column: 1, message: ruleId });
    const b = application({ file: 'b.yaml', perJaar: { '2027': 300 }, score: 90, decision: 'aanvullende-beoordeling' });
    b.review!.reasons = [reason('kostenverdeling', '/begroting/0'), reason('kostenverdeling', '/begroting/1'), reason('mijlpaal-termijn', '/mijlpalen/0')];
    const e = application({ file: 'e.yaml', perJaar: { '2027': 50 }, score: 10, decision: 'aanvullende-beoordeling' });
    e.review!.reasons = [reason('mijlpaal-termijn', '/mijlpalen/1')];
    const files = [application({ file: 'a.yaml', perJaar: { '2027': 300 }, score: 50 }), b, e];
    const rapport = build(files);
    expect(rapport.review).toEqual({
      count: 2,
      reasons: [
        { ruleId: 'mijlpaal-termijn', title: 'mijlpaal-termijn', applications: 2 },
        { ruleId: 'kostenverdeling', title: 'kostenverdeling', applications: 1 },
      ],
    });
    // AI: 650 asked of 400.
    const cuts = Object.fromEntries(rapport.cuts.map((c) => [c.method, c.applications.map((a) => [a.file, a.requested, a.allocated, a.cut])]));
    const allocations = Object.fromEntries(rapport.applications.map((a) => [a.file, a.allocations]));
    for (const method of ['pro-rata', 'rangorde', 'verschuiven'] as const) {
      const expected = ['a.yaml', 'b.yaml', 'e.yaml']
        .map((file) => [file, rapport.applications.find((a) => a.file === file)!.requested!, allocations[file]![method]] as const)
        .filter(([, requested, allocated]) => allocated < requested)
        .map(([file, requested, allocated]) => [file, requested, allocated, requested - allocated])
        .sort((x, y) => (x[3]! === y[3]! ? (x[0]! < y[0]! ? -1 : 1) : x[3]! > y[3]! ? -1 : 1));
      expect(cuts[method], method).toEqual(expected);
      expect(expected.length, method).toBeGreaterThan(0);
    }
    expect(cuts.rangorde).toEqual([['a.yaml', 300n, 100n, 200n], ['e.yaml', 50n, 0n, 50n]]);
    // The first page shows them: one row per application that gets less somewhere, largest cut first.
    const html = formatRapportHtml(rapport);
    const table = /<table class="glance cuts"[\s\S]*?<\/table>/.exec(html)![0];
    expect([...table.matchAll(/data-cut-file="([^"]+)"/g)].map((m) => m[1])).toEqual(['a.yaml', 'b.yaml', 'e.yaml']);
    expect(table).toContain('<td class="num over" data-cut-scenario="rangorde" data-allocated="100">100 (−200)</td>');
    expect(table).toContain('<td class="num muted" data-cut-scenario="rangorde">300</td>');
    expect(html).toContain('2 van de 3 aanvragen vragen aanvullende beoordeling.');
  });
});
