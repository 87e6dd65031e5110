import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { roundCases, baseAanvraag } from '../round/harness.js';
import { sha256 } from '../../src/round/register.js';
import { stringify } from 'yaml';

const text = stringify(baseAanvraag(), { lineWidth: 0 });
const register = async ({ dir }: { dir: string }) => {
  await runInProcess(['register', '.', '--peildatum', '2026-12-01', '-o', join(dir, 'register.json')], { cwd: dir });
};

describe('register-gewijzigd', () => {
  roundCases('register-gewijzigd', [
    { name: 'unchanged since the register', files: { 'a.yaml': text }, setup: register, extra: ['--register', 'register.json'], expected: {} },
    {
      name: 'one byte added after the register: an error on the file',
      files: { 'a.yaml': text },
      setup: async (batch) => {
        await register(batch);
        appendFileSync(join(batch.dir, 'a.yaml'), '\n');
      },
      extra: ['--register', 'register.json'],
      expected: { 'a.yaml': [{ messageId: 'changed', severity: 'error', pointer: '', args: { peildatum: '2026-12-01', was: sha256(text).slice(0, 12), nu: sha256(text + '\n').slice(0, 12) } }] },
    },
  ]);
});
