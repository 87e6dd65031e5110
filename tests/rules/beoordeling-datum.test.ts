import { describe } from 'vitest';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli.js';
import { roundCases, baseAanvraag, decision } from '../round/harness.js';

const app = baseAanvraag();
const makeRegister = (peildatum: string) => async ({ dir }: { dir: string }) => {
  await runInProcess(['register', 'a.yaml', '--peildatum', peildatum, '-o', join(dir, 'register.json')], { cwd: dir });
};

describe('beoordeling-datum', () => {
  roundCases('beoordeling-datum', [
    { name: 'without a register there is no peildatum to compare with', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { datum: '2020-01-01' }) }, expected: {} },
    {
      name: 'on the peildatum itself: fine',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { datum: '2026-12-01' }) },
      setup: makeRegister('2026-12-01'),
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'before the peildatum: an error at the date',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { datum: '2026-11-30' }) },
      setup: makeRegister('2026-12-01'),
      extra: ['--register', 'register.json'],
      expected: { 'c.yaml': [{ messageId: 'beforePeildatum', severity: 'error', pointer: '/datum', args: { datum: '2026-11-30', peildatum: '2026-12-01' }, at: 'datum: |2026-11-30' }] },
    },
    {
      name: 'on today (the run’s clock, 2026-12-01): fine',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { datum: '2026-12-01' }) },
      setup: makeRegister('2026-11-20'),
      extra: ['--register', 'register.json'],
      expected: {},
    },
    ...['2026-12-02', '2999-12-31'].map((datum) => ({
      name: `after today (${datum}): an error at the date, naming today`,
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { datum }) },
      setup: makeRegister('2026-12-01'),
      extra: ['--register', 'register.json'],
      expected: { 'c.yaml': [{ messageId: 'afterToday', severity: 'error' as const, pointer: '/datum', args: { datum, vandaag: '2026-12-01' }, at: `datum: |${datum}` }] },
    })),
    { name: 'without a register, no bound either way', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { datum: '2999-12-31' }) }, expected: {} },
  ]);
});
