import { describe } from 'vitest';
import { approvedFiles, capaciteit, makeRegister, write, writeBo } from '../round/bo-harness.js';
import { decision, roundCases } from '../round/harness.js';

describe('bo-besluit-cijfers', () => {
  roundCases('bo-besluit-cijfers', [
    {
      name: 'the figures the BO saw are the round’s',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch);
      },
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'a second decision approved less after the BO decided: the figures changed',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch);
        const b = capaciteit();
        const split = [...new Set(b.begroting.map((l) => l.ontvanger))].sort().map((ontvanger, i) => ({ ontvanger, bedrag: i === 0 ? b.begroting.filter((l) => l.ontvanger === ontvanger).reduce((s, l) => s + l.bedrag, 0) - 100000 : b.begroting.filter((l) => l.ontvanger === ontvanger).reduce((s, l) => s + l.bedrag, 0) }));
        const reacties = [{ regel: 'kostenverdeling', pointer: '/begroting/0/categorie', motivering: 'Aannemelijk.' }];
        for (const rol of ['coordinerend', 'tweede'] as const) write(batch, `b.${rol === 'coordinerend' ? 'c' : 't'}.yaml`, decision(b, rol, { reacties, toegekend: { bedrag: 2900000, per_ontvanger: split } }, 'b.yaml'));
      },
      extra: ['--register', 'register.json'],
      expected: { 'bo.yaml': [{ messageId: 'changed', severity: 'error', pointer: '/cijfers', at: 'cijfers: |' }] },
    },
  ]);
});
