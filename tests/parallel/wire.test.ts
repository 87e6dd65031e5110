import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChunk, fileStage } from '../../src/engine/file.js';
import { loadFrame } from '../../src/frame/load.js';
import type { InputRef } from '../../src/load/discover.js';
import { packOutcomes, unpackOutcomes } from '../../src/parallel/wire.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';
import { EXAMPLES, ROOT } from '../helpers/cli.js';

describe('what a worker sends back', () => {
  it('is the file stage’s raw outcome as plain data: a structured clone equals what the main thread makes', async () => {
    const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, ROOT);
    // Every example: valid, deviating (review reasons with motivations), broken, unparseable.
    const names = readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'));
    const inputs: InputRef[] = names.map((n) => ({ kind: 'file', path: join(EXAMPLES, n), display: `examples/${n}` }));
    const options = { maxFileBytes: 1_000_000 };
    const restored = unpackOutcomes(structuredClone(packOutcomes(await checkChunk(inputs, frame, options))));
    expect(restored).toHaveLength(names.length);
    restored.forEach((outcome, i) => {
      expect('work' in outcome).toBe(true);
      if (!('work' in outcome)) return;
      const here = fileStage(`examples/${names[i]}`, readFileSync(join(EXAMPLES, names[i]!)), frame, options);
      expect(outcome.work).toEqual(here);
    });
    expect(restored.some((o) => 'work' in o && o.work.findings.some((f) => f.reviewReason || f.deviation))).toBe(true);
  });

  it('hands back the bytes of a decision file, which the main thread finishes after its applications', async () => {
    const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, ROOT);
    const name = readdirSync(join(EXAMPLES, 'beoordelingen'))[0]!;
    const path = join(EXAMPLES, 'beoordelingen', name);
    const [outcome] = await checkChunk([{ kind: 'file', path, display: name }], frame, { maxFileBytes: 1_000_000 });
    expect(outcome).toEqual({ input: { kind: 'file', path, display: name }, bytes: new Uint8Array(readFileSync(path)) });
  });
});
