import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, judgement } from './account-harness.js';

const short = (() => {
  const v = baseAccount();
  return { ...v, besparing: { ...v.besparing, fte: 6 } };
})();

describe('plausibiliteit-reactie', () => {
  roundCases('plausibiliteit-reactie', [
    {
      name: 'every finding answered',
      files: batch({ 'v.yaml': short, 't.yaml': judgement(short, { uitkomst: 'plausibel-onder-voorwaarden', voorwaarden: ['Nieuwe meting in 2028'], reacties: [{ regel: 'verantwoording-fte', pointer: '/besparing/fte', motivering: 'Eerste jaar; meting 2028.' }] }) }),
      expected: {},
    },
    {
      name: 'a finding unanswered, and a response to a finding the account does not have',
      files: batch({ 'v.yaml': short, 't.yaml': judgement(short, { reacties: [{ regel: 'verantwoording-bedrag', pointer: '/kosten', motivering: 'Oud.' }] }) }),
      expected: {
        't.yaml': [
          { messageId: 'missing', severity: 'error', pointer: '/reacties', args: { regel: 'verantwoording-fte', pointer: '/besparing/fte' }, at: 'reacties:' },
          { messageId: 'unknown', severity: 'warning', pointer: '/reacties/0/regel', args: { regel: 'verantwoording-bedrag', pointer: '/kosten' }, at: 'regel: |verantwoording-bedrag' },
        ],
      },
    },
  ]);
});
