import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

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
  ]);
});
