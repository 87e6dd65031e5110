import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, REQUEST_TEXT, withLines } from './account-harness.js';

const v = baseAccount();
const line = (ontvanger: string, bedrag: number, jaar = 2027) => ({ categorie: 'implementatie', ontvanger, jaar, bedrag, omschrijving: 'Werk', mijlpaal: 'projectplan-vastgesteld' });

describe('verantwoording-bedrag', () => {
  roundCases('verantwoording-bedrag', [
    { name: 'within every approved amount', files: batch({ 'v.yaml': v }), expected: {} },
    { name: 'exactly the approved amount of a provider and year', files: batch({ 'v.yaml': withLines(v, [line('06010101', 681482)]) }), expected: {} },
    {
      name: 'one euro above a provider’s year, over two lines (the year as a whole is within)',
      files: batch({ 'v.yaml': withLines(v, [line('06010101', 600000), line('06010101', 81483)]) }),
      expected: { 'v.yaml': [{ messageId: 'provider', severity: 'error', pointer: '/kosten/0/bedrag', args: { ontvanger: '06010101', jaar: 2027, gerealiseerd: 681483, goedgekeurd: 681482 }, at: 'bedrag: |600000' }] },
    },
    {
      name: 'above the year over both providers',
      files: batch({ 'v.yaml': withLines(v, [line('06010101', 681482), line('06020202', 130001)]) }),
      expected: {
        'v.yaml': [
          { messageId: 'year', severity: 'error', pointer: '/kosten', args: { jaar: 2027, gerealiseerd: 811483, goedgekeurd: 811482 }, at: 'kosten:' },
          { messageId: 'provider', severity: 'error', pointer: '/kosten/1/bedrag', args: { ontvanger: '06020202', jaar: 2027, gerealiseerd: 130001, goedgekeurd: 130000 }, at: 'bedrag: |130001' },
        ],
      },
    },
    {
      name: 'a 2027 cost booked in the 2028 account still counts against 2027 (and the total)',
      files: batch({
        'v.yaml': withLines(v, [line('06010101', 681482), line('06020202', 130000)]),
        'w.yaml': withLines({ ...v, jaar: 2028 }, [line('06010101', 332222, 2028), line('06020202', 476667, 2028), line('06010101', 1)]),
      }),
      expected: {
        'w.yaml': [
          { messageId: 'year', severity: 'error', pointer: '/kosten', args: { jaar: 2027, gerealiseerd: 811483, goedgekeurd: 811482 }, at: 'kosten:' },
          { messageId: 'provider', severity: 'error', pointer: '/kosten/2/bedrag', args: { ontvanger: '06010101', jaar: 2027, gerealiseerd: 681483, goedgekeurd: 681482 }, at: 'bedrag: |1\n' },
        ],
      },
    },
    {
      name: 'cumulative over three accounts above the approved total',
      files: batch({
        'v.yaml': withLines(v, [line('06010101', 681482), line('06020202', 130000)]),
        'w.yaml': withLines({ ...v, jaar: 2028 }, [line('06010101', 332222, 2028), line('06020202', 476667, 2028)]),
        'x.yaml': withLines({ ...v, jaar: 2029 }, [line('06010101', 136296, 2029), line('06020202', 43334, 2029)]),
      }),
      expected: {
        'x.yaml': [
          { messageId: 'total', severity: 'error', pointer: '/kosten', args: { jaar: 2029, gerealiseerd: 1800001, toegekend: 1800000 }, at: 'kosten:' },
          { messageId: 'year', severity: 'error', pointer: '/kosten', args: { jaar: 2029, gerealiseerd: 179630, goedgekeurd: 179629 }, at: 'kosten:' },
          { messageId: 'provider', severity: 'error', pointer: '/kosten/1/bedrag', args: { ontvanger: '06020202', jaar: 2029, gerealiseerd: 43334, goedgekeurd: 43333 }, at: 'bedrag: |43334' },
        ],
      },
    },
    {
      name: 'above the bovengrens: a request whose bovengrens is below its approved total (hand-edited)',
      files: { ...batch({ 'v.yaml': withLines(v, [line('06010101', 681482)]) }), 'p.nza.json': REQUEST_TEXT.replace('"bovengrens": 2500000', '"bovengrens": 600000') },
      expected: { 'v.yaml': [{ messageId: 'bovengrens', severity: 'error', pointer: '/kosten', args: { jaar: 2027, gerealiseerd: 681482, bovengrens: 600000 }, at: 'kosten:' }] },
    },
  ]);
});
