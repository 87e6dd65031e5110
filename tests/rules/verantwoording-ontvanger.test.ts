import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, withLines } from './account-harness.js';

const v = baseAccount();
const line = (ontvanger: string) => ({ categorie: 'implementatie', ontvanger, jaar: 2027, bedrag: 1000, omschrijving: 'Werk', mijlpaal: 'projectplan-vastgesteld' });

describe('verantwoording-ontvanger', () => {
  roundCases('verantwoording-ontvanger', [
    { name: 'both approved providers', files: batch({ 'v.yaml': withLines(v, [line('06010101'), line('06020202')]) }), expected: {} },
    {
      name: 'money routed through a party outside the request (a KvK number of a consultancy)',
      files: batch({ 'v.yaml': withLines(v, [line('06010101'), line('99887766')]) }),
      expected: { 'v.yaml': [{ messageId: 'unknown', severity: 'error', pointer: '/kosten/1/ontvanger', args: { ontvanger: '99887766', goedgekeurd: '06010101, 06020202' }, at: 'ontvanger: |"99887766"' }] },
    },
  ]);
});
