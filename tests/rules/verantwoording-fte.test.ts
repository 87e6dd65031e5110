import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch } from './account-harness.js';

const v = baseAccount();

describe('verantwoording-fte', () => {
  roundCases('verantwoording-fte', [
    { name: 'the claimed saving realised', files: batch({ 'v.yaml': v }), expected: {} },
    { name: 'more than claimed', files: batch({ 'v.yaml': { ...v, besparing: { ...v.besparing, fte: 15.5 } } }), expected: {} },
    {
      name: 'less than claimed: the shortfall shown exactly',
      files: batch({ 'v.yaml': { ...v, besparing: { ...v.besparing, fte: 13.7 } } }),
      expected: { 'v.yaml': [{ messageId: 'shortfall', severity: 'warning', pointer: '/besparing/fte', args: { gerealiseerd: 13.7, beoogd: 14, tekort: 0.3 }, at: 'fte: |13.7' }] },
    },
    {
      name: 'another baseline year than the business case’s (an error)',
      files: batch({ 'v.yaml': { ...v, besparing: { ...v.besparing, peiljaar: 2024 } } }),
      expected: { 'v.yaml': [{ messageId: 'baseline', severity: 'error', pointer: '/besparing/peiljaar', args: { peiljaar: 2024, verwacht: 2026 }, at: 'peiljaar: |2024' }] },
    },
  ]);
});
