/** The per-file context: an application's modelplan and total, resolved once for rules, review, score and summary. */
import { describe, expect, it } from 'vitest';
import { resolveAanvraag } from '../../src/domain/aanvraag.js';
import { summarizeApplication } from '../../src/review/application-summary.js';
import { baseAanvraag, frame } from '../rules/harness.js';

describe('resolveAanvraag', () => {
  it('resolves the modelplan by id and versie and sums the begroting in whole euros', () => {
    const aanvraag = baseAanvraag();
    const resolved = resolveAanvraag(aanvraag, frame);
    expect(resolved.modelplan?.id).toBe(aanvraag.modelplan.id);
    expect(resolved.modelplan?.versie).toBe(aanvraag.modelplan.versie);
    expect(resolved.totaal).toBe(aanvraag.begroting.reduce((s, l) => s + l.bedrag, 0));
  });

  it('leaves the modelplan undefined for a version the frame does not have', () => {
    const aanvraag = baseAanvraag();
    aanvraag.modelplan = { ...aanvraag.modelplan, versie: '9.9.9' };
    expect(resolveAanvraag(aanvraag, frame).modelplan).toBeUndefined();
  });

  it('is what the summary reads: its total and theme come from the context, not from a second lookup', () => {
    const aanvraag = baseAanvraag();
    const resolved = resolveAanvraag(aanvraag, frame);
    const summary = summarizeApplication({ ...resolved, totaal: 123, modelplan: { ...resolved.modelplan!, thema: 'uit-de-context' } });
    expect([summary.totaal, summary.thema]).toEqual([123, 'uit-de-context']);
  });
});
