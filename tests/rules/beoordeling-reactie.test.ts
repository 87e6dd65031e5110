import { describe } from 'vitest';
import { roundCases, decision, regionalAanvraag } from '../round/harness.js';

const app = regionalAanvraag();
const both = [
  { regel: 'regionale-invulling', pointer: '/regionale_invulling/0', motivering: 'Regio afgebakend.' },
  { regel: 'regionale-invulling', pointer: '/regionale_invulling/1', motivering: 'ROAZ-afspraken liggen er.' },
];

describe('beoordeling-reactie', () => {
  roundCases('beoordeling-reactie', [
    { name: 'every reason answered', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { reacties: both }) }, expected: {} },
    {
      name: 'a reason left unanswered: an error at reacties',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { reacties: [both[0]!] }) },
      expected: { 'c.yaml': [{ messageId: 'missing', severity: 'error', pointer: '/reacties', args: { regel: 'regionale-invulling', pointer: '/regionale_invulling/1' }, at: 'reacties:' }] },
    },
    {
      name: 'an answer to a reason the application does not have: a warning at its rule',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { reacties: [...both, { regel: 'bovengrens', pointer: '/begroting', motivering: 'x' }] }) },
      expected: { 'c.yaml': [{ messageId: 'unknown', severity: 'warning', pointer: '/reacties/2/regel', args: { regel: 'bovengrens', pointer: '/begroting' }, at: 'regel: |bovengrens' }] },
    },
  ]);
});
