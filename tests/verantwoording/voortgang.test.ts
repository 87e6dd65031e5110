/** The progress page read back with a real HTML parser (parse5) shows exactly the figures of --format json. */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { attr, elements, parseHtml, type Element } from '../rapport/html-figures.js';
import type { Voortgang } from '../../src/verantwoording/progress.js';
import { FLOW, VARIANTS } from './paths.js';


const rowsOf = (root: Element, table: string) => {
  const t = elements(root, (e) => e.tagName === 'table' && attr(e, 'data-table') === table)[0]!;
  return elements(t, (e) => e.tagName === 'tr' && attr(e, 'data-key') !== undefined).map((tr) => ({
    key: attr(tr, 'data-key')!,
    fields: Object.fromEntries(elements(tr, (e) => attr(e, 'data-field') !== undefined && attr(e, 'data-value') !== undefined).map((c) => [attr(c, 'data-field')!, attr(c, 'data-value')!])),
  }));
};

describe.each([['flow', FLOW], ['variants', VARIANTS]])('voortgang (%s)', (_name, paths) => {
  it('the page’s figures equal --format json', async () => {
    const json = await runInProcess(['voortgang', ...paths, '--format', 'json']);
    const html = await runInProcess(['voortgang', ...paths]);
    expect([json.code, html.code, json.stderr, html.stderr]).toEqual([0, 0, '', '']);
    const v = JSON.parse(json.stdout) as Voortgang;
    // Self-contained: a policy that allows nothing but the page's own style, and no script at all.
    expect(html.stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html.stdout).not.toMatch(/<script|<link|src=/);
    const root = parseHtml(html.stdout);
    expect(rowsOf(root, 'geld')).toEqual([
      ...v.geld.map((g) => ({ key: `${g.thema} ${g.jaar}`, fields: { jaar: String(g.jaar), goedgekeurd: String(g.goedgekeurd), gerealiseerd: String(g.gerealiseerd), plausibel: String(g.plausibel) } })),
      { key: 'totaal', fields: { goedgekeurd: String(v.totaal.goedgekeurd), gerealiseerd: String(v.totaal.gerealiseerd), plausibel: String(v.totaal.plausibel) } },
    ]);
    expect(rowsOf(root, 'mijlpalen')).toEqual(v.mijlpalen.rijen.map((m) => ({ key: `${m.aanvraag} ${m.mijlpaal}`, fields: { gepland: m.gepland, bereikt: m.bereikt ?? '', stand: m.stand } })));
    expect(rowsOf(root, 'besparing')).toEqual(v.besparing.map((b) => ({ key: `${b.thema} ${b.sector}`, fields: { beoogd: String(b.beoogd), gerealiseerd: String(b.gerealiseerd), tekort: String(b.tekort) } })));
    expect(rowsOf(root, 'projecten')).toEqual(v.projecten.map((p) => ({ key: p.aanvraag, fields: { laatsteJaar: String(p.laatsteJaar), redenen: p.redenen.join(' '), beoogdFte: String(p.beoogdFte), gerealiseerdFte: String(p.gerealiseerdFte) } })));
    const counts = elements(root, (e) => e.tagName === 'li' && attr(e, 'data-value') !== undefined).map((li) => [attr(li, 'data-field'), Number(attr(li, 'data-value'))]);
    expect(Object.fromEntries(counts)).toEqual(v.mijlpalen.perStand);
  });
});

describe('voortgang figures of the bundled accounts', () => {
  it('flow: approved against realised per theme and year, milestones, saving; the project over its amount first', async () => {
    const v = JSON.parse((await runInProcess(['voortgang', ...FLOW, '--format', 'json'])).stdout) as Voortgang;
    expect(v.geld.filter((g) => g.jaar === 2027)).toEqual([
      { thema: 'ai', jaar: 2027, goedgekeurd: 891667, gerealiseerd: 891667, plausibel: 891667 },
      { thema: 'digitale-hybride-zorg', jaar: 2027, goedgekeurd: 811482, gerealiseerd: 950000, plausibel: 0 },
    ]);
    expect(v.totaal).toEqual({ goedgekeurd: 3800000, gerealiseerd: 1841667, plausibel: 891667, beoogdFte: 32, gerealiseerdFte: 32 });
    expect(v.mijlpalen.perStand).toEqual({ 'op-tijd': 4, 'te-laat': 0, ontbreekt: 0, gepland: 4 });
    expect(v.projecten.map((p) => [p.aanvraag, p.redenen])).toEqual([
      ['examples/digitaal-zorgpad-copd-msz.yaml', ['fouten', 'niet-plausibel']],
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', []],
    ]);
  });

  it('variants: the milestone not reached is missing (and late is not claimed), the saving short per theme and sector', async () => {
    const v = JSON.parse((await runInProcess(['voortgang', ...VARIANTS, '--format', 'json'])).stdout) as Voortgang;
    expect(v.mijlpalen.rijen.filter((m) => m.stand === 'ontbreekt')).toEqual([{ aanvraag: 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml', mijlpaal: 'implementatie-gestart', gepland: '2027-10-01', bereikt: null, stand: 'ontbreekt' }]);
    expect(v.besparing).toEqual([
      { thema: 'ai', sector: 'vvt', beoogd: 18, gerealiseerd: 18, tekort: 0 },
      { thema: 'digitale-hybride-zorg', sector: 'msz', beoogd: 14, gerealiseerd: 6, tekort: 8 },
    ]);
    expect(v.projecten.map((p) => [p.aanvraag, p.redenen])).toEqual([
      ['examples/ai-spraakgestuurd-rapporteren-vvt.yaml', ['fouten', 'niet-plausibel', 'mijlpaal-ontbreekt']],
      ['examples/digitaal-zorgpad-copd-msz.yaml', ['minder-besparing']],
    ]);
  });
});
