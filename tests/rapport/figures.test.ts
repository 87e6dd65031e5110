/**
 * The figures of the HTML report, read back with a real HTML parser (parse5), equal those of
 * `budget --format json` (one run per --toewijzing) and `check --format json`: on the examples, and
 * on a generated batch against a tight budget frame, so every theme is over-subscribed and the three
 * scenarios differ.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuros } from '../../src/i18n/ui.js';
import { MODELPLANNEN, ROOT, runInProcess } from '../helpers/cli.js';
import { attr, elements, parseHtml, rows, section, textOf, type Element } from './html-figures.js';

const METHODS = ['pro-rata', 'rangorde', 'verschuiven'] as const;

interface JsonApplication {
  file: string;
  thema: string;
  requested: number;
  allocated?: number;
}
interface BudgetJson {
  overall: { count: number; requested: number; budget: number };
  themas: { id: string; financieringsroute: string; richtbedrag: number | null; count: number; requested: number }[];
  plafonds: { id: string; bedrag: number; requested: number; requestedLater: number }[];
  jaarbedragen: { thema: string; jaren: { jaar: number; bedrag: number | null; requested: number }[] }[];
  breakdowns: { perJaar: { key: string; count: number; requested: number; eerderKasritme?: { bedrag: number } }[] };
  aanvragen: JsonApplication[];
  leftOut: { invalid: { file: string; kind: string | null; requested?: number }[]; duplicates: unknown[] };
  beoordeeld?: { themas: { id: string; requested: number; approved: number; perUitkomst: Record<'aangehouden' | 'afgewezen' | 'strijdig' | 'wacht', { bedrag: number }> }[] };
}

const big = (n: number | null | undefined) => (n === null || n === undefined ? null : BigInt(n));

async function json<T>(args: string[]): Promise<T> {
  const result = await runInProcess(args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

async function compare(paths: string[], extra: string[] = []): Promise<{ page: Element; budget: BudgetJson; allocated: Record<string, BudgetJson> }> {
  const html = await runInProcess(['rapport', ...paths, '--peildatum', '2027-03-01', ...extra]);
  expect(html.code, html.stderr).toBe(0);
  const page = parseHtml(html.stdout);
  const budget = await json<BudgetJson>(['budget', ...paths, '--format', 'json', ...extra]);
  const allocated = Object.fromEntries(await Promise.all(METHODS.map(async (m) => [m, await json<BudgetJson>(['budget', ...paths, '--format', 'json', '--toewijzing', m, ...extra])] as const)));
  const check = await runInProcess(['check', ...paths, '--format', 'json', ...extra]);
  const decisions = (JSON.parse(check.stdout) as { summary: { decisions: Record<string, number> } }).summary.decisions;

  // Every figure cell shows its exact value, formatted in Dutch.
  for (const cell of elements(page, (e) => attr(e, 'data-euro') !== undefined && attr(e, 'data-euro') !== '')) {
    expect(textOf(cell).trim()).toBe(formatEuros(BigInt(attr(cell, 'data-euro')!), 'nl'));
  }

  const themas = rows(section(page, 'themas'));
  for (const thema of budget.themas) {
    expect(themas.get(thema.id)!.euro).toEqual({ richtbedrag: big(thema.richtbedrag), requested: big(thema.requested) });
    expect(themas.get(thema.id)!.count).toEqual({ count: thema.count });
  }
  expect(themas.get('totaal')!.euro).toEqual({ richtbedrag: big(budget.overall.budget), requested: big(budget.overall.requested) });
  expect(themas.get('totaal')!.count.count).toBe(budget.overall.count);

  const plafonds = rows(section(page, 'plafonds'));
  for (const p of budget.plafonds) expect(plafonds.get(p.id)!.euro).toEqual({ bedrag: big(p.bedrag), requested: big(p.requested), requestedLater: big(p.requestedLater) });

  const yearSections = elements(page, (e) => e.tagName === 'section' && attr(e, 'class') === 'jaarbedragen');
  expect(yearSections.map((s) => attr(s, 'data-thema'))).toEqual(budget.jaarbedragen.map((t) => t.thema));
  budget.jaarbedragen.forEach((thema, i) => {
    const years = rows(yearSections[i]!);
    for (const y of thema.jaren) {
      const expected: Record<string, bigint | null> = { requested: big(y.requested) };
      if (y.bedrag !== null) expected.bedrag = big(y.bedrag);
      expect(years.get(String(y.jaar))!.euro).toEqual(expected);
    }
  });

  const perJaar = rows(section(page, 'per-jaar'));
  for (const y of budget.breakdowns.perJaar) {
    const expected: Record<string, bigint | null> = { requested: big(y.requested) };
    if (y.eerderKasritme) expected['eerder-kasritme'] = big(y.eerderKasritme.bedrag);
    expect([perJaar.get(y.key)!.euro, perJaar.get(y.key)!.count.count]).toEqual([expected, y.count]);
  }

  const beoordelingen = rows(section(page, 'beoordelingen'));
  for (const [decision, count] of Object.entries(decisions)) expect(beoordelingen.get(decision)!.count.count).toBe(count);

  const invalid = budget.leftOut.invalid.filter((x) => x.kind === 'aanvraag' || x.kind === null);
  if (invalid.length > 0) {
    const ongeldig = rows(section(page, 'ongeldig'), 'data-file');
    expect([...ongeldig.keys()]).toEqual(invalid.map((x) => x.file));
    for (const x of invalid) expect(ongeldig.get(x.file)!.euro.requested).toBe(big(x.requested));
    const known = invalid.filter((x) => x.requested !== undefined);
    expect(rows(section(page, 'ongeldig')).get('totaal')!.euro.requested).toBe(known.reduce((s, x) => s + BigInt(x.requested!), 0n));
  }

  const scenarios = rows(section(page, 'scenarios'));
  const applications = rows(section(page, 'aanvragen'), 'data-file');
  // With decision files among the inputs the scenarios divide the approved amounts: an application
  // not approved by both insurers has no amount in them (undefined in the JSON, unknown in the page).
  const amount = (a: { allocated?: number }) => (a.allocated === undefined ? 0n : BigInt(a.allocated));
  for (const m of METHODS) {
    const report = allocated[m]!;
    for (const thema of report.themas) {
      const sum = report.aanvragen.filter((a) => a.thema === thema.id).reduce((s, a) => s + amount(a), 0n);
      expect(scenarios.get(thema.id)!.euro[m]).toBe(sum);
    }
    expect(scenarios.get('totaal')!.euro[m]).toBe(report.aanvragen.reduce((s, a) => s + amount(a), 0n));
    const zvw = new Set(report.themas.filter((t) => t.financieringsroute === 'zvw').map((t) => t.id));
    expect(scenarios.get('zvw')!.euro[m]).toBe(report.aanvragen.filter((a) => zvw.has(a.thema)).reduce((s, a) => s + amount(a), 0n));
    for (const a of report.aanvragen) {
      expect(applications.get(a.file)!.euro[m]).toBe(a.allocated === undefined ? null : BigInt(a.allocated));
      expect(applications.get(a.file)!.euro.requested).toBe(BigInt(a.requested));
    }
  }
  // Every application file is in the table; those not counted have no scenario amounts.
  const counted = new Set(budget.aanvragen.map((a) => a.file));
  for (const [file, row] of applications) if (!counted.has(file)) expect(METHODS.map((m) => row.euro[m])).toEqual([null, null, null]);
  expect([...applications.keys()].filter((f) => counted.has(f))).toEqual(budget.aanvragen.map((a) => a.file));
  return { page, budget, allocated };
}

describe('rapport figures equal budget --format json', () => {
  it('on the examples', async () => {
    const { page, budget } = await compare(['examples/']);
    // The examples' known figures (README): 7 counted for € 11.700.000, 4 invalid of which 2 with an amount (€ 1.800.000 + € 1.200.000).
    expect(budget.overall).toMatchObject({ count: 7, requested: 11_700_000 });
    expect(rows(section(page, 'aanvragen'), 'data-file').size).toBe(11);
    expect(rows(section(page, 'ongeldig')).get('totaal')!.euro.requested).toBe(3_000_000n);
    expect(textOf(section(page, 'stempel'))).toContain('2027-03-01');
    // The bundled budgetkader records seed 004's earlier rhythm, €400m for 2027 and for 2028, none for 2029;
    // the page labels it as that rhythm, never as the total for the year (issue 24).
    expect([...rows(section(page, 'per-jaar')).values()].map((r) => r.euro['eerder-kasritme'])).toEqual([400_000_000n, 400_000_000n, undefined, undefined]);
    const perJaarText = textOf(section(page, 'per-jaar'));
    expect(perJaarText).toContain('Eerder kasritme, seed 004 (€)');
    expect(perJaarText).toContain('niet het totaal voor het jaar');
    expect(perJaarText).not.toContain('Totaal voor het jaar');
    // The decisions in examples/beoordelingen/: the first page per theme after assessment, as budget.beoordeeld has it.
    const glance = rows(section(page, 'samenvatting'));
    for (const thema of budget.beoordeeld!.themas) {
      expect(glance.get(thema.id)!.euro).toMatchObject({ requested: BigInt(thema.requested), approved: BigInt(thema.approved), rejected: BigInt(thema.perUitkomst.afgewezen.bedrag) });
      expect(glance.get(thema.id)!.euro.open).toBe(BigInt(thema.perUitkomst.aangehouden.bedrag + thema.perUitkomst.strijdig.bedrag + thema.perUitkomst.wacht.bedrag));
    }
    expect([...glance.entries()].map(([key, r]) => [key, r.euro.approved])).toEqual([
      ['ai', 2_400_000n],
      ['digitale-hybride-zorg', 1_800_000n],
      ['medische-technologie', 0n],
      ['sociaal-domein', 0n],
    ]);
    // The scenarios divide the € 4.200.000 approved; every one gives it in full.
    expect(rows(section(page, 'scenarios')).get('totaal')!.euro).toEqual({ richtbedrag: 800_000_000n, requested: 4_200_000n, 'pro-rata': 4_200_000n, rangorde: 4_200_000n, verschuiven: 4_200_000n });
  });

  describe('on a generated batch against a tight frame (three themes over-subscribed, one with room)', () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'rapport-figures-'));
      // The bundled frame with small richtbedragen, so AI, digital care and the social domain are
      // over-subscribed, and medical technology (still €50m) leaves room to shift.
      cpSync(MODELPLANNEN, join(dir, 'kader'), { recursive: true });
      const kaderFile = join(dir, 'kader', 'budgetkader.yaml');
      const tight = readFileSync(kaderFile, 'utf8')
        .replace('bedrag: 800000000', 'bedrag: 92000000')
        .replace(/bedrag: 275000000/g, 'bedrag: 20000000')
        .replace('bedrag: 200000000', 'bedrag: 2000000')
        .replace(/bedrag: 100000000/g, 'bedrag: 1000000')
        .replace('bedrag: 600000000', 'bedrag: 90000000');
      writeFileSync(kaderFile, tight);
      const { generate } = (await import(join(ROOT, 'tests/bench/generate.mjs'))) as { generate: (o: { n: number; seed: number; out: string }) => Promise<string> };
      await generate({ n: 90, seed: 16, out: join(dir, 'batch') });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('every figure, every scenario, every application', async () => {
      const { budget, allocated } = await compare([join(dir, 'batch')], ['--modelplannen', join(dir, 'kader')]);
      expect(budget.overall.count).toBe(90);
      // The three scenarios really differ here.
      const amounts = (m: string) => allocated[m]!.aanvragen.map((a) => a.allocated);
      expect(amounts('rangorde')).not.toEqual(amounts('pro-rata'));
      expect(amounts('verschuiven')).not.toEqual(amounts('pro-rata'));
      const over = budget.themas.filter((t) => t.requested > t.richtbedrag!).map((t) => t.id);
      expect(over).toEqual(['ai', 'digitale-hybride-zorg', 'sociaal-domein']);
    });
  });
});
