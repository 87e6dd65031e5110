/** The frame loads the reference lists, also through the build's frame cache, in the shape the HTML report reads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFrame } from '../../src/frame/load.js';
import { MODELPLANNEN, ROOT } from '../helpers/cli.js';

describe('referentielijsten in the frame', () => {
  it('holds the 31 zorgkantoorregio’s ZK01–ZK31 with their names, and insurers with a concern', async () => {
    const frame = await loadFrame(MODELPLANNEN, ROOT);
    const regios = frame.referentielijsten?.zorgkantoorregios ?? [];
    expect(regios.map((r) => r.code)).toEqual(Array.from({ length: 31 }, (_, i) => `ZK${String(i + 1).padStart(2, '0')}`));
    expect(regios[0]).toEqual({ code: 'ZK01', naam: 'Groningen' });
    expect(regios[30]).toEqual({ code: 'ZK31', naam: 'Zuid-Limburg' });
    expect(new Set(regios.map((r) => r.naam)).size).toBe(31);
    for (const z of frame.referentielijsten!.zorgverzekeraars) expect(z.bron).toMatch(/^aanname: /);
  });

  it('the build cache of the bundled frame keeps them', () => {
    const cache = JSON.parse(readFileSync(join(ROOT, 'dist/frame/bundled-frame.json'), 'utf8')) as { referentielijsten?: { zorgkantoorregios: unknown[] } };
    expect(cache.referentielijsten?.zorgkantoorregios).toHaveLength(31);
  });
});

describe('hulpmiddelen in the modelplannen', () => {
  it('every modelplan where aids play a role has the non-fundable purchase category', async () => {
    const frame = await loadFrame(MODELPLANNEN, ROOT);
    const withAids = ['digitale-hybride-zorgpaden', 'slim-incontinentiemateriaal', 'stoma-sensortechnologie', 'vacuumtherapie-wondzorg'];
    for (const id of withAids) {
      const plan = frame.modelplannen.find((m) => m.id === id)!;
      expect(plan.kostencategorieen.find((c) => c.id === 'aanschaf-hulpmiddelen'), id).toMatchObject({ financierbaar: false });
    }
  });
});
