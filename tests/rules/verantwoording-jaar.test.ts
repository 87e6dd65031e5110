import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, withLines } from './account-harness.js';

const v = baseAccount();
const line = (jaar: number) => ({ categorie: 'implementatie', ontvanger: '06010101', jaar, bedrag: 1000, omschrijving: 'Werk', mijlpaal: 'projectplan-vastgesteld' });

describe('verantwoording-jaar', () => {
  roundCases('verantwoording-jaar', [
    { name: 'costs of the account’s year', files: batch({ 'v.yaml': withLines(v, [line(2027)]) }), expected: {} },
    {
      name: 'a cost of 2030, one of 2026, and one of another spending year',
      files: batch({ 'v.yaml': withLines(v, [line(2030), line(2026), line(2028)]) }),
      expected: {
        'v.yaml': [
          { messageId: 'outside', severity: 'error', pointer: '/kosten/0/jaar', args: { jaar: 2030, jaren: '2027, 2028, 2029' }, at: 'jaar: |2030' },
          { messageId: 'outside', severity: 'error', pointer: '/kosten/1/jaar', args: { jaar: 2026, jaren: '2027, 2028, 2029' }, at: 'jaar: |2026' },
          { messageId: 'otherYear', severity: 'error', pointer: '/kosten/2/jaar', args: { jaar: 2028, verantwoordingsjaar: 2027 }, at: 'jaar: |2028' },
        ],
      },
    },
    {
      name: 'an account for a year outside the spending years',
      files: batch({ 'v.yaml': withLines({ ...v, jaar: 2030 }, [line(2030)]) }),
      expected: {
        'v.yaml': [
          { messageId: 'accountOutside', severity: 'error', pointer: '/jaar', args: { jaar: 2030, jaren: '2027, 2028, 2029' }, at: 'jaar: |2030\nnza' },
          { messageId: 'outside', severity: 'error', pointer: '/kosten/0/jaar', args: { jaar: 2030, jaren: '2027, 2028, 2029' }, at: '    jaar: |2030' },
        ],
      },
    },
  ]);
});
