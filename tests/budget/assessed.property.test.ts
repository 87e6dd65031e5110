/**
 * Property-based (issue 25, point 1): the approved amount spread over the years adds up exactly to
 * what was approved, per receiving party when the decision splits it, and never gives a year more
 * than was requested in it when less than everything is approved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvedPerYear, type BudgetLine } from '../../src/budget/assessed.js';

const lineArb: fc.Arbitrary<BudgetLine> = fc.record({
  ontvanger: fc.constantFrom('06010101', '06020202', '73730101'),
  jaar: fc.constantFrom(2027, 2028, 2029),
  bedrag: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 5_000_000 })),
});

/** Lines with something requested, and a fraction of it approved (numerator over 1000). */
const caseArb = fc.record({ lines: fc.array(lineArb, { minLength: 1, maxLength: 12 }), per: fc.integer({ min: 0, max: 1000 }), split: fc.boolean() }).filter((c) => c.lines.some((l) => l.bedrag > 0));

const byParty = (lines: readonly BudgetLine[]) => {
  const out = new Map<string, number>();
  for (const l of lines) out.set(l.ontvanger, (out.get(l.ontvanger) ?? 0) + l.bedrag);
  return out;
};
const byYear = (lines: readonly BudgetLine[]) => {
  const out = new Map<number, number>();
  for (const l of lines) out.set(l.jaar, (out.get(l.jaar) ?? 0) + l.bedrag);
  return out;
};

describe('approvedPerYear (property)', () => {
  it('adds up exactly to the approved amount and gives no year more than was requested in it', () => {
    fc.assert(
      fc.property(caseArb, ({ lines, per, split }) => {
        const parties = [...byParty(lines)].map(([ontvanger, bedrag]) => ({ ontvanger, bedrag: Math.floor((bedrag * per) / 1000) }));
        const approved = split ? parties.reduce((s, p) => s + p.bedrag, 0) : Math.floor((lines.reduce((s, l) => s + l.bedrag, 0) * per) / 1000);
        const years = approvedPerYear(lines, approved, split ? parties : undefined);
        expect([...years.values()].reduce((s, x) => s + x, 0n)).toBe(BigInt(approved));
        const requested = byYear(lines);
        for (const [jaar, bedrag] of years) {
          expect(bedrag >= 0n).toBe(true);
          expect(bedrag <= BigInt(requested.get(jaar) ?? 0)).toBe(true);
        }
        expect([...years.keys()]).toEqual([...requested.keys()].sort((a, b) => a - b));
      }),
      { numRuns: 400 },
    );
  });
});
