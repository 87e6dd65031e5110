import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { stringify } from 'yaml';
import { runInProcess } from '../helpers/cli.js';
import { roundCases, baseAanvraag, decision } from '../round/harness.js';

const register = async ({ dir }: { dir: string }) => {
  await runInProcess(['register', 'a.yaml', '--peildatum', '2026-12-01', '-o', join(dir, 'register.json')], { cwd: dir });
};

describe('register-toegevoegd', () => {
  roundCases('register-toegevoegd', [
    {
      name: 'a decision file is not part of the submission and is never "added"',
      files: { 'a.yaml': baseAanvraag(), 'c.yaml': decision(baseAanvraag(), 'coordinerend') },
      setup: register,
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'an application added after the register: an error on it',
      files: { 'a.yaml': baseAanvraag() },
      setup: async (batch) => {
        await register(batch);
        writeFileSync(join(batch.dir, 'b.yaml'), stringify({ ...baseAanvraag(), titel: 'Te laat' }));
      },
      extra: ['--register', 'register.json'],
      expected: { 'b.yaml': [{ messageId: 'added', severity: 'error', pointer: '', args: { peildatum: '2026-12-01' } }] },
    },
  ]);
});
