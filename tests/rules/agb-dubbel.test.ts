import { describe } from 'vitest';
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
