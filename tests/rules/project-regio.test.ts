import { describe } from 'vitest';
import type { Aanvraag } from '../../src/domain/types.js';
import { batchCases } from './batch-harness.js';
import { baseAanvraag } from './harness.js';

/** Another coalition: other AGB codes, no KvK numbers, optionally another region. */
function other(region?: string): Aanvraag {
  const a = baseAanvraag();
  if (region) a.aanvrager.zorgkantoorregio = region;
  a.aanvrager.leden.forEach((l) => {
    l.agb = l.agb!.replace(/^(\d{4})/, '9999');
    delete l.kvk;
  });
  for (const r of a.begroting) r.ontvanger = r.ontvanger.replace(/^(\d{4})/, '9999');
  a.titel = 'Een andere coalitie';
  return a;
}

describe('project-regio', () => {
  batchCases('project-regio', [
    { name: 'one application', files: { 'a.yaml': baseAanvraag() }, expected: {} },
    { name: 'two coalitions in two regions', files: { 'a.yaml': baseAanvraag(), 'b.yaml': other('ZK16') }, expected: {}, decisions: { 'a.yaml': 'standaard', 'b.yaml': 'standaard' } },
    {
      name: 'two coalitions in one region: one application per project per region, with their sum',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': other() },
      expected: {
        'a.yaml': [{ messageId: 'sameRegion', severity: 'warning', pointer: '/aanvrager/zorgkantoorregio', args: { regio: 'ZK11', aantal: 1, andere: 'b.yaml', samen: 4800000, modelplan: 'spraakgestuurd-rapporteren', bovengrens: 4000000 }, reviewReason: true }],
        'b.yaml': [{ messageId: 'sameRegion', severity: 'warning', pointer: '/aanvrager/zorgkantoorregio', args: { regio: 'ZK11', aantal: 1, andere: 'a.yaml', samen: 4800000, modelplan: 'spraakgestuurd-rapporteren', bovengrens: 4000000 }, reviewReason: true }],
      },
      decisions: { 'a.yaml': 'aanvullende-beoordeling', 'b.yaml': 'aanvullende-beoordeling' },
    },
    {
      name: 'one organisation (KvK) under other AGB codes in another region',
      files: {
        'a.yaml': baseAanvraag(),
        'b.yaml': (() => {
          const b = other('ZK16');
          b.aanvrager.leden[0]!.kvk = '41234567';
          return b;
        })(),
      },
      expected: {
        'a.yaml': [{ messageId: 'sameOrganisation', severity: 'warning', pointer: '/aanvrager/leden/0/kvk', args: { kvk: '41234567', aantal: 1, andere: 'b.yaml', samen: 4800000, modelplan: 'spraakgestuurd-rapporteren', bovengrens: 4000000 }, reviewReason: true }],
        'b.yaml': [{ messageId: 'sameOrganisation', severity: 'warning', pointer: '/aanvrager/leden/0/kvk', args: { kvk: '41234567', aantal: 1, andere: 'a.yaml', samen: 4800000, modelplan: 'spraakgestuurd-rapporteren', bovengrens: 4000000 }, reviewReason: true }],
      },
    },
    { name: 'exact copies are aanvraag-dubbel’s', files: { 'a.yaml': baseAanvraag(), 'b.yaml': baseAanvraag() }, expected: {} },
  ]);
});
