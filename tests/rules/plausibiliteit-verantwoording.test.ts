import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, judgement } from './account-harness.js';

const v = baseAccount();

describe('plausibiliteit-verantwoording', () => {
  roundCases('plausibiliteit-verantwoording', [
    { name: 'the coordinating insurer judges the account as it is', files: batch({ 'v.yaml': v, 't.yaml': judgement(v) }), expected: {} },
    {
      name: 'the account changed after the judgement',
      files: batch({ 'v.yaml': { ...v, besparing: { ...v.besparing, fte: 15 } }, 't.yaml': judgement(v) }),
      expected: { 't.yaml': [{ messageId: 'changed', severity: 'error', pointer: '/verantwoording/fingerprint', args: { bestand: 'v.yaml' }, at: 'fingerprint: |' }] },
    },
    {
      name: 'no account with that content in the run',
      files: batch({ 't.yaml': judgement(v) }),
      expected: { 't.yaml': [{ messageId: 'unknown', severity: 'error', pointer: '/verantwoording/fingerprint', args: { fingerprint: judgement(v).verantwoording.fingerprint.slice(0, 12) }, at: 'fingerprint: |' }] },
    },
    {
      name: 'the second insurer judges, and a second judgement of the same account',
      files: batch({ 'v.yaml': v, 't.yaml': judgement(v), 'u.yaml': judgement(v, { verzekeraar: { naam: 'Zorgverzekeraar Voorbeeld West', uzovi: '7029' } }) }),
      expected: {
        'u.yaml': [
          { messageId: 'twice', severity: 'error', pointer: '/verantwoording', args: { eerste: 't.yaml' }, at: '|verantwoording:' },
          { messageId: 'verzekeraar', severity: 'error', pointer: '/verzekeraar/uzovi', args: { uzovi: '7029', verwacht: '3358' }, at: 'uzovi: |"7029"' },
        ],
      },
    },
  ]);
});
