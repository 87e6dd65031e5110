import { describe } from 'vitest';
import { approvedFiles, makeRegister, write, writeBo } from '../round/bo-harness.js';
import { roundCases } from '../round/harness.js';

describe('bo-besluit-register', () => {
  roundCases('bo-besluit-register', [
    {
      name: 'the register of the run',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch);
      },
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'checked without the register: the decision does not count',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch);
      },
      expected: { 'bo.yaml': [{ messageId: 'noRegister', severity: 'error', pointer: '/register', args: { bestand: 'register.json' }, at: '|register:' }] },
    },
    {
      name: 'another register’s hash, and a date before the peildatum',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        const bo = await writeBo(batch);
        write(batch, 'bo.yaml', { ...bo, datum: '2026-11-30', register: { bestand: 'register.json', registerHash: '0'.repeat(64) } });
      },
      extra: ['--register', 'register.json'],
      expected: {
        'bo.yaml': [
          { messageId: 'beforePeildatum', severity: 'error', pointer: '/datum', args: { datum: '2026-11-30', peildatum: '2026-12-01' }, at: 'datum: |2026-11-30' },
          { messageId: 'otherRegister', severity: 'error', pointer: '/register/registerHash', at: 'registerHash: |"000' },
        ],
      },
    },
  ]);
});
