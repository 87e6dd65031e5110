import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { roundCases, baseAanvraag } from '../round/harness.js';

const register = async ({ dir }: { dir: string }) => {
  await runInProcess(['register', '.', '--peildatum', '2026-12-01', '-o', join(dir, 'register.json')], { cwd: dir });
};

describe('register-ontbreekt', () => {
  roundCases('register-ontbreekt', [
    { name: 'every registered file present', files: { 'a.yaml': baseAanvraag(), 'b.yaml': { ...baseAanvraag(), titel: 'Twee' } }, setup: register, extra: ['--register', 'register.json'], expected: {} },
    {
      name: 'a registered file removed: an error at its path',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': { ...baseAanvraag(), titel: 'Twee' } },
      setup: async (batch) => {
        await register(batch);
        rmSync(join(batch.dir, 'b.yaml'));
      },
      extra: ['--register', 'register.json'],
      expected: { 'b.yaml': [{ messageId: 'missing', severity: 'error', pointer: '', args: { peildatum: '2026-12-01' } }] },
    },
  ]);
});
