import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch } from './account-harness.js';

const v = baseAccount();

describe('verantwoording-dubbel', () => {
  roundCases('verantwoording-dubbel', [
    { name: 'one account per year', files: batch({ 'v.yaml': v, 'w.yaml': { ...v, jaar: 2028, kosten: [] } }), expected: {} },
    {
      name: 'the same project and year twice: the second is the error',
      files: batch({ 'v.yaml': v, 'w.yaml': { ...v, kosten: [] } }),
      expected: { 'w.yaml': [{ messageId: 'twice', severity: 'error', pointer: '/jaar', args: { jaar: 2027, eerste: 'v.yaml' }, at: 'jaar: |2027' }] },
    },
  ]);
});
