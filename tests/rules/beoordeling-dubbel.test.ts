import { describe } from 'vitest';
import { roundCases, baseAanvraag, decision } from '../round/harness.js';

const app = baseAanvraag();

describe('beoordeling-dubbel', () => {
  roundCases('beoordeling-dubbel', [
    { name: 'one decision per role', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend'), 't.yaml': decision(app, 'tweede') }, expected: {} },
    {
      name: 'two coordinating decisions: the later by path gets an error at its role, naming the first',
      files: { 'a.yaml': app, 'c1.yaml': decision(app, 'coordinerend'), 'c2.yaml': decision(app, 'coordinerend', { uitkomst: 'afwijzen' }) },
      expected: { 'c2.yaml': [{ messageId: 'duplicate', severity: 'error', pointer: '/rol', args: { rol: 'coordinerend', bestand: 'a.yaml', eerste: 'c1.yaml' }, at: 'rol: |coordinerend' }] },
    },
  ]);
});
