/**
 * The size of the red team and the rates the README reports. Each trap and look-alike is asserted
 * in its principle's test file (all caught, no false alarm); this file holds the counts to the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { PRINCIPLES } from './cases/index.js';

const traps = PRINCIPLES.reduce((n, p) => n + p.traps.length, 0);
const lookAlikes = PRINCIPLES.reduce((n, p) => n + p.lookAlikes.length, 0);

describe('red team', () => {
  it('has at least 40 traps and 20 honest look-alikes, several traps per principle', () => {
    expect(traps).toBeGreaterThanOrEqual(40);
    expect(lookAlikes).toBeGreaterThanOrEqual(20);
    for (const p of PRINCIPLES) {
      expect(p.traps.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.lookAlikes.length, p.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('the README states the catch rate and the false-alarm rate the tests assert', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`vangst ${traps} van ${traps} (100%)`);
    expect(readme).toContain(`vals alarm 0 van ${lookAlikes} (0%)`);
  });

  it('every trap names its seed paragraph and every case a distinct name', () => {
    const names = PRINCIPLES.flatMap((p) => [...p.traps, ...p.lookAlikes].map((c) => `${p.id}/${c.name}`));
    expect(new Set(names).size).toBe(names.length);
    for (const t of PRINCIPLES.flatMap((p) => p.traps)) expect(t.seed).not.toBe('');
  });
});
