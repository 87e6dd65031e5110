/** The score is derived from rule outcomes (SCORE_RULES) and ranks: doelmatigheid is not capped. */
import { describe, expect, it } from 'vitest';
import type { Aanvraag } from '../../src/domain/types.js';
import { SCORE_ELEMENTS } from '../../src/domain/types.js';
import { SCORE_RULES, scoreAanvraag } from '../../src/review/score.js';
import { registry } from '../../src/rules/index.js';
import { resolveAanvraag } from '../../src/domain/aanvraag.js';
import { baseAanvraag, checkDocument, frame } from '../rules/harness.js';

function score(aanvraag: Aanvraag) {
  const resolved = resolveAanvraag(aanvraag, frame);
  return scoreAanvraag({ ...resolved, modelplan: resolved.modelplan! }, checkDocument(aanvraag).findings);
}

describe('score', () => {
  it('maps every score element to registered rules', () => {
    expect(Object.keys(SCORE_RULES).sort()).toEqual([...SCORE_ELEMENTS].sort());
    for (const { rules } of Object.values(SCORE_RULES)) for (const id of rules) expect(Object.keys(registry)).toContain(id);
  });

  it('two conforming applications that differ only in fte saved score differently', () => {
    const a = baseAanvraag();
    const b = baseAanvraag();
    b.businesscase.fte_besparing = 24;
    const sa = score(a);
    const sb = score(b);
    // € 2.400.000 / 18 fte = € 133.333 per fte against a norm of € 200.000: 150.0; with 24 fte: 200.0.
    expect([sa.conformiteit, sa.doelmatigheid, sa.total]).toEqual([100, 150, 115]);
    expect([sb.conformiteit, sb.doelmatigheid, sb.total]).toEqual([100, 200, 130]);
  });

  it('an element loses an item for each subject a deciding rule reported, not per finding', () => {
    const a = baseAanvraag();
    a.mijlpalen[0]!.datum = '2027-04-15'; // late: mijlpaal-termijn
    const s = score(a);
    expect(s.elements.find((e) => e.element === 'mijlpalen')).toEqual({
      element: 'mijlpalen',
      weight: 25,
      met: 3,
      counted: 4,
      rules: ['mijlpalen-verplicht', 'mijlpaal-termijn', 'mijlpaal-looptijd'],
    });
    expect(s.conformiteit).toBe(93.8); // 75 + 25 × 3/4
  });

  it('scores doelmatigheid 0 without fte saved', () => {
    const a = baseAanvraag();
    a.businesscase.fte_besparing = 0;
    expect(score(a).doelmatigheid).toBe(0);
    expect(score(a).euroPerFte).toBeNull();
  });
});
