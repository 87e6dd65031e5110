import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, withLines } from './account-harness.js';

// Approved for 2027 (NZa request) € 811.482, split as the application's 2027 begroting split it:
// implementatie 384.386, licenties-en-ict 213.548, opleiding 128.129, projectmanagement 85.419.
const v = baseAccount();
const line = (categorie: string, bedrag: number, ontvanger = '06010101') => ({ categorie, ontvanger, jaar: 2027, bedrag, omschrijving: 'Werk', mijlpaal: 'projectplan-vastgesteld' });
const rest = [line('licenties-en-ict', 213548), line('opleiding', 128129, '06020202'), line('projectmanagement', 85419)];

describe('verantwoording-afwijking', () => {
  roundCases('verantwoording-afwijking', [
    { name: 'every category within 10% (the bundled account)', files: batch({ 'v.yaml': v }), expected: {} },
    { name: 'implementatie exactly at the threshold (+10%, rounded down)', files: batch({ 'v.yaml': withLines(v, [line('implementatie', 422824), ...rest]) }), expected: {} },
    {
      name: 'implementatie one euro beyond the threshold, projectmanagement not spent at all',
      files: batch({ 'v.yaml': withLines(v, [line('implementatie', 422825), ...rest.slice(0, 2)]) }),
      expected: {
        'v.yaml': [
          { messageId: 'unexplained', severity: 'error', pointer: '/kosten', args: { categorie: 'projectmanagement', jaar: 2027, gerealiseerd: 0, goedgekeurd: 85419, drempel: 10 }, at: 'kosten:' },
          { messageId: 'unexplained', severity: 'error', pointer: '/kosten/0/categorie', args: { categorie: 'implementatie', jaar: 2027, gerealiseerd: 422825, goedgekeurd: 384386, drempel: 10 }, at: 'categorie: |implementatie' },
        ],
      },
    },
    {
      name: 'a category the begroting did not have this year (approved 0), and deviations explained',
      files: batch({ 'v.yaml': { ...withLines(v, [line('evaluatie', 5000), line('implementatie', 500000), ...rest]), afwijkingen: [{ categorie: 'implementatie', toelichting: 'Extra teams in 2027 aangesloten.' }] } }),
      expected: { 'v.yaml': [{ messageId: 'unexplained', severity: 'error', pointer: '/kosten/0/categorie', args: { categorie: 'evaluatie', jaar: 2027, gerealiseerd: 5000, goedgekeurd: 0, drempel: 10 }, at: 'categorie: |evaluatie' }] },
    },
  ]);
});
