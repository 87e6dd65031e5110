/** aggregateBudget on hand-built inputs: what counts, what is left out, every figure exact. */
import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import type { BudgetOptions } from '../../src/budget/types.js';
import type { FileResult } from '../../src/report/types.js';
import { application, budgetkader, finding, frame, invalidFile } from './fixtures.js';
import { fileResult } from '../helpers/file-result.js';

const NONE: BudgetOptions = { allocation: 'geen', excludeAdditionalReview: false };
const run = (files: FileResult[], options: BudgetOptions = NONE, f = frame()) => aggregateBudget({ files, frame: f, lang: 'nl', options });

describe('aggregateBudget', () => {
  it('totals per theme in budgetkader order, with difference, percentage and subscription', () => {
    const report = run([
      application({ file: 'b.yaml', thema: 'ai', perJaar: { '2027': 200, '2028': 132 } }),
      application({ file: 'a.yaml', thema: 'ai', perJaar: { '2027': 100 }, decision: 'aanvullende-beoordeling' }),
      application({ file: 'c.yaml', thema: 'sociaal', modelplan: 'val', uzovi: null, sector: 'sociaal-domein', perJaar: { '2027': 60, '2029': 5 } }),
    ]);
    expect(report.themas.map((t) => [t.id, t.richtbedrag, t.count, t.additionalReview, t.requested, t.difference, t.percentage, t.subscription])).toEqual([
      ['ai', 400n, 2, 1, 432n, 32n, 1080n, 'over'],
      ['medtech', 100n, 0, 0, 0n, -100n, 0n, 'under'],
      ['sociaal', 200n, 1, 0, 65n, -135n, 325n, 'under'],
    ]);
    expect(report.themas[0]!.proRata).toEqual({ factor: { numerator: 25n, denominator: 27n }, percentage: 926n });
    expect(report.themas[1]!.proRata).toBeUndefined();
    expect(report.overall).toEqual({ count: 3, additionalReview: 1, leftOut: 0, requested: 497n, budget: 1000n, difference: -503n, percentage: 497n, subscription: 'under' });
    expect(report.aanvragen.map((a) => [a.file, a.decision, a.requested])).toEqual([
      ['a.yaml', 'aanvullende-beoordeling', 100n],
      ['b.yaml', 'standaard', 332n],
      ['c.yaml', 'standaard', 65n],
    ]);
  });

  it('checks the Zvw total against the plafond up to its last year, and the social domain per year', () => {
    const report = run([
      application({ file: 'a.yaml', thema: 'ai', perJaar: { '2027': 300, '2029': 40 } }),
      application({ file: 'b.yaml', thema: 'medtech', modelplan: 'stoma', perJaar: { '2028': 160 } }),
      application({ file: 'c.yaml', thema: 'sociaal', modelplan: 'val', uzovi: null, perJaar: { '2027': 120, '2029': 5 } }),
    ]);
    expect(report.plafonds).toEqual([
      { id: 'zvw-plafond', naam: 'Zvw-plafond', financieringsroute: 'zvw', bedrag: 450n, totEnMet: 2028, requested: 460n, requestedLater: 40n, difference: 10n, percentage: 1022n, subscription: 'over' },
    ]);
    expect(report.jaarbedragen).toEqual([
      {
        thema: 'sociaal',
        naam: 'Sociaal domein',
        jaren: [
          { jaar: 2027, bedrag: 100n, requested: 120n, difference: 20n, percentage: 1200n, subscription: 'over' },
          { jaar: 2028, bedrag: 100n, requested: 0n, difference: -100n, percentage: 0n, subscription: 'under' },
          { jaar: 2029, bedrag: null, requested: 5n, difference: null, percentage: null, subscription: null },
        ],
      },
    ]);
  });

  it('breaks down per year (outside years after the budgetkader years), area, zorgpad, sector and insurer', () => {
    const report = run([
      application({ file: 'a.yaml', thema: 'ai', modelplan: 'pad', zorgpad: 'copd', sector: 'msz', uzovi: '3358', perJaar: { '2027': 10, '2031': 1 } }),
      application({ file: 'b.yaml', thema: 'ai', modelplan: 'pad', sector: 'msz', uzovi: '3311', perJaar: { '2028': 20 } }),
      application({ file: 'c.yaml', thema: 'ai', modelplan: 'pad', zorgpad: 'onbekend', sector: 'ggz', uzovi: '3311', perJaar: { '2026': 4 } }),
      application({ file: 'd.yaml', thema: 'sociaal', modelplan: 'val', sector: 'sociaal-domein', uzovi: null, perJaar: { '2027': 7 } }),
      application({ file: 'e.yaml', thema: 'ai', modelplan: 'nieuw', sector: 'vvt', uzovi: '0101', perJaar: { '2029': 3 } }),
    ]);
    const rows = (list: { key: string; count: number; requested: bigint }[]) => list.map((r) => [r.key, r.count, r.requested]);
    expect(report.breakdowns.perJaar.map((r) => [r.key, r.inBudgetkader, r.count, r.requested])).toEqual([
      ['2027', true, 2, 17n],
      ['2028', true, 1, 20n],
      ['2029', true, 1, 3n],
      ['2026', false, 1, 4n],
      ['2031', false, 1, 1n],
    ]);
    expect(report.breakdowns.perToepassingsgebied.map((r) => [r.key, r.thema, r.count, r.requested, r.zorgpaden && rows(r.zorgpaden)])).toEqual([
      // Grouped by theme in budgetkader order, then by id; a modelplan outside the frame among its theme.
      ['nieuw', 'ai', 1, 3n, undefined],
      ['pad', 'ai', 3, 35n, [['copd', 1, 11n], ['astma', 0, 0n], ['geen', 1, 20n], ['onbekend', 1, 4n]]],
      ['spraak', 'ai', 0, 0n, undefined],
      ['stoma', 'medtech', 0, 0n, undefined],
      ['val', 'sociaal', 1, 7n, undefined],
    ]);
    expect(report.breakdowns.perToepassingsgebied.map((r) => r.label).slice(0, 2)).toEqual(['nieuw', 'Titel pad']);
    expect(rows(report.breakdowns.perSector)).toEqual([['ggz', 1, 4n], ['msz', 2, 31n], ['sociaal-domein', 1, 7n], ['vvt', 1, 3n]]);
    expect(report.breakdowns.perVerzekeraar.map((r) => [r.key, r.label, r.count, r.requested])).toEqual([
      ['0101', 'Verzekeraar 0101', 1, 3n],
      ['3311', 'Verzekeraar 3311', 2, 24n],
      ['3358', 'Verzekeraar 3358', 1, 11n],
      ['geen', 'geen', 1, 7n],
    ]);
    expect(report.overall.requested).toBe(45n);
  });

  it('lists invalid files with their first error, duplicates once, and frame files apart', () => {
    const report = run([
      // The engine's duplicate rule (aanvraag-dubbel) decided that m.yaml counts: budget reads it.
      { ...application({ file: 'z.yaml', fingerprint: 'same', perJaar: { '2027': 50 } }), duplicateOf: 'm.yaml' },
      application({ file: 'm.yaml', fingerprint: 'same', perJaar: { '2027': 50 } }),
      invalidFile('kapot.yaml', [finding('kapot.yaml', 'yaml-syntaxis', 3, 'inspringing klopt niet')], null),
      invalidFile('fout.yaml', [finding('fout.yaml', 'info-regel', 1, 'ter info', 'info'), finding('fout.yaml', 'bovengrens', 9, 'boven de bovengrens')]),
      invalidFile('leeg.yaml', [], null),
      fileResult({ file: 'plan.yaml', kind: 'modelplan', findings: [] }),
      fileResult({ file: 'kader.yaml', kind: 'budgetkader', findings: [] }),
    ]);
    expect(report.leftOut).toEqual({
      invalid: [
        { file: 'fout.yaml', kind: 'aanvraag', ruleId: 'bovengrens', line: 9, column: 1, message: 'boven de bovengrens' },
        { file: 'kapot.yaml', kind: null, ruleId: 'yaml-syntaxis', line: 3, column: 1, message: 'inspringing klopt niet' },
        { file: 'leeg.yaml', kind: null, ruleId: null, line: null, column: null, message: '' },
      ],
      duplicates: [{ file: 'z.yaml', duplicateOf: 'm.yaml', requested: 50n }],
      additionalReview: [],
      late: [],
      frameFiles: [
        { file: 'kader.yaml', kind: 'budgetkader' },
        { file: 'plan.yaml', kind: 'modelplan' },
      ],
    });
    expect(report.overall.count).toBe(1);
    expect(report.overall.requested).toBe(50n);
  });

  it('treats an aanvraag without a summary or review decision as invalid', () => {
    const noSummary: FileResult = fileResult({ file: 'a.yaml', kind: 'aanvraag', findings: [], review: { decision: 'standaard', reasons: [] } });
    const { review: _review, ...noReview } = application({ file: 'b.yaml' });
    const report = run([noSummary, noReview]);
    expect(report.leftOut.invalid.map((x) => x.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(report.overall.count).toBe(0);
  });

  it('leaves out applications needing additional review with excludeAdditionalReview', () => {
    const files = [
      application({ file: 'a.yaml', perJaar: { '2027': 30 }, decision: 'aanvullende-beoordeling' }),
      application({ file: 'b.yaml', perJaar: { '2027': 20 } }),
    ];
    const report = run(files, { allocation: 'geen', excludeAdditionalReview: true });
    expect(report.leftOut.additionalReview).toEqual([{ file: 'a.yaml', thema: 'ai', requested: 30n }]);
    expect(report.overall).toMatchObject({ count: 1, additionalReview: 0, requested: 20n });
    expect(report.options).toEqual({ allocation: 'geen', excludeAdditionalReview: true });
    expect(run(files).overall).toMatchObject({ count: 2, additionalReview: 1, requested: 50n });
  });

  it('shows a theme the budgetkader does not hold after the known ones, without a richtbedrag', () => {
    const report = run([application({ file: 'a.yaml', thema: 'zweven', route: 'zvw', perJaar: { '2027': 9 } })], { allocation: 'pro-rata', excludeAdditionalReview: false });
    expect(report.themas.at(-1)).toEqual({
      id: 'zweven',
      naam: 'zweven',
      financieringsroute: 'zvw',
      inBudgetkader: false,
      richtbedrag: null,
      count: 1,
      additionalReview: 0,
      requested: 9n,
      difference: null,
      percentage: null,
      subscription: null,
    });
    expect(report.aanvragen[0]!.allocated).toBe(9n);
  });

  it('scales an over-subscribed theme pro rata to exactly its richtbedrag, largest remainder, ties by path', () => {
    const kader = budgetkader({ themas: [{ id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: 2, bron: 't' } }] });
    const report = run(
      [
        application({ file: 'c.yaml', perJaar: { '2027': 1 } }),
        application({ file: 'a.yaml', perJaar: { '2027': 1 } }),
        application({ file: 'b.yaml', perJaar: { '2027': 1 } }),
        application({ file: 'd.yaml', thema: 'sociaal', modelplan: 'val', uzovi: null, perJaar: { '2027': 5 } }),
      ],
      { allocation: 'pro-rata', excludeAdditionalReview: false },
      frame(kader),
    );
    expect(report.aanvragen.map((a) => [a.file, a.requested, a.allocated])).toEqual([
      ['a.yaml', 1n, 1n],
      ['b.yaml', 1n, 1n],
      ['c.yaml', 1n, 0n],
      ['d.yaml', 5n, 5n],
    ]);
    expect(report.themas[0]!.proRata).toEqual({ factor: { numerator: 2n, denominator: 3n }, percentage: 667n });
  });

  it('does not scale without --toewijzing pro-rata, nor an exactly subscribed theme', () => {
    const kader = budgetkader({ themas: [{ id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: 10, bron: 't' } }] });
    const files = [application({ file: 'a.yaml', perJaar: { '2027': 10 } })];
    expect(run(files, NONE, frame(kader)).aanvragen[0]!.allocated).toBeUndefined();
    const exact = run(files, { allocation: 'pro-rata', excludeAdditionalReview: false }, frame(kader));
    expect(exact.themas[0]).toMatchObject({ subscription: 'exact', difference: 0n, percentage: 1000n });
    expect(exact.themas[0]!.proRata).toBeUndefined();
    expect(exact.aanvragen[0]!.allocated).toBe(10n);
  });

  it('sets requested per year against the budgetkader’s earlier cash rhythm for the year where it holds one', () => {
    const kader = budgetkader({ eerder_kasritme: { per_jaar: [{ jaar: 2027, bedrag: 300 }, { jaar: 2028, bedrag: 700 }], vervangen_door: 'het huidige', bron: 't' } });
    const report = run([application({ file: 'a.yaml', perJaar: { '2027': 400, '2028': 70, '2029': 5 } })], NONE, frame(kader));
    expect(report.breakdowns.perJaar.map((y) => [y.key, y.requested, y.eerderKasritme])).toEqual([
      ['2027', 400n, { bedrag: 300n, difference: 100n, percentage: 1333n, subscription: 'over' }],
      ['2028', 70n, { bedrag: 700n, difference: -630n, percentage: 100n, subscription: 'under' }],
      ['2029', 5n, undefined],
    ]);
    expect(run([], NONE).breakdowns.perJaar.every((y) => y.eerderKasritme === undefined)).toBe(true);
  });

  it('takes the zorgpaden and title of the newest modelplan version', () => {
    const plans = [modelplanVersion('1.0.0', [{ id: 'oud', naam: 'Oud' }]), modelplanVersion('1.1.0', [{ id: 'nieuw', naam: 'Nieuw' }])];
    const report = run([], NONE, frame(budgetkader(), plans));
    expect(report.breakdowns.perToepassingsgebied).toEqual([{ key: 'pad', label: 'Titel pad', thema: 'ai', count: 0, requested: 0n, zorgpaden: [{ key: 'nieuw', label: 'Nieuw', count: 0, requested: 0n }] }]);
    expect(report.overall).toMatchObject({ count: 0, requested: 0n, percentage: 0n });
  });
});

function modelplanVersion(versie: string, zorgpaden: { id: string; naam: string }[]) {
  return { soort: 'modelplan', id: 'pad', versie, titel: 'Titel pad', thema: 'ai', zorgpaden } as never;
}
