/**
 * Issue 25, point 1: the report's first page answers the BO's question after assessment: is a theme
 * over- or under-subscribed once the insurers decided, by how much, and what each scenario does
 * (who gets less, a few lines per theme). A round copied from examples/ against a frame whose
 * digital-care guide amount is € 1.000.000: € 1.800.000 approved there, € 1.500.000 held, € 900.000 rejected.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, MODELPLANNEN, runInProcess } from '../helpers/cli.js';
import { attr, elements, parseHtml, rows, section, textOf } from './html-figures.js';

function round(): { dir: string; frame: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-assessed-'));
  mkdirSync(join(dir, 'beoordelingen'));
  const apps = ['digitaal-zorgpad-copd-msz', 'afwijking-niet-gemeld-emdr-ggz', 'regionale-invulling-digitale-triage', 'ai-spraakgestuurd-rapporteren-vvt'];
  for (const name of apps) {
    copyFileSync(join(EXAMPLES, `${name}.yaml`), join(dir, `${name}.yaml`));
    for (const d of readdirSync(join(EXAMPLES, 'beoordelingen')).filter((f) => f.startsWith(`${name}.`))) copyFileSync(join(EXAMPLES, 'beoordelingen', d), join(dir, 'beoordelingen', d));
  }
  const frame = mkdtempSync(join(tmpdir(), 'rapport-assessed-frame-'));
  for (const name of readdirSync(MODELPLANNEN).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(MODELPLANNEN, name), join(frame, name));
  let seen = 0;
  const kader = readFileSync(join(frame, 'budgetkader.yaml'), 'utf8').replace(/bedrag: 275000000/g, (m) => (++seen === 2 ? 'bedrag: 1000000' : m));
  writeFileSync(join(frame, 'budgetkader.yaml'), kader);
  return { dir, frame };
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('rapport after assessment', () => {
  it('says per theme whether it is over-subscribed after assessment, by how much, and what each scenario does', async () => {
    const { dir, frame } = round();
    const result = await runInProcess(['rapport', '.', '--modelplannen', frame, '--peildatum', '2027-03-01'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const page = parseHtml(result.stdout);
    const first = section(page, 'samenvatting');
    expect(squeeze(textOf(first))).toContain('Na beoordeling overtekend: Digitale en hybride zorg (180,0%, +800.000)');
    const glance = rows(first);
    expect(glance.get('digitale-hybride-zorg')!.euro).toEqual({ richtbedrag: 1_000_000n, requested: 4_500_000n, approved: 1_800_000n, open: 1_500_000n, rejected: 900_000n });
    expect(glance.get('ai')!.euro).toEqual({ richtbedrag: 275_000_000n, requested: 2_400_000n, approved: 2_400_000n, open: 0n, rejected: 0n });
    const [digital] = elements(first, (e) => e.tagName === 'li' && attr(e, 'data-advice') === 'digitale-hybride-zorg');
    expect(attr(digital!, 'data-subscription')).toBe('over');
    const lines = elements(digital!, (e) => e.tagName === 'li' && e !== digital).map((e) => squeeze(textOf(e)));
    expect(lines).toEqual([
      'Nog niet beslist: € 1.500.000 gevraagd; als dat allemaal zo wordt goedgekeurd: 330,0% van het richtbedrag.',
      'Pro rata: € 1.000.000 voor het thema; 1 aanvraag/aanvragen krijgen samen € 800.000 minder dan goedgekeurd (0 niets); het meest: Hybride zorgpad COPD: thuismonitoring e… € 1.000.000 i.p.v. € 1.800.000.',
      'Rangorde (score): € 1.000.000 voor het thema; 1 aanvraag/aanvragen krijgen samen € 800.000 minder dan goedgekeurd (0 niets); het meest: Hybride zorgpad COPD: thuismonitoring e… € 1.000.000 i.p.v. € 1.800.000.',
      'Verschuiven (binnen Zvw-plafond): iedereen het goedgekeurde bedrag (€ 1.800.000).',
    ]);
    expect(squeeze(textOf(elements(digital!, (e) => e.tagName === 'strong')[0]!))).toBe('Digitale en hybride zorg: € 1.800.000 goedgekeurd tegen een richtbedrag van € 1.000.000 (180,0%): overtekend met € 800.000.');
    // Themes nobody is cut in get no scenario lines; said once.
    expect(squeeze(textOf(elements(first, (e) => attr(e, 'data-field') === 'advice-no-cuts')[0]!))).toBe('In de andere thema’s geeft elk scenario elke goedgekeurde aanvraag haar goedgekeurde bedrag.');
    // The scenarios section divides the approved amounts; the held and rejected applications have none.
    expect(rows(section(page, 'scenarios')).get('digitale-hybride-zorg')!.euro).toEqual({ richtbedrag: 1_000_000n, requested: 1_800_000n, 'pro-rata': 1_000_000n, rangorde: 1_000_000n, verschuiven: 1_800_000n });
    const table = rows(section(page, 'aanvragen'), 'data-file');
    expect(table.get('afwijking-niet-gemeld-emdr-ggz.yaml')!.euro['pro-rata']).toBeNull();
    expect(table.get('digitaal-zorgpad-copd-msz.yaml')!.euro['pro-rata']).toBe(1_000_000n);
    // The body holds the BO's totals in the same tables as `budget` (one table model).
    const body = squeeze(textOf(section(page, 'beoordeeld')));
    for (const title of ['Na beoordeling: per thema', 'Na beoordeling: per thema en jaar', 'Na beoordeling: plafonds', 'Na beoordeling: scenario’s op de goedgekeurde bedragen']) expect(body).toContain(title);
  });

  it('without decision files the first page is as before (no assessed figures)', async () => {
    const result = await runInProcess(['rapport', 'examples/*.yaml', '--peildatum', '2027-03-01']);
    expect(result.code).toBe(0);
    const page = parseHtml(result.stdout);
    expect(elements(page, (e) => attr(e, 'id') === 'beoordeeld')).toEqual([]);
    expect(elements(page, (e) => attr(e, 'data-advice') !== undefined)).toEqual([]);
    expect(squeeze(textOf(section(page, 'samenvatting')))).toContain('In geen enkel scenario krijgt een aanvraag minder dan gevraagd.');
  });
});
