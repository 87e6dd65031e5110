import { describe } from 'vitest';
import type { Aanvraag } from '../../src/domain/types.js';
import { baseAanvraag, ruleCases } from './harness.js';

/** The speech application moved to mentaal-schakelpunt, whose regionale-samenwerking is required. */
const msp = (): Aanvraag => {
  const a = baseAanvraag();
  a.modelplan = { id: 'mentaal-schakelpunt', versie: '1.0.0' };
  return a;
};

describe('regionale-invulling', () => {
  ruleCases('regionale-invulling', [
    { name: 'no regional elaboration, no finding', base: baseAanvraag, expected: [] },
    {
      name: 'a filled-in regional part is a review reason',
      base: baseAanvraag,
      mutate: (a) => (a.regionale_invulling = [{ id: 'implementatieregio', invulling: 'Start in de Vechtstreek' }]),
      expected: [{ messageId: 'filledIn', severity: 'info', pointer: '/regionale_invulling/0', reviewReason: true, args: { id: 'implementatieregio', titel: 'Keuze en afbakening van de implementatieregio' }, at: 'id: implementatieregio' }],
    },
    {
      name: 'a part the modelplan does not leave to the region is an error',
      base: baseAanvraag,
      mutate: (a) => (a.regionale_invulling = [{ id: 'bekostiging', invulling: 'Eigen tarief' }]),
      expected: [{ messageId: 'notOffered', severity: 'error', pointer: '/regionale_invulling/0/id', args: { id: 'bekostiging', ids: 'implementatieregio, regionale-samenwerking' }, at: 'bekostiging' }],
    },
    {
      name: 'a required regional part that is not filled in is an error',
      base: msp,
      expected: [{ messageId: 'requiredMissing', severity: 'error', pointer: '', args: { id: 'regionale-samenwerking', titel: 'Regionale samenwerkingsafspraken (ROAZ / regioplan)' } }],
    },
    {
      name: 'filled in, it is a review reason like any other',
      base: msp,
      mutate: (a) => (a.regionale_invulling = [{ id: 'regionale-samenwerking', invulling: 'Afspraken in het ROAZ Midden-Nederland' }]),
      expected: [{ messageId: 'filledIn', severity: 'info', pointer: '/regionale_invulling/0', reviewReason: true }],
    },
  ]);
});
