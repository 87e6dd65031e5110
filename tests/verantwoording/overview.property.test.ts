/** The NZa overview's totals per insurer and per theme add up to the plausible accounts (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccountOverview } from '../../src/verantwoording/overview.js';
import { ACCOUNT_STATES, type AccountStateRow } from '../../src/verantwoording/states.js';
import type { Budgetkader } from '../../src/domain/types.js';

const budgetkader = { plafonds: [{ id: 'zvw', naam: 'Zvw', financieringsroute: 'zvw', bedrag: 600_000_000, tot_en_met: 2029, bron: 'test' }] } as unknown as Budgetkader;

const row = fc.record({
  project: fc.integer({ min: 0, max: 7 }),
  thema: fc.constantFrom('ai', 'digitale-hybride-zorg', 'medische-technologie'),
  uzovi: fc.constantFrom('3311', '3343', '3358', '7029'),
  jaar: fc.constantFrom(2027, 2028, 2029),
  status: fc.constantFrom(...ACCOUNT_STATES),
  bedrag: fc.integer({ min: 0, max: 5_000_000 }),
});

/** One row per project and year, as accountStates gives them. */
type Raw = { project: number; thema: string; uzovi: string; jaar: number; status: (typeof ACCOUNT_STATES)[number]; bedrag: number };
const rowsOf = (raw: readonly Raw[]): AccountStateRow[] => {
  const seen = new Set<string>();
  return raw.flatMap((r) => {
    const key = `${r.project} ${r.jaar}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const missing = r.status === 'ontbreekt';
    return [{
      aanvraag: `p${r.project}.yaml`, fingerprint: String(r.project).padStart(64, '0'), titel: `P${r.project}`, thema: r.thema,
      coordinerend: { naam: `V${r.uzovi}`, uzovi: r.uzovi }, jaar: r.jaar, status: r.status,
      verantwoording: missing ? null : `p${r.project}.${r.jaar}.yaml`, plausibiliteit: null,
      uitkomst: r.status === 'plausibel' ? 'plausibel' : r.status === 'niet-plausibel' ? 'niet-plausibel' : null,
      gerealiseerd: missing ? null : r.bedrag, fouten: 0,
    }];
  });
};

describe('export nza-verantwoording totals', () => {
  it('per insurer and per theme add up to the plausible accounts of the year; the rest is listed apart; cumulative through the year', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.constantFrom(2027, 2028, 2029), (raw, jaar) => {
        const rows = rowsOf(raw);
        const o = buildAccountOverview(rows, jaar, budgetkader);
        const plausible = rows.filter((r) => r.jaar === jaar && r.status === 'plausibel');
        const sum = (xs: readonly AccountStateRow[]) => xs.reduce((s, r) => s + (r.gerealiseerd ?? 0), 0);
        expect(o.totaal.plausibel).toBe(sum(plausible));
        expect(o.perVerzekeraar.reduce((s, v) => s + v.vasteKosten, 0)).toBe(o.totaal.plausibel);
        expect(o.perThema.reduce((s, x) => s + x.plausibel, 0)).toBe(o.totaal.plausibel);
        for (const v of o.perVerzekeraar) expect(v.vasteKosten).toBe(sum(plausible.filter((r) => r.coordinerend.uzovi === v.uzovi)));
        for (const th of o.perThema) expect(th.plausibel).toBe(sum(plausible.filter((r) => r.thema === th.thema)));
        const through = rows.filter((r) => r.jaar <= jaar && r.status === 'plausibel');
        expect(o.totaal.cumulatief).toBe(sum(through));
        expect(o.perThema.reduce((s, x) => s + x.cumulatief, 0)).toBe(o.totaal.cumulatief);
        expect(o.plafond.ruimte).toBe(600_000_000 - o.totaal.cumulatief);
        expect(o.plafond.binnenPlafond).toBe(o.totaal.cumulatief <= 600_000_000);
        expect(o.perVerzekeraar.flatMap((v) => v.projecten.map((p) => p.aanvraag)).sort()).toEqual(plausible.map((r) => r.aanvraag).sort());
        expect(o.apart.map((p) => p.aanvraag).sort()).toEqual(rows.filter((r) => r.jaar === jaar && r.status !== 'plausibel').map((r) => r.aanvraag).sort());
      }),
      { numRuns: 300 },
    );
  });
});
