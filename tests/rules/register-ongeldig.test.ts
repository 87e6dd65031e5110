import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { roundCases, baseAanvraag } from '../round/harness.js';
import { writeKeyPair } from '../round/keys.js';
import { registerHash } from '../../src/round/register.js';
import type { Register } from '../../src/round/types.js';

const register = async ({ dir }: { dir: string }) => {
  await runInProcess(['register', '.', '--peildatum', '2026-12-01', '-o', join(dir, 'register.json')], { cwd: dir });
};
/** A register signed with the desk's key (desk.pem); other.pem is another desk's. */
const signed = (later?: (register: Register) => Register) => async ({ dir }: { dir: string }) => {
  writeKeyPair(dir, 'desk');
  writeKeyPair(dir, 'other');
  await runInProcess(['register', '.', '--peildatum', '2026-12-01', '--sign', 'desk.pem', '-o', join(dir, 'register.json')], { cwd: dir });
  if (later) {
    const path = join(dir, 'register.json');
    writeFileSync(path, JSON.stringify(later(JSON.parse(readFileSync(path, 'utf8')) as Register), null, 2));
  }
};
const verify = (key = 'desk.pub.pem') => ['--register', 'register.json', '--verify', key];

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
    { name: 'a signed register, verified with the desk\'s key', files: { 'a.yaml': baseAanvraag() }, setup: signed(), extra: verify(), expected: {} },
    {
      name: 'a signed register edited by hand with registerHash recomputed: the signature no longer holds',
      files: { 'a.yaml': baseAanvraag() },
      setup: signed((r) => {
        const edited = { ...r, totaal: { ...r.totaal, gevraagd: r.totaal.gevraagd + 1 } };
        return { ...edited, registerHash: registerHash(edited) };
      }),
      extra: verify(),
      expected: { 'register.json': [{ messageId: 'signature', severity: 'error', pointer: '' }] },
    },
    {
      name: 'a register regenerated without the key (same --peildatum): unsigned, which --verify refuses',
      files: { 'a.yaml': baseAanvraag() },
      setup: async (batch) => {
        await signed()(batch);
        await register(batch);
      },
      extra: verify(),
      expected: { 'register.json': [{ messageId: 'unsigned', severity: 'error', pointer: '' }] },
    },
    {
      name: 'a register signed with another key than the one of --verify',
      files: { 'a.yaml': baseAanvraag() },
      setup: signed(),
      extra: verify('other.pub.pem'),
      expected: { 'register.json': [{ messageId: 'otherKey', severity: 'error', pointer: '' }] },
    },
    {
      name: 'a signature moved onto another register (its gemaakt changed): does not hold',
      files: { 'a.yaml': baseAanvraag() },
      setup: signed((r) => {
        const edited = { ...r, gemaakt: { op: '2026-11-30T12:00:00.000Z', door: r.gemaakt!.door } };
        return { ...edited, registerHash: registerHash(edited) };
      }),
      extra: verify(),
      expected: { 'register.json': [{ messageId: 'signature', severity: 'error', pointer: '' }] },
    },
    { name: 'no register file at all', files: { 'a.yaml': baseAanvraag() }, extra: ['--register', 'weg.json'], expected: { 'weg.json': [{ messageId: 'unreadable', severity: 'error', pointer: '', args: { detail: 'ENOENT' } }] } },
  ]);
});
