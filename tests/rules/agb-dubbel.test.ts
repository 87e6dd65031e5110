import { describe, expect, it } from 'vitest';
import type { Aanvraag } from '../../src/domain/types.js';
import { baseAanvraag } from './harness.js';
import { batchCases } from './batch-harness.js';

const retitled = (titel: string): Aanvraag => ({ ...baseAanvraag(), titel });
const alsoIn = (lid: number, agb: string, aantal: number, andere: string) => ({
  messageId: 'alsoIn',
  severity: 'warning',
  pointer: `/aanvrager/leden/${lid}/agb`,
  args: { agb, aantal, andere, modelplan: 'spraakgestuurd-rapporteren' },
  reviewReason: true,
});

describe('agb-dubbel', () => {
  batchCases('agb-dubbel', [
    { name: 'different providers: nothing to report', files: { 'a.yaml': baseAanvraag(), 'b.yaml': withOtherAgbs() }, expected: {} },
    {
      name: 'the same coalition under another title: a review reason at every shared AGB, naming the other file',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': retitled('Tweede titel') },
      expected: {
        'a.yaml': [alsoIn(0, '73730101', 1, 'b.yaml'), alsoIn(1, '75750202', 1, 'b.yaml'), alsoIn(2, '73730303', 1, 'b.yaml')],
        'b.yaml': [alsoIn(0, '73730101', 1, 'a.yaml'), alsoIn(1, '75750202', 1, 'a.yaml'), alsoIn(2, '73730303', 1, 'a.yaml')],
      },
      decisions: { 'a.yaml': 'aanvullende-beoordeling', 'b.yaml': 'aanvullende-beoordeling' },
    },
    {
      name: 'one shared provider among others',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': withOtherAgbs('73730303') },
      expected: { 'a.yaml': [alsoIn(2, '73730303', 1, 'b.yaml')], 'b.yaml': [alsoIn(2, '73730303', 1, 'a.yaml')] },
    },
    { name: 'another toepassingsgebied does not count', files: { 'a.yaml': baseAanvraag(), 'b.yaml': otherModelplan() }, expected: {} },
  ]);
});

function withOtherAgbs(third = '73739999'): Aanvraag {
  const a = retitled('Andere coalitie');
  const agbs = ['73738888', '75758888', third];
  a.aanvrager.leden.forEach((l, i) => (l.agb = agbs[i]));
  const old = ['73730101', '75750202', '73730303'];
  for (const r of a.begroting) r.ontvanger = agbs[old.indexOf(r.ontvanger)]!;
  return a;
}

function otherModelplan(): Aanvraag {
  // The same provider under capaciteitsplanning: another application area, so not reported.
  const a = retitled('Capaciteitsplanning');
  a.modelplan = { id: 'capaciteitsplanning', versie: '1.0.0' };
  return a;
}

describe('agb-dubbel over a large batch', () => {
  it('counts every other application and names the first five by path, also next to many copies of itself', async () => {
    const { agbDubbel } = await import('../../src/rules/agb-dubbel.js');
    const facts = (file: string, fingerprint: string) => ({
      file,
      fingerprint,
      modelplanId: 'spraakgestuurd-rapporteren',
      counted: true,
      agbs: [{ agb: '73730101', pointer: '/aanvrager/leden/0/agb' }],
      positions: {},
    });
    // 20 copies of one application (fingerprint x), then 7 other applications with the same provider.
    const files = [
      ...Array.from({ length: 20 }, (_, i) => facts(`a${String(i).padStart(2, '0')}.yaml`, 'x')),
      ...Array.from({ length: 7 }, (_, i) => facts(`b${i}.yaml`, `y${i}`)),
    ];
    const out = agbDubbel.check({ files });
    expect(out).toHaveLength(27);
    expect(out[0]!.args).toEqual({ agb: '73730101', aantal: 7, andere: 'b0.yaml, b1.yaml, b2.yaml, b3.yaml, b4.yaml', modelplan: 'spraakgestuurd-rapporteren' });
    expect(out[20]!.args).toEqual({ agb: '73730101', aantal: 26, andere: 'a00.yaml, a01.yaml, a02.yaml, a03.yaml, a04.yaml', modelplan: 'spraakgestuurd-rapporteren' });
  });
});
