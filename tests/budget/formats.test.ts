/** The budget formatters on hand-built reports: exact amounts of any size, hostile text, bars. */
import { describe, expect, it } from 'vitest';
import { aggregateBudget } from '../../src/budget/aggregate.js';
import type { BudgetOptions } from '../../src/budget/types.js';
import { BUDGET_FORMATS, formatterFor } from '../../src/format/table.js';
import { shareBar } from '../../src/format/budget/sections.js';
import type { BudgetFormatOptions } from '../../src/format/budget/types.js';
import type { FileResult } from '../../src/report/types.js';
import { application, budgetkader, frame } from './fixtures.js';
import { csvObjects } from './csv-parse.js';

const budgetFormatters = Object.fromEntries(await Promise.all(BUDGET_FORMATS.map(async (f) => [f, await formatterFor('budget', f)] as const))) as {
  [F in (typeof BUDGET_FORMATS)[number]]: Awaited<ReturnType<typeof formatterFor<'budget', F>>>;
};

const NONE: BudgetOptions = { allocation: 'geen', excludeAdditionalReview: false };
const FORMAT: BudgetFormatOptions = { lang: 'nl', color: false, separator: ';', bom: false, headerLabels: false };
const report = (files: FileResult[], f = frame()) => aggregateBudget({ files, frame: f, lang: 'nl', options: NONE });

function hostile(): FileResult {
  const file = application({ file: 'x\u001b[2J\u202e.yaml', perJaar: { '2027': 5 } });
  file.aanvraag!.titel = '=HYPERLINK("http://x";"klik") | *vet*\nregel';
  return file;
}

describe('shareBar', () => {
  it('fills a cell per 10%, rounded down, and marks over-subscription beyond 100%', () => {
    expect(shareBar(832n, 1000n, 832n, 'under', 'nl')).toEqual({ text: '████████░░ 83,2%', tone: 'ok' });
    expect(shareBar(999n, 1000n, 999n, 'under', 'en')).toEqual({ text: '█████████░ 99.9%', tone: 'ok' });
    expect(shareBar(1000n, 1000n, 1000n, 'exact', 'nl')).toEqual({ text: '██████████ 100,0%', tone: 'ok' });
    expect(shareBar(1500n, 1000n, 1500n, 'over', 'nl')).toEqual({ text: '██████████ 150,0% ▲ overtekend', tone: 'over' });
    expect(shareBar(0n, 1000n, 0n, 'under', 'nl')).toEqual({ text: '░░░░░░░░░░ 0,0%', tone: 'ok' });
  });

  it('shows a dash without a reference or against a reference of 0', () => {
    expect(shareBar(5n, null, null, null, 'nl')).toEqual({ text: '—', tone: 'muted' });
    expect(shareBar(5n, 0n, null, 'over', 'en')).toEqual({ text: '— ▲ over-subscribed', tone: 'over' });
    expect(shareBar(0n, 0n, null, 'exact', 'en')).toEqual({ text: '—' });
  });
});

describe('budget json', () => {
  it('writes amounts beyond 2^53 digit for digit and percentages with one decimal', () => {
    const big = 10 ** 15;
    const kader = budgetkader({ totaal: { bedrag: 10 ** 12, bron: 't' } });
    const files = Array.from({ length: 12 }, (_, i) => application({ file: `a${String(i).padStart(2, '0')}.yaml`, perJaar: { '2027': big } }));
    const text = budgetFormatters.json(report(files, frame(kader)), FORMAT);
    expect(text).toContain('"requested": 12000000000000000,');
    expect(text).toContain('"percentage": 1200000.0,');
    expect(text).toContain('"difference": 11999000000000000,');
  });

  it('escapes characters that could change a terminal, losslessly', () => {
    const text = budgetFormatters.json(report([hostile()]), FORMAT);
    expect(text).toContain('"file": "x\\u001b[2J\\u202e.yaml"');
    expect(text).not.toMatch(/[\u001b\u202e]/);
    const parsed = JSON.parse(text) as { aanvragen: { file: string; titel: string }[] };
    expect(parsed.aanvragen[0]).toMatchObject({ file: 'x\u001b[2J\u202e.yaml', titel: '=HYPERLINK("http://x";"klik") | *vet*\nregel' });
  });
});

describe('budget csv', () => {
  it('quotes per RFC 4180, escapes control characters and never starts a formula', () => {
    const text = budgetFormatters.csv(report([hostile()]), FORMAT);
    const row = csvObjects(text, ';').find((r) => r.sectie === 'aanvraag')!;
    expect(row.sleutel).toBe('x\\x1b[2J\\u202e.yaml');
    expect(row.naam).toBe('\'=HYPERLINK("http://x";"klik") | *vet*\\nregel');
    expect(text).toContain(';"\'=HYPERLINK(""http://x"";""klik"") | *vet*\\nregel";');
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });

  it('writes a decimal point with --separator , and quotes fields holding a comma', () => {
    const kader = budgetkader({ themas: [{ id: 'ai', naam: 'AI, ML en zo', financieringsroute: 'zvw', richtbedrag: { bedrag: 3, bron: 't' } }] });
    const text = budgetFormatters.csv(report([application({ file: 'a.yaml', perJaar: { '2027': 1 } })], frame(kader)), { ...FORMAT, separator: ',' });
    expect(text.split('\r\n')).toContain('thema,ai,"AI, ML en zo",ai,,,zvw,3,1,0,1,-2,33.3,,,,,,');
  });

  it('ends every line in CRLF and has as many fields on every line as in the header', () => {
    const text = budgetFormatters.csv(report([application({ file: 'a.yaml' })]), FORMAT);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csvObjects(text, ';').length).toBeGreaterThan(10);
  });
});

describe('budget table and markdown', () => {
  it('escape control characters from the inputs and use colour only when asked', () => {
    const files = [hostile()];
    const table = budgetFormatters.table(report(files), FORMAT);
    expect(table).toContain('x\\x1b[2J\\u202e.yaml');
    expect(table).not.toMatch(/[\u001b\u202e]/);
    const coloured = budgetFormatters.table(report(files), { ...FORMAT, color: true });
    expect(coloured).toMatch(/\u001b\[\d+m/);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toMatch(/\u001b(?!\[\d+m)/);
  });

  it('keep pipes and markup in markdown cells literal', () => {
    const md = budgetFormatters.markdown(report([hostile()]), FORMAT);
    expect(md).toContain('| x\\\\x1b\\[2J\\\\u202e.yaml | ai | spraak | vvt | 5 |');
  });

  it('name a theme that is not in the budgetkader as such', () => {
    const table = budgetFormatters.table(report([application({ file: 'a.yaml', thema: 'zweven', perJaar: { '2027': 4 } })]), FORMAT);
    expect(table).toContain('│ zweven (niet in budgetkader) │               — │         1 │             0 │            4 │            — │ —               │');
  });
});
