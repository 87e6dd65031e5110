import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, withLines } from './account-harness.js';

const v = baseAccount();
const line = (categorie: string) => ({ categorie, ontvanger: '06010101', jaar: 2027, bedrag: 1000, omschrijving: 'Werk', mijlpaal: 'projectplan-vastgesteld' });

describe('verantwoording-categorie', () => {
  roundCases('verantwoording-categorie', [
    { name: 'fundable categories of the modelplan (a knowledge network about aids too)', files: batch({ 'v.yaml': withLines(v, [line('implementatie'), line('kennisnetwerk')]) }), expected: {} },
    {
      name: 'the purchase of aids, and a category the modelplan does not have',
      files: batch({ 'v.yaml': withLines(v, [line('aanschaf-hulpmiddelen'), line('huisvesting')]) }),
      expected: {
        'v.yaml': [
          { messageId: 'notFundable', severity: 'error', pointer: '/kosten/0/categorie', args: { categorie: 'aanschaf-hulpmiddelen', modelplan: 'digitale-hybride-zorgpaden' }, at: 'categorie: |aanschaf' },
          { messageId: 'unknown', severity: 'error', pointer: '/kosten/1/categorie', args: { categorie: 'huisvesting', modelplan: 'digitale-hybride-zorgpaden' }, at: 'categorie: |huisvesting' },
        ],
      },
    },
  ]);
});
