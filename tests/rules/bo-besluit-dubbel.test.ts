import { describe } from 'vitest';
import { approvedFiles, makeRegister, write, writeBo } from '../round/bo-harness.js';
import { roundCases } from '../round/harness.js';

describe('bo-besluit-dubbel', () => {
  roundCases('bo-besluit-dubbel', [
    {
      name: 'one BO decision',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch);
      },
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'two BO decisions: neither counts, each names the other',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        const first = await writeBo(batch);
        write(batch, 'bo-oud.yaml', { ...first, motivering: 'Een eerder besluit.' });
      },
      extra: ['--register', 'register.json'],
      expected: {
        'bo.yaml': [{ messageId: 'conflict', severity: 'error', pointer: '/soort', args: { ander: 'bo-oud.yaml' }, at: 'soort: |bo-besluit' }],
        'bo-oud.yaml': [{ messageId: 'conflict', severity: 'error', pointer: '/soort', args: { ander: 'bo.yaml' }, at: 'soort: |bo-besluit' }],
      },
    },
  ]);
});
