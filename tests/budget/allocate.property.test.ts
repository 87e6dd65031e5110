/**
 * Property-based: every scenario's amounts are whole euros that add up exactly to the money the
 * scenario makes available (per theme and on the Zvw route), never exceed a request, and never put
 * the Zvw route above its cap. Once with the bundled kader's amounts (€275m + €275m + €50m under the
 * €600m cap, €200m social domain), once with arbitrary richtbedragen and caps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import { allocateScenario } from '../../src/budget/allocate.js';
import { SCENARIO_METHODS, type BudgetReport, type ScenarioMethod } from '../../src/budget/types.js';
import type { Budgetkader } from '../../src/domain/types.js';
import type { FileResult } from '../../src/report/types.js';
import { application, budgetkader, frame } from './fixtures.js';

const M = 1_000_000;
const bundled: Budgetkader = budgetkader({
  totaal: { bedrag: 800 * M, bron: 't' },
  themas: [
    { id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: 275 * M, bron: 't' } },
    { id: 'dhz', naam: 'Digitale en hybride zorg', financieringsroute: 'zvw', richtbedrag: { bedrag: 275 * M, bron: 't' } },
    { id: 'medtech', naam: 'Medische technologie', financieringsroute: 'zvw', richtbedrag: { bedrag: 50 * M, bron: 't' } },
    { id: 'sociaal', naam: 'Sociaal domein', financieringsroute: 'spuk', richtbedrag: { bedrag: 200 * M, bron: 't' } },
  ],
  plafonds: [{ id: 'zvw-plafond', naam: 'Zvw-plafond', financieringsroute: 'zvw', bedrag: 600 * M, tot_en_met: 2029, bron: 't' }],
});
const THEMES = ['ai', 'dhz', 'medtech', 'sociaal'];
const MODELPLAN: Record<string, string> = { ai: 'spraak', dhz: 'pad', medtech: 'stoma', sociaal: 'val' };

const fileArb = (index: number, themes: readonly string[]): fc.Arbitrary<FileResult> =>
  fc
    .record({
      thema: fc.constantFrom(...themes),
      amount: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 300 * M }), fc.integer({ min: 0, max: 1_000_000_000_000 })),
      score: fc.option(fc.integer({ min: 0, max: 1000 }).map((s) => s / 10), { nil: undefined }),
    })
    .map(({ thema, amount, score }) =>
      application({
        file: `a/${String(index).padStart(3, '0')}.yaml`,
        thema,
        modelplan: MODELPLAN[thema] ?? 'los',
        uzovi: thema === 'sociaal' ? null : '3311',
        perJaar: { '2027': amount },
        ...(score === undefined ? {} : { score }),
      }),
    );

const filesArb = (themes: readonly string[]) => fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fileArb(i, themes))));
const methodArb = fc.constantFrom<ScenarioMethod>(...SCENARIO_METHODS);
const min = (a: bigint, b: bigint) => (a < b ? a : b);
const total = (xs: readonly bigint[]) => xs.reduce((s, x) => s + x, 0n);

function scenarioOf(report: BudgetReport, method: ScenarioMethod) {
  return allocateScenario(method, report.aanvragen, report.themas, report.plafonds);
}

/** What every scenario must hold, whatever the kader. */
function checkCommon(report: BudgetReport, method: ScenarioMethod): void {
  const scenario = scenarioOf(report, method);
  // The budget's own --toewijzing gives the same amounts as the scenario.
  expect(report.aanvragen.map((a) => a.allocated)).toEqual(scenario.perAanvraag);
  report.aanvragen.forEach((a, i) => {
    expect(scenario.perAanvraag[i]!).toBeGreaterThanOrEqual(0n);
    expect(scenario.perAanvraag[i]!).toBeLessThanOrEqual(a.requested);
  });
  expect(total(scenario.perAanvraag)).toBe(scenario.allocated);
  expect(total(scenario.themas.map((t) => t.allocated))).toBe(scenario.allocated);
  for (const thema of scenario.themas) {
    const members = report.aanvragen.flatMap((a, i) => (a.thema === thema.id ? [scenario.perAanvraag[i]!] : []));
    expect(total(members)).toBe(thema.allocated);
    const full = report.themas.find((t) => t.id === thema.id)!;
    if (full.richtbedrag === null) {
      expect(thema.allocated).toBe(thema.requested);
      continue;
    }
    // Exactly the money the scenario makes available for the theme, which is never more than asked.
    expect(thema.available).not.toBeNull();
    expect(thema.available!).toBeLessThanOrEqual(thema.requested);
    expect(thema.allocated).toBe(thema.available);
    if (method !== 'verschuiven' || full.financieringsroute !== 'zvw') expect(thema.available).toBe(min(thema.requested, full.richtbedrag));
    else expect(thema.available!).toBeGreaterThanOrEqual(min(thema.requested, full.richtbedrag));
  }
}

describe('allocation scenario properties', () => {
  it('with the bundled amounts: exact per theme, never above a request, the Zvw route never above €600m', () => {
    fc.assert(
      fc.property(filesArb(THEMES), methodArb, (files, method) => {
        const report = aggregateBudget({ files, frame: frame(bundled), lang: 'nl', options: { allocation: method, excludeAdditionalReview: false } });
        checkCommon(report, method);
        const scenario = scenarioOf(report, method);
        expect(scenario.zvw!.allocated).toBeLessThanOrEqual(600n * BigInt(M));
        const zvw = report.themas.filter((t) => t.financieringsroute === 'zvw');
        if (method === 'verschuiven') {
          // The room is shared until the richtbedragen together (the cap) or the requests run out.
          expect(scenario.zvw!.allocated).toBe(min(total(zvw.map((t) => t.requested)), 600n * BigInt(M)));
        } else {
          expect(scenario.zvw!.allocated).toBe(total(zvw.map((t) => min(t.requested, t.richtbedrag!))));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('with arbitrary richtbedragen and caps: exact, never above a request, shifting never raises the Zvw route above the cap', () => {
    const kaderArb = fc
      .record({ ai: fc.integer({ min: 0, max: 1_000_000_000_000 }), medtech: fc.integer({ min: 0, max: 3_000 }), sociaal: fc.integer({ min: 0, max: 10_000 }), cap: fc.integer({ min: 0, max: 1_000_000_000_000 }) })
      .map((x) =>
        budgetkader({
          themas: [
            { id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: x.ai, bron: 't' } },
            { id: 'medtech', naam: 'Medtech', financieringsroute: 'zvw', richtbedrag: { bedrag: x.medtech, bron: 't' } },
            { id: 'sociaal', naam: 'Sociaal', financieringsroute: 'spuk', richtbedrag: { bedrag: x.sociaal, bron: 't' } },
          ],
          plafonds: [{ id: 'zvw', naam: 'Zvw', financieringsroute: 'zvw', bedrag: x.cap, tot_en_met: 2029, bron: 't' }],
        }),
      );
    fc.assert(
      fc.property(kaderArb, filesArb(['ai', 'medtech', 'sociaal', 'onbekend']), methodArb, (kader, files, method) => {
        const report = aggregateBudget({ files, frame: frame(kader), lang: 'nl', options: { allocation: method, excludeAdditionalReview: false } });
        checkCommon(report, method);
        if (method === 'verschuiven') {
          const base = scenarioOf(report, 'pro-rata').zvw!.allocated;
          const shifted = scenarioOf(report, 'verschuiven').zvw!.allocated;
          expect(shifted).toBeGreaterThanOrEqual(base);
          // Shifting adds only room below the cap: above it only what pro rata already gave.
          if (shifted > base) expect(shifted).toBeLessThanOrEqual(BigInt(kader.plafonds[0]!.bedrag));
        }
      }),
      { numRuns: 400 },
    );
  });
});
