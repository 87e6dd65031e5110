import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChunk } from '../../src/check-file.js';
import { loadFrame } from '../../src/frame/load.js';
import type { InputRef } from '../../src/load/discover.js';
import { packOutcomes, unpackOutcomes } from '../../src/parallel/wire.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';
import { EXAMPLES, ROOT } from '../helpers/cli.js';

describe('what a worker sends back', () => {
  it('is restored on the main thread to exactly what finish made, keys in the same order', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, ROOT, lang);
      // Every example: valid, deviating (review reasons with motivations), broken, unparseable.
      const inputs: InputRef[] = readdirSync(EXAMPLES)
        .filter((n) => n.endsWith('.yaml'))
        .map((n) => ({ kind: 'file', path: join(EXAMPLES, n), display: `examples/${n}` }));
      const options = { lang, maxFileBytes: 1_000_000, fingerprints: false };
      const finished = await checkChunk(inputs, frame, options, new Set());
      const expected = JSON.stringify(finished);
      const packed = structuredClone(packOutcomes(await checkChunk(inputs, frame, options, new Set())));
      expect(JSON.stringify(packed).length).toBeLessThan(expected.length);
      const restored = unpackOutcomes(packed, lang);
      expect(JSON.stringify(restored)).toBe(expected);
      expect(restored).toEqual(finished);
      expect(restored.some((o) => 'result' in o && o.result.review?.decision === 'aanvullende-beoordeling')).toBe(true);
    }
  });
});
