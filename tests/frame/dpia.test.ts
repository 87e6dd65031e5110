/**
 * A DPIA precondition wherever a modelplan processes health data (README "Het normatieve kader",
 * issue 24 point 3): every Zvw modelplan's application links care data to a dossier, a planning or
 * a care pathway (the sensor data of the three medtech plans included).
 */
import { describe, expect, it } from 'vitest';
import { loadFrame } from '../../src/frame/load.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';

describe('the DPIA precondition', () => {
  it('is in every Zvw modelplan that processes health data', async () => {
    const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, BUNDLED_MODELPLANNEN_DIR);
    const zvw = frame.modelplannen.filter((m) => m.financieringsroute === 'zvw');
    const withDpia = zvw.filter((m) => m.randvoorwaarden.some((r) => r.id === 'dpia')).map((m) => m.id);
    expect(withDpia).toEqual(zvw.map((m) => m.id));
    expect(withDpia).toHaveLength(11);
    for (const m of zvw) {
      const dpia = m.randvoorwaarden.find((r) => r.id === 'dpia');
      if (dpia) expect({ id: m.id, toelichting: dpia.toelichting_verplicht, bron: dpia.bron.startsWith('aanname: AVG art. 35') }).toEqual({ id: m.id, toelichting: true, bron: true });
    }
  });
});
