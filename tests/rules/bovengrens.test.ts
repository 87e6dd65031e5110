import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import type { Aanvraag } from '../../src/domain/types.js';
import { EXAMPLES } from '../helpers/cli.js';
import { checkBatch } from './batch-harness.js';
import { baseAanvraag, checkDocument, ruleCases } from './harness.js';

/** The SPUK example (valpreventie, bovengrens € 750.000 in the bundled modelplan, an assumption there). */
const spuk = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'sociaal-domein-valpreventie.yaml'), 'utf8')) as Aanvraag;

describe('bovengrens', () => {
  ruleCases('bovengrens', [
    { name: 'a total below the bovengrens passes', base: baseAanvraag, expected: [] },
    {
      name: 'a total exactly at the bovengrens passes',
      base: baseAanvraag,
      mutate: (a) => {
        a.begroting[0]!.bedrag += 1_600_000; // 2.400.000 + 1.600.000 = 4.000.000
      },
      expected: [],
    },
    {
      name: 'one euro above the bovengrens is an error on the begroting',
      base: baseAanvraag,
      mutate: (a) => {
        a.begroting[0]!.bedrag += 1_600_001;
      },
      expected: [{ messageId: 'exceeded', severity: 'error', pointer: '/begroting', args: { totaal: 4_000_001, grens: 4_000_000, teveel: 1, normBron: 'aanname' }, at: 'begroting:' }],
    },
    {
      name: 'on the SPUK route, where the seeds name no bovengrens, a total above it is a deviation (review reason, warning), never an error',
      base: spuk,
      mutate: (a) => {
        a.begroting[0]!.bedrag += 150_001; // 600.000 + 150.001 = 750.001
      },
      expected: [{ messageId: 'exceededAssumed', severity: 'warning', pointer: '/begroting', reviewReason: true, args: { totaal: 750_001, grens: 750_000, teveel: 1 }, at: 'begroting:' }],
    },
  ]);

  it('on the SPUK route the application above the bovengrens gets additional review, says the limit is an assumption, and keeps its score', async () => {
    const a = spuk();
    a.begroting[0]!.bedrag += 150_001;
    const report = await checkBatch({ 'spuk.yaml': a });
    const file = report.files[0]!;
    expect(file.review?.decision).toBe('aanvullende-beoordeling');
    expect(file.review?.reasons.map((r) => r.ruleId)).toContain('bovengrens');
    expect(file.findings.filter((f) => f.ruleId === 'bovengrens').map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'aangevraagd totaal € 750.001 ligt € 1 boven de bovengrens van € 750.000 (aanname: de seeds noemen voor de SPUK-route geen bovengrens); een afwijking voor aanvullende beoordeling: motiveer het bedrag of breng het terug tot de bovengrens'],
    ]);
    expect(file.review?.kader).toEqual({ soort: 'aanname', message: 'het kader op de SPUK-route is een aanname van deze tool; de seeds beschrijven voor het sociaal domein geen aanvragen, modelplannen of bovengrens (nota §3: "aparte afspraken"; §4.3)' });
    expect(file.score).toBeDefined();
  });

  it('shows the amounts with Dutch digit grouping', () => {
    const a = baseAanvraag();
    a.begroting[0]!.bedrag += 2_100_000;
    const finding = checkDocument(a).findings.find((f) => f.ruleId === 'bovengrens')!;
    expect(finding.message).toBe('aangevraagd totaal € 4.500.000 ligt € 500.000 boven de bovengrens van € 4.000.000 (aanname)');
    const english = checkDocument(a, 'en').findings.find((f) => f.ruleId === 'bovengrens')!;
    expect(english.message).toBe('total requested € 4,500,000 is € 500,000 above the upper limit of € 4,000,000 (assumption)');
  });
});
