import { describe } from 'vitest';
import { baseModelplan, ruleCases } from './harness.js';

describe('modelplan-mijlpalen', () => {
  ruleCases('modelplan-mijlpalen', [
    { name: 'ascending dates inside the term pass', base: baseModelplan, expected: [] },
    {
      name: 'a latest date after the term',
      base: baseModelplan,
      mutate: (m) => (m.mijlpalen[3]!.uiterlijk = '2030-06-30'),
      expected: [{ messageId: 'outside', severity: 'error', pointer: '/mijlpalen/3/uiterlijk', args: { id: 'eindevaluatie', uiterlijk: '2030-06-30', van: 2027, tot: 2029 }, at: '2030-06-30' }],
    },
    {
      name: 'dates that do not ascend',
      base: baseModelplan,
      mutate: (m) => (m.mijlpalen[1]!.uiterlijk = '2027-03-31'),
      expected: [{ messageId: 'order', severity: 'error', pointer: '/mijlpalen/1/uiterlijk', args: { id: 'implementatie-gestart', uiterlijk: '2027-03-31', vorigeUiterlijk: '2027-03-31' } }],
    },
    {
      name: 'a code used twice in one list',
      base: baseModelplan,
      mutate: (m) => (m.kostencategorieen[1]!.id = 'implementatie'),
      expected: [{ messageId: 'duplicateId', severity: 'error', pointer: '/kostencategorieen/1/id', args: { id: 'implementatie', lijst: 'kostencategorieen' } }],
    },
  ]);
});
