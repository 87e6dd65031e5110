/** The norm prose of a modelplan, written once (src/i18n/norms.ts) and read by init, the form and the hover alike (issue 28.3d). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFrame } from '../../src/frame/load.js';
import { assumedMark, categoryNorm, deadlineNorm, shareNorm } from '../../src/i18n/norms.js';
import { entries } from '../../src/lsp/frame-info.js';
import { ROOT } from '../helpers/cli.js';

const cat = (over: object) => ({ id: 'c', titel: 'C', financierbaar: true, bron: 'nota §4.2', ...over }) as Parameters<typeof shareNorm>[0];

describe('norm prose', () => {
  it('shares, fundability, an assumed norm and a deadline, in both languages', () => {
    expect(shareNorm(cat({ min_aandeel: 30, max_aandeel: 70 }), 'nl')).toBe(' (≥ 30%, ≤ 70%)');
    expect(shareNorm(cat({ max_aandeel: 15, bron: 'aanname: x' }), 'en')).toBe(' (≤ 15%, assumption)');
    expect(shareNorm(cat({}), 'nl')).toBe('');
    expect(categoryNorm(cat({ financierbaar: false, max_aandeel: 10 }), 'nl')).toBe(' (niet financierbaar)');
    expect(categoryNorm(cat({ financierbaar: false }), 'en')).toBe(' (not fundable)');
    expect([assumedMark('aanname: x', 'nl'), assumedMark('nota §4.2', 'nl')]).toEqual([' (aanname)', '']);
    expect([deadlineNorm('2027-06-30', 'nl'), deadlineNorm('2027-06-30', 'en')]).toEqual(['uiterlijk 2027-06-30', 'by 2027-06-30']);
  });

  it('the hover of a cost category shows the shares in the same words', async () => {
    const frame = await loadFrame(join(ROOT, 'modelplannen'), ROOT);
    const plan = frame.modelplannen.find((m) => m.kostencategorieen.some((c) => c.financierbaar && (c.min_aandeel !== undefined || c.max_aandeel !== undefined)))!;
    const c = plan.kostencategorieen.find((k) => k.financierbaar && (k.min_aandeel !== undefined || k.max_aandeel !== undefined))!;
    const hover = entries('kostencategorie', plan, frame, 'nl').find((e) => e.id === c.id)!.markdown;
    expect(hover.split('\n\n')[1]).toBe(`Norm: financierbaar: ja${shareNorm(c, 'nl')}`);
  });
});
