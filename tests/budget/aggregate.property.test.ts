/**
 * Property-based: for any set of applications, every breakdown adds up exactly to the total, every
 * file is accounted for once, and pro-rata amounts add up exactly to the richtbedrag without ever
 * exceeding a request. Amounts go up to the schema maximum (10^12) so sums pass 2^53.
 */
import { countedCopy } from '../../src/rules/aanvraag-dubbel.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import { largestRemainder } from '../../src/budget/money.js';
import { ALLOCATIONS, type BudgetOptions, type BudgetReport } from '../../src/budget/types.js';
import type { Budgetkader } from '../../src/domain/types.js';
import type { Decision, FileResult } from '../../src/report/types.js';
import { application, budgetkader, frame, invalidFile } from './fixtures.js';
import { fileResult } from '../helpers/file-result.js';

const MAX = 1_000_000_000_000;
const THEMES = ['ai', 'medtech', 'sociaal'];

const kaderArb: fc.Arbitrary<Budgetkader> = fc
  .record({
    ai: fc.integer({ min: 0, max: MAX }),
    medtech: fc.integer({ min: 0, max: 3_000 }),
    sociaal: fc.integer({ min: 0, max: MAX }),
    jaar27: fc.integer({ min: 0, max: MAX }),
    plafond: fc.integer({ min: 0, max: MAX }),
    totEnMet: fc.integer({ min: 2026, max: 2030 }),
  })
  .map((x) =>
    budgetkader({
      themas: [
        { id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: x.ai, bron: 't' } },
        { id: 'medtech', naam: 'Medtech', financieringsroute: 'zvw', richtbedrag: { bedrag: x.medtech, bron: 't' } },
        { id: 'sociaal', naam: 'Sociaal', financieringsroute: 'spuk', richtbedrag: { bedrag: x.sociaal, bron: 't' }, per_jaar: [{ jaar: 2027, bedrag: x.jaar27, bron: 't' }] },
      ],
      plafonds: [{ id: 'zvw', naam: 'Zvw', financieringsroute: 'zvw', bedrag: x.plafond, tot_en_met: x.totEnMet, bron: 't' }],
    }),
  );

const amountArb = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: MAX }));

const fileArb = (index: number): fc.Arbitrary<FileResult> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({
          thema: fc.constantFrom(...THEMES, 'onbekend'),
          modelplan: fc.constantFrom('pad', 'spraak', 'stoma', 'val', 'los'),
          zorgpad: fc.option(fc.constantFrom('copd', 'astma', 'anders'), { nil: undefined }),
          sector: fc.constantFrom('msz', 'vvt', 'ggz', 'sociaal-domein'),
          uzovi: fc.option(fc.constantFrom('3311', '3358', '7029'), { nil: null }),
          perJaar: fc.dictionary(fc.constantFrom('2026', '2027', '2028', '2029', '2030'), amountArb, { minKeys: 1 }),
          decision: fc.constantFrom<Decision>('standaard', 'aanvullende-beoordeling'),
          fingerprint: fc.constantFrom('f1', 'f2', 'f3', `uniek-${index}`, `uniek-${index}`, `uniek-${index}`),
          partijen: fc.uniqueArray(fc.constantFrom('01000001', '01000002', '73730101', 'GM0344'), { minLength: 1, maxLength: 4 }),
        })
        .map((spec) => application({ file: `aanvragen/${String(index).padStart(3, '0')}.yaml`, ...spec })),
    },
    { weight: 1, arbitrary: fc.constant(invalidFile(`aanvragen/${String(index).padStart(3, '0')}.yaml`, [])) },
    { weight: 1, arbitrary: fc.constant<FileResult>(fileResult({ file: `kader/${index}.yaml`, kind: 'modelplan', findings: [] })) },
  );

/** What the engine's duplicate rule puts on each copy (FileResult.duplicateOf), by the rule's own decision. */
function markCopies(files: FileResult[]): FileResult[] {
  const groups = new Map<string, FileResult[]>();
  for (const f of files) {
    if (f.kind !== 'aanvraag' || !f.aanvraag?.fingerprint) continue;
    groups.set(f.aanvraag.fingerprint, [...(groups.get(f.aanvraag.fingerprint) ?? []), f]);
  }
  for (const copies of groups.values()) {
    if (copies.length < 2) continue;
    const facts = copies.map((f) => ({ file: f.file, fingerprint: f.aanvraag!.fingerprint!, modelplanId: '', counted: f.review?.decision !== 'ongeldig', agbs: [], positions: {} }));
    const telt = countedCopy(facts).file;
    for (const f of copies) if (f.file !== telt) f.duplicateOf = telt;
  }
  return files;
}

const filesArb = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fileArb(i))).map(markCopies));
const optionsArb = fc.record<BudgetOptions>({ allocation: fc.constantFrom(...ALLOCATIONS), excludeAdditionalReview: fc.boolean() });

const total = (rows: readonly { requested: bigint }[]) => rows.reduce((s, r) => s + r.requested, 0n);
const count = (rows: readonly { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);

function checkSums(report: BudgetReport): void {
  const { overall, breakdowns } = report;
  expect(total(report.aanvragen)).toBe(overall.requested);
  expect(total(report.themas)).toBe(overall.requested);
  expect(count(report.themas)).toBe(overall.count);
  expect(total(breakdowns.perJaar)).toBe(overall.requested);
  // Per receiving party: every euro goes to exactly one party, the same party over applications is one row.
  expect(total(breakdowns.perOntvanger)).toBe(overall.requested);
  expect(new Set(breakdowns.perOntvanger.map((r) => r.key)).size).toBe(breakdowns.perOntvanger.length);
  for (const row of breakdowns.perOntvanger) expect(row.count).toBeLessThanOrEqual(overall.count);
  expect(total(breakdowns.perToepassingsgebied)).toBe(overall.requested);
  expect(count(breakdowns.perToepassingsgebied)).toBe(overall.count);
  for (const area of breakdowns.perToepassingsgebied) {
    if (area.zorgpaden) {
      expect(total(area.zorgpaden)).toBe(area.requested);
      expect(count(area.zorgpaden)).toBe(area.count);
    }
  }
  expect(total(breakdowns.perSector)).toBe(overall.requested);
  expect(count(breakdowns.perSector)).toBe(overall.count);
  expect(total(breakdowns.perVerzekeraar)).toBe(overall.requested);
  expect(count(breakdowns.perVerzekeraar)).toBe(overall.count);
  for (const thema of report.jaarbedragen) {
    expect(total(thema.jaren)).toBe(report.themas.find((t) => t.id === thema.thema)!.requested);
  }
  const zvw = report.themas.filter((t) => t.financieringsroute === 'zvw');
  for (const plafond of report.plafonds) expect(plafond.requested + plafond.requestedLater).toBe(total(zvw));
  expect(overall.difference).toBe(overall.requested - overall.budget);
}

function checkProRata(report: BudgetReport): void {
  for (const thema of report.themas) {
    const members = report.aanvragen.filter((a) => a.thema === thema.id);
    for (const a of members) {
      expect(a.allocated).toBeDefined();
      expect(a.allocated!).toBeGreaterThanOrEqual(0n);
      expect(a.allocated!).toBeLessThanOrEqual(a.requested);
    }
    if (thema.proRata) {
      expect(thema.richtbedrag).not.toBeNull();
      expect(total(members.map((a) => ({ requested: a.allocated! })))).toBe(thema.richtbedrag);
      // Each amount is its exact share rounded down or up: |allocated × requested − amount × richtbedrag| < requested.
      for (const a of members) {
        const error = a.allocated! * thema.requested - a.requested * thema.richtbedrag!;
        expect(error > -thema.requested && error < thema.requested).toBe(true);
      }
    } else {
      for (const a of members) expect(a.allocated).toBe(a.requested);
    }
  }
}

describe('aggregateBudget properties', () => {
  it('adds every breakdown up to the total and accounts for every file once', () => {
    fc.assert(
      fc.property(kaderArb, filesArb, optionsArb, (kader, files, options) => {
        const report = aggregateBudget({ files, frame: frame(kader), lang: 'nl', options });
        checkSums(report);
        const { invalid, duplicates, additionalReview, frameFiles } = report.leftOut;
        expect(report.aanvragen.length + invalid.length + duplicates.length + additionalReview.length + frameFiles.length).toBe(files.length);
        if (!options.excludeAdditionalReview) expect(additionalReview).toEqual([]);
        else expect(report.aanvragen.every((a) => a.decision === 'standaard')).toBe(true);
        expect(new Set(report.aanvragen.map((a) => files.find((f) => f.file === a.file)!.aanvraag!.fingerprint)).size).toBe(report.aanvragen.length);
      }),
      { numRuns: 300 },
    );
  });

  it('brings every over-subscribed theme exactly to its richtbedrag, never above a request', () => {
    fc.assert(
      fc.property(kaderArb, filesArb, (kader, files) => {
        const report = aggregateBudget({ files, frame: frame(kader), lang: 'nl', options: { allocation: 'pro-rata', excludeAdditionalReview: false } });
        checkSums(report);
        checkProRata(report);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same report whatever the order of the input files', () => {
    fc.assert(
      fc.property(kaderArb, filesArb.chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }))), optionsArb, (kader, [files, shuffled], options) => {
        const a = aggregateBudget({ files, frame: frame(kader), lang: 'nl', options });
        const b = aggregateBudget({ files: shuffled, frame: frame(kader), lang: 'nl', options });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('largestRemainder properties', () => {
  it('adds up exactly to any target up to the total, each result its floor or floor + 1', () => {
    const sharesArb = fc.array(fc.record({ key: fc.string({ maxLength: 3 }), amount: fc.bigInt({ min: 0n, max: 10n ** 13n }) }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        sharesArb.filter((s) => s.some((x) => x.amount > 0n)),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        (shares, fraction) => {
          const sumOf = shares.reduce((s, x) => s + x.amount, 0n);
          const target = (sumOf * fraction) / 10n ** 6n;
          const result = largestRemainder(shares, target);
          expect(result.reduce((s, x) => s + x, 0n)).toBe(target);
          result.forEach((r, i) => {
            const floor = (shares[i]!.amount * target) / sumOf;
            expect(r === floor || r === floor + 1n).toBe(true);
            expect(r).toBeLessThanOrEqual(shares[i]!.amount);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
