import { describe } from 'vitest';
import { roundCases, baseAanvraag, decision } from '../round/harness.js';

const app = baseAanvraag();
const dup = (andere: string, rol = 'coordinerend') => ({ messageId: 'duplicate', severity: 'error' as const, pointer: '/rol', args: { rol, bestand: 'a.yaml', andere }, at: `rol: |${rol}` });

describe('beoordeling-dubbel', () => {
  roundCases('beoordeling-dubbel', [
    { name: 'one decision per role', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend'), 't.yaml': decision(app, 'tweede') }, expected: {} },
    {
      name: 'two coordinating decisions: each gets an error at its role naming the other, none wins by its name',
      files: { 'a.yaml': app, 'c1.yaml': decision(app, 'coordinerend'), 'c2.yaml': decision(app, 'coordinerend', { uitkomst: 'afwijzen' }) },
      expected: { 'c1.yaml': [dup('c2.yaml')], 'c2.yaml': [dup('c1.yaml')] },
    },
    {
      name: 'three second decisions: each names the other two, sorted',
      files: { 'a.yaml': app, 't-b.yaml': decision(app, 'tweede'), 't-a.yaml': decision(app, 'tweede'), 't-c.yaml': decision(app, 'tweede', { uitkomst: 'aanhouden' }) },
      expected: { 't-a.yaml': [dup('t-b.yaml, t-c.yaml', 'tweede')], 't-b.yaml': [dup('t-a.yaml, t-c.yaml', 'tweede')], 't-c.yaml': [dup('t-a.yaml, t-b.yaml', 'tweede')] },
    },
  ]);
});
