import { describe, expect, it } from 'vitest';
import { baseAanvraag, checkDocument, ruleCases } from './harness.js';

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
      expected: [{ messageId: 'exceeded', severity: 'error', pointer: '/begroting', args: { totaal: 4_000_001, grens: 4_000_000, teveel: 1 }, at: 'begroting:' }],
    },
  ]);

  it('shows the amounts with Dutch digit grouping', () => {
    const a = baseAanvraag();
    a.begroting[0]!.bedrag += 2_100_000;
    const finding = checkDocument(a).findings.find((f) => f.ruleId === 'bovengrens')!;
    expect(finding.message).toBe('aangevraagd totaal € 4.500.000 ligt € 500.000 boven de bovengrens van € 4.000.000');
    const english = checkDocument(a, 'en').findings.find((f) => f.ruleId === 'bovengrens')!;
    expect(english.message).toBe('total requested € 4,500,000 is € 500,000 above the upper limit of € 4,000,000');
  });
});
