/** decideReview: errors make an application ongeldig, review reasons and deviations aanvullende beoordeling, nothing standaard. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/types.js';
import { decideReview } from '../../src/review/decide.js';

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'r', severity: 'warning', file: 'a.yaml', pointer: '/x', messageId: 'm', args: {}, message: 'melding', line: 3, column: 5, endLine: 3, endColumn: 9, ...over };
}

describe('decideReview', () => {
  it('no findings, or only plain warnings and infos: standaard without reasons', () => {
    expect(decideReview([], 'nl')).toEqual({ decision: 'standaard', reasons: [] });
    expect(decideReview([finding({ severity: 'info' }), finding({})], 'nl')).toEqual({ decision: 'standaard', reasons: [] });
  });

  it('a review reason or a deviation: aanvullende beoordeling, each with its place', () => {
    const review = decideReview([finding({ ruleId: 'regionale-invulling', severity: 'info', reviewReason: true }), finding({ ruleId: 'mijlpaal-termijn', deviation: 'mijlpaalplanning', line: 9, column: 2 })], 'nl');
    expect(review).toEqual({
      decision: 'aanvullende-beoordeling',
      reasons: [
        { ruleId: 'regionale-invulling', pointer: '/x', line: 3, column: 5, message: 'melding' },
        { ruleId: 'mijlpaal-termijn', pointer: '/x', line: 9, column: 2, message: 'melding' },
      ],
    });
  });

  it('a declared deviation carries its motivation in the reason, in the language asked', () => {
    const declared = finding({ ruleId: 'kostenverdeling', severity: 'info', deviation: 'kostenverdeling', args: { motivering: 'Drie koppelingen' } });
    expect(decideReview([declared], 'nl').reasons[0]!.message).toBe('melding (gemelde afwijking, motivering: "Drie koppelingen")');
    expect(decideReview([declared], 'en').reasons[0]!.message).toBe('melding (declared deviation, motivation: "Drie koppelingen")');
  });

  it('any error: ongeldig, the errors are the reasons (deviations do not count then)', () => {
    const review = decideReview([finding({ ruleId: 'bovengrens', severity: 'error', line: 44, column: 1 }), finding({ deviation: 'kostenverdeling' })], 'nl');
    expect(review).toEqual({ decision: 'ongeldig', reasons: [{ ruleId: 'bovengrens', pointer: '/x', line: 44, column: 1, message: 'melding' }] });
  });
});
