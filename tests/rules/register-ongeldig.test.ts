import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { roundCases, baseAanvraag } from '../round/harness.js';

const register = async ({ dir }: { dir: string }) => {
  await runInProcess(['register', '.', '--peildatum', '2026-12-01', '-o', join(dir, 'register.json')], { cwd: dir });
};
const edit = (change: (text: string) => string) => async (batch: { dir: string }) => {
  await register(batch);
  const path = join(batch.dir, 'register.json');
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('register-ongeldig', () => {
  roundCases('register-ongeldig', [
    { name: 'a register as made', files: { 'a.yaml': baseAanvraag() }, setup: register, extra: ['--register', 'register.json'], expected: {} },
    {
      name: 'a register edited by hand: the hash no longer matches',
      files: { 'a.yaml': baseAanvraag() },
      setup: edit((t) => t.replace('"peildatum": "2026-12-01"', '"peildatum": "2026-11-01"')),
      extra: ['--register', 'register.json'],
      expected: { 'register.json': [{ messageId: 'hash', severity: 'error', pointer: '' }] },
    },
    {
      name: 'not JSON',
      files: { 'a.yaml': baseAanvraag() },
      setup: edit(() => '{'),
      extra: ['--register', 'register.json'],
      expected: { 'register.json': [{ messageId: 'json', severity: 'error', pointer: '' }] },
    },
    {
      name: 'JSON, but not a register',
      files: { 'a.yaml': baseAanvraag() },
      setup: edit(() => '{"registerVersie": "1.0.0"}'),
      extra: ['--register', 'register.json'],
      expected: { 'register.json': [{ messageId: 'schema', severity: 'error', pointer: '' }] },
    },
    { name: 'no register file at all', files: { 'a.yaml': baseAanvraag() }, extra: ['--register', 'weg.json'], expected: { 'weg.json': [{ messageId: 'unreadable', severity: 'error', pointer: '', args: { detail: 'ENOENT' } }] } },
  ]);
});
