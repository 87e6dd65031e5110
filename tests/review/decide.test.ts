/**
 * decideReview: errors make an application ongeldig, review reasons and deviations aanvullende
 * beoordeling, nothing standaard; language-neutral. renderReview gives the texts in one language.
 */
import { describe, expect, it } from 'vitest';
import type { NeutralFinding } from '../../src/report/types.js';
import { decideReview } from '../../src/review/decide.js';
import { renderReview } from '../../src/report/render.js';

function finding(over: Partial<NeutralFinding>): NeutralFinding {
  return { ruleId: 'r', severity: 'warning', file: 'a.yaml', pointer: '/x', messageId: 'm', args: {}, line: 3, column: 5, endLine: 3, endColumn: 9, ...over };
}

describe('decideReview', () => {
  it('no findings, or only plain warnings and infos: standaard without reasons', () => {
    expect(decideReview([])).toEqual({ decision: 'standaard', reasons: [] });
    expect(decideReview([finding({ severity: 'info' }), finding({})])).toEqual({ decision: 'standaard', reasons: [] });
  });

  it('a review reason or a deviation: aanvullende beoordeling, each with its place, message id and args', () => {
    const review = decideReview([finding({ ruleId: 'regionale-invulling', severity: 'info', reviewReason: true }), finding({ ruleId: 'mijlpaal-termijn', deviation: 'mijlpaalplanning', line: 9, column: 2 })]);
    expect(review).toEqual({
      decision: 'aanvullende-beoordeling',
      reasons: [
        { ruleId: 'regionale-invulling', pointer: '/x', line: 3, column: 5, messageId: 'm', args: {} },
        { ruleId: 'mijlpaal-termijn', pointer: '/x', line: 9, column: 2, messageId: 'm', args: {} },
      ],
    });
  });

  it('a declared deviation keeps its motivation; rendered, the reason carries it in the language asked', () => {
    const args = { categorie: 'personeel', aandeel: 80, max: 70, normBron: 'bron', motivering: 'Drie koppelingen' };
    const declared = finding({ ruleId: 'kostenverdeling', severity: 'info', deviation: 'kostenverdeling', messageId: 'aboveMax', args });
    const review = decideReview([declared]);
    expect(review.reasons).toEqual([{ ruleId: 'kostenverdeling', pointer: '/x', line: 3, column: 5, messageId: 'aboveMax', args, motivering: 'Drie koppelingen' }]);
    expect(renderReview(review, 'nl').reasons[0]!.message).toBe('aandeel "personeel" is 80% van het totaal; de norm is hooguit 70% (gemelde afwijking, motivering: "Drie koppelingen")');
    expect(renderReview(review, 'en').reasons[0]!.message).toBe('share of "personeel" is 80% of the total; the norm is at most 70% (declared deviation, motivation: "Drie koppelingen")');
  });

  it('any error: ongeldig, the errors are the reasons (deviations do not count then)', () => {
    const review = decideReview([finding({ ruleId: 'bovengrens', severity: 'error', line: 44, column: 1 }), finding({ deviation: 'kostenverdeling' })]);
    expect(review).toEqual({ decision: 'ongeldig', reasons: [{ ruleId: 'bovengrens', pointer: '/x', line: 44, column: 1, messageId: 'm', args: {} }] });
  });

  it('the note on an assumed frame is rendered from the decision, in either language', () => {
    const nl = renderReview({ decision: 'standaard', reasons: [], kader: { soort: 'aanname' } }, 'nl');
    expect(nl).toEqual({ decision: 'standaard', reasons: [], kader: { soort: 'aanname', message: expect.stringMatching(/^standaard op de SPUK-route betekent: /) } });
    expect(renderReview({ decision: 'aanvullende-beoordeling', reasons: [], kader: { soort: 'aanname' } }, 'en').kader?.message).toMatch(/^the frame on the SPUK route is this tool’s assumption; /);
  });
});
