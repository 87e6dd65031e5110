import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, judgement, withLines } from './account-harness.js';

const v = baseAccount();
const over = withLines(v, [{ categorie: 'implementatie', ontvanger: '06010101', jaar: 2027, bedrag: 700000, omschrijving: 'Werk', mijlpaal: 'projectplan-vastgesteld' }]);
const answers = [
  { regel: 'verantwoording-afwijking', pointer: '/kosten', motivering: '-' },
  { regel: 'verantwoording-bedrag', pointer: '/kosten/0/bedrag', motivering: '-' },
  { regel: 'verantwoording-mijlpaal', pointer: '/kosten/0/bedrag', motivering: '-' },
];

describe('plausibiliteit-uitkomst', () => {
  roundCases('plausibiliteit-uitkomst', [
    { name: 'plausible on a clean account', files: batch({ 'v.yaml': v, 't.yaml': judgement(v) }), expected: {} },
    { name: 'not plausible on an account with errors', files: batch({ 'v.yaml': over, 't.yaml': judgement(over, { uitkomst: 'niet-plausibel', reacties: answers }) }), expected: {} },
    {
      name: 'plausible under conditions on an account with errors, and without conditions',
      files: batch({ 'v.yaml': over, 't.yaml': judgement(over, { uitkomst: 'plausibel-onder-voorwaarden', reacties: answers }) }),
      expected: {
        't.yaml': [
          { messageId: 'noConditions', severity: 'error', pointer: '/uitkomst', at: 'uitkomst: |plausibel' },
          { messageId: 'withErrors', severity: 'error', pointer: '/uitkomst', args: { fouten: 6, uitkomst: 'plausibel-onder-voorwaarden' }, at: 'uitkomst: |plausibel' },
        ],
      },
    },
  ]);
});
