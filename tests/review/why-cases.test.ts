/**
 * Issue 13, "Why": each case an assessor tried came out `standaard` with score 100. Through the
 * real CLI, each now gets another decision with the reason named, and the score ranks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { EXAMPLES } from '../helpers/cli.js';
import { baseAanvraag } from '../rules/harness.js';
import { checkBatch } from '../rules/batch-harness.js';

const medtech = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'medtech-slim-incontinentiemateriaal-vvt.yaml'), 'utf8')) as Aanvraag;

const single: [string, () => Aanvraag, string, string][] = [
  ['a line "Aanschaf 2.000 sensorluiers" booked under implementatie', () => {
    const a = medtech();
    a.begroting[0]!.omschrijving = 'Aanschaf 2.000 sensorluiers';
    return a;
  }, 'aanvullende-beoordeling', 'kosten-signaalwoord'],
  ['a "Jaarlicentie … per jaar" line', () => {
    const a = baseAanvraag();
    a.begroting[2]!.omschrijving = 'Jaarlicentie spraakmodule, € 100.000 per jaar';
    return a;
  }, 'aanvullende-beoordeling', 'kosten-signaalwoord'],
  ['all spending in 2029', () => {
    const a = baseAanvraag();
    for (const r of a.begroting) r.jaar = 2029;
    return a;
  }, 'aanvullende-beoordeling', 'aandeel-2029'],
  ['a Zvw application whose members are all overig', () => {
    const a = baseAanvraag();
    for (const l of a.aanvrager.leden) l.soort = 'overig';
    return a;
  }, 'ongeldig', 'zvw-zorgaanbieder'],
  ['structural financing "uit het reguliere Wlz-budget"', () => {
    const a = baseAanvraag();
    a.borging.structurele_financiering = 'Na de projectperiode uit het reguliere Wlz-budget.';
    return a;
  }, 'aanvullende-beoordeling', 'financiering-buiten-zvw'],
];

describe('the cases of issue 13 are no longer standaard', () => {
  it.each(single)('%s', async (_name, make, decision, ruleId) => {
    const report = await checkBatch({ 'aanvraag.yaml': make() });
    const file = report.files[0]!;
    expect(file.review?.decision).toBe(decision);
    expect(file.review?.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it('the same coalition with the same AGB codes under another title', async () => {
    const report = await checkBatch({ 'a.yaml': baseAanvraag(), 'b.yaml': { ...baseAanvraag(), titel: 'Een andere titel' } });
    for (const file of report.files) {
      expect(file.review?.decision).toBe('aanvullende-beoordeling');
      // The same AGB codes (agb-dubbel), the same region and KvK numbers (project-regio).
      expect(new Set(file.review?.reasons.map((r) => r.ruleId))).toEqual(new Set(['agb-dubbel', 'project-regio']));
    }
  });

  it('the same file submitted twice', async () => {
    const report = await checkBatch({ 'a.yaml': baseAanvraag(), 'b.yaml': baseAanvraag() });
    for (const file of report.files) {
      expect(file.review?.decision).toBe('aanvullende-beoordeling');
      expect(file.review?.reasons.map((r) => r.ruleId)).toContain('aanvraag-dubbel');
    }
  });

  it('two conforming applications that differ only in fte saved score differently, with --jobs too', async () => {
    // Another coalition (other AGB and KvK codes) in another region, otherwise agb-dubbel and
    // project-regio would rightly ask for review.
    const more = baseAanvraag();
    more.businesscase.fte_besparing = 24;
    more.aanvrager.zorgkantoorregio = 'ZK16';
    more.aanvrager.leden.forEach((l) => {
      l.agb = l.agb!.replace(/^(\d{4})/, '9999');
      delete l.kvk;
    });
    for (const r of more.begroting) r.ontvanger = r.ontvanger.replace(/^(\d{4})/, '9999');
    for (const jobs of ['1', '2']) {
      const report = await checkBatch({ 'a.yaml': baseAanvraag(), 'b.yaml': more }, ['--jobs', jobs]);
      expect(report.files.map((f) => [f.file, f.review?.decision, f.score?.total])).toEqual([
        ['a.yaml', 'standaard', 115],
        ['b.yaml', 'standaard', 130],
      ]);
    }
  });
});
