/** The three allocation scenarios on hand-built batches: exact amounts per application. */
import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import { allocateScenario } from '../../src/budget/allocate.js';
import { BUDGET_FORMATS, formatterFor } from '../../src/format/table.js';
import type { Allocation, BudgetReport } from '../../src/budget/types.js';
import type { Budgetkader, Frame } from '../../src/domain/types.js';
import type { FileResult } from '../../src/report/types.js';
import { application, budgetkader, frame } from './fixtures.js';

const budgetFormatters = Object.fromEntries(await Promise.all(BUDGET_FORMATS.map(async (f) => [f, await formatterFor('budget', f)] as const))) as {
  [F in (typeof BUDGET_FORMATS)[number]]: Awaited<ReturnType<typeof formatterFor<'budget', F>>>;
};

/** AI 400 and medtech 100 on the Zvw route under a cap of 500 (as the bundled kader: the richtbedragen fill the cap). */
const kader: Budgetkader = budgetkader({
  plafonds: [{ id: 'zvw-plafond', naam: 'Zvw-plafond', financieringsroute: 'zvw', bedrag: 500, tot_en_met: 2029, bron: 't' }],
});

function run(files: FileResult[], allocation: Allocation, f: Frame = frame(kader)): BudgetReport {
  return aggregateBudget({ files, frame: f, lang: 'nl', options: { allocation, excludeAdditionalReview: false } });
}

const amounts = (report: BudgetReport) => report.aanvragen.map((a) => [a.file, a.requested, a.allocated]);

/** AI asks 600 of 400 (over), medtech 40 of 100 (under, leaves 60), sociaal 300 of 200 (over). */
const batch = (): FileResult[] => [
  application({ file: 'a.yaml', perJaar: { '2027': 300 }, score: 70 }),
  application({ file: 'b.yaml', perJaar: { '2027': 200 }, score: 90 }),
  application({ file: 'c.yaml', perJaar: { '2027': 100 }, score: 90 }),
  application({ file: 'm.yaml', thema: 'medtech', modelplan: 'stoma', perJaar: { '2027': 40 }, score: 50 }),
  application({ file: 's1.yaml', thema: 'sociaal', modelplan: 'val', uzovi: null, perJaar: { '2027': 200 }, score: 60 }),
  application({ file: 's2.yaml', thema: 'sociaal', modelplan: 'val', uzovi: null, perJaar: { '2027': 100 }, score: 80 }),
];

describe('allocation scenarios', () => {
  it('pro-rata: each over-subscribed theme by the factor richtbedrag / requested', () => {
    expect(amounts(run(batch(), 'pro-rata'))).toEqual([
      ['a.yaml', 300n, 200n],
      ['b.yaml', 200n, 133n],
      ['c.yaml', 100n, 67n],
      ['m.yaml', 40n, 40n],
      ['s1.yaml', 200n, 133n],
      ['s2.yaml', 100n, 67n],
    ]);
  });

  it('rangorde: by score (ties by path) until the richtbedrag, the crossing one gets the rest', () => {
    // AI: b (90) 200, c (90) 100, then a (70) gets the 100 left of 400. Sociaal: s2 (80) 100, s1 (60) 100.
    expect(amounts(run(batch(), 'rangorde'))).toEqual([
      ['a.yaml', 300n, 100n],
      ['b.yaml', 200n, 200n],
      ['c.yaml', 100n, 100n],
      ['m.yaml', 40n, 40n],
      ['s1.yaml', 200n, 100n],
      ['s2.yaml', 100n, 100n],
    ]);
  });

  it('rangorde: an application without a score comes last; equal scores go by path', () => {
    const files = [
      application({ file: 'z.yaml', perJaar: { '2027': 250 }, score: 10 }),
      application({ file: 'y.yaml', perJaar: { '2027': 250 } }),
      application({ file: 'x.yaml', perJaar: { '2027': 250 }, score: 10 }),
    ];
    expect(amounts(run(files, 'rangorde'))).toEqual([
      ['x.yaml', 250n, 250n],
      ['y.yaml', 250n, 0n],
      ['z.yaml', 250n, 150n],
    ]);
  });

  it('verschuiven: what medtech leaves (60) goes to AI, within the Zvw cap; the social domain pro rata', () => {
    const report = run(batch(), 'verschuiven');
    // AI gets 400 + 60 = 460 of 600: a 230, b 153,33 → 153, c 76,67 → 77.
    expect(amounts(report)).toEqual([
      ['a.yaml', 300n, 230n],
      ['b.yaml', 200n, 153n],
      ['c.yaml', 100n, 77n],
      ['m.yaml', 40n, 40n],
      ['s1.yaml', 200n, 133n],
      ['s2.yaml', 100n, 67n],
    ]);
    const scenario = allocateScenario('verschuiven', report.aanvragen, report.themas, report.plafonds);
    expect(scenario.themas.map((t) => [t.id, t.available, t.allocated])).toEqual([
      ['ai', 460n, 460n],
      ['medtech', 40n, 40n],
      ['sociaal', 200n, 200n],
    ]);
    expect(scenario.zvw).toEqual({ plafond: 500n, allocated: 500n });
    expect(scenario.allocated).toBe(700n);
    expect(scenario.requested).toBe(940n);
  });

  it('verschuiven: shares the room over two over-subscribed themes pro rata to their shortfall, never above a request', () => {
    const three = budgetkader({
      themas: [
        { id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: 100, bron: 't' } },
        { id: 'medtech', naam: 'Medtech', financieringsroute: 'zvw', richtbedrag: { bedrag: 100, bron: 't' } },
        { id: 'dhz', naam: 'DHZ', financieringsroute: 'zvw', richtbedrag: { bedrag: 100, bron: 't' } },
      ],
      plafonds: [{ id: 'zvw', naam: 'Zvw', financieringsroute: 'zvw', bedrag: 300, tot_en_met: 2029, bron: 't' }],
    });
    const files = [
      application({ file: 'a.yaml', perJaar: { '2027': 130 } }), // ai short 30
      application({ file: 'd.yaml', thema: 'dhz', modelplan: 'pad', perJaar: { '2027': 10 } }), // dhz leaves 90
      application({ file: 'm.yaml', thema: 'medtech', modelplan: 'stoma', perJaar: { '2027': 190 } }), // medtech short 90
    ];
    // Room 90 over shortfalls 30 : 90 → 22,5 and 67,5 → 23 (ai, first by key at equal remainders) and 67.
    expect(amounts(run(files, 'verschuiven', frame(three)))).toEqual([
      ['a.yaml', 130n, 123n],
      ['d.yaml', 10n, 10n],
      ['m.yaml', 190n, 167n],
    ]);
    // Room beyond the shortfall stays unallocated: every request met, nothing above it.
    const small = [application({ file: 'a.yaml', perJaar: { '2027': 110 } }), application({ file: 'd.yaml', thema: 'dhz', modelplan: 'pad', perJaar: { '2027': 10 } })];
    expect(amounts(run(small, 'verschuiven', frame(three)))).toEqual([
      ['a.yaml', 110n, 110n],
      ['d.yaml', 10n, 10n],
    ]);
  });

  it('verschuiven: the Zvw cap bounds the room when the richtbedragen together exceed it', () => {
    const tight = budgetkader({
      plafonds: [{ id: 'zvw', naam: 'Zvw', financieringsroute: 'zvw', bedrag: 420, tot_en_met: 2029, bron: 't' }],
    });
    // medtech asks 0 and leaves 100, but the cap (420) leaves only 20 above AI's 400.
    const files = [application({ file: 'a.yaml', perJaar: { '2027': 600 } })];
    expect(amounts(run(files, 'verschuiven', frame(tight)))).toEqual([['a.yaml', 600n, 420n]]);
  });

  it('the table and markdown formats show the chosen scenario’s column and note; csv its amounts', () => {
    const options = { lang: 'nl' as const, color: false, separator: ';', bom: false, headerLabels: false };
    const rangorde = budgetFormatters.markdown(run(batch(), 'rangorde'), options);
    expect(rangorde).toContain('> toewijzing: rangorde (per overtekend thema aanvragen op volgorde van score tot het richtbedrag; de aanvraag die het overschrijdt krijgt de rest)');
    expect(rangorde).toContain('| Bestand | Thema | Toepassingsgebied (modelplan) | Sector | Gevraagd (€) | Na rangorde (€) |');
    expect(rangorde).toContain('| a.yaml | ai | spraak | vvt | 300 | 100 |');
    const verschuiven = budgetFormatters.table(run(batch(), 'verschuiven'), { ...options, lang: 'en' });
    expect(verschuiven).toContain('After shift (€)');
    const csv = budgetFormatters.csv(run(batch(), 'verschuiven'), options);
    expect(csv.split('\r\n').filter((line) => line.startsWith('aanvraag;a.yaml'))[0]).toMatch(/;300;.*;230;/);
  });
});
