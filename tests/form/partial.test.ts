/**
 * The frame's rules on a partial application (src/form/partial.ts): one missing field does not hide
 * the norms; values with an error are not read; nothing repeats a finding at a place with an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from '../../src/domain/types.js';
import { checkText } from '../../src/form/check.js';
import { applyModelplan } from '../../src/form/frame-links.js';
import { formModel, type FormNode } from '../../src/form/model.js';
import { partialFindings } from '../../src/form/partial.js';
import { buildSkeleton } from '../../src/init/skeleton.js';
import { loadFrame } from '../../src/frame/load.js';
import { MODELPLANNEN, ROOT } from '../helpers/cli.js';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'met-commentaar.yaml'), 'utf8');

describe('rules on a partial application', () => {
  let frame: Frame;
  let model: FormNode;
  beforeAll(async () => {
    frame = await loadFrame(MODELPLANNEN, ROOT);
    model = applyModelplan(formModel('nl'), frame.modelplannen.find((m) => m.id === 'valpreventie')!, 'nl');
  });
  const run = async (text: string) => {
    const { result } = await checkText(text, 'a.yaml', frame, { lang: 'nl', maxFileBytes: 1 << 20 });
    return { result, partial: partialFindings(text, result, model, frame, 'nl') };
  };

  it('sees the bovengrens and the fte norm while a required field is missing and a line is not finished', async () => {
    const text = FIXTURE.replace(/contactpersoon:\n {2}naam: "J. El Amrani"\n {2}email: j.elamrani@example.nl\n/, '')
      .replace('bedrag: 200000 # inclusief overhead', 'bedrag: 900000 # inclusief overhead')
      .replace('    bedrag: 60000\n', '    bedrag: 60.000\n')
      .replace('fte_besparing: 4 #', 'fte_besparing: 1 #');
    const { result, partial } = await run(text);
    expect(result.review?.decision).toBe('ongeldig');
    expect(result.findings.map((f) => [f.ruleId, f.pointer])).toEqual([
      ['schema', ''],
      ['bedrag-notatie', '/begroting/1/bedrag'],
    ]);
    // 900000 + 40000 (the line of 60.000 is left out): above the bovengrens of 750000.
    const seen = partial.map((f) => [f.ruleId, f.pointer]);
    expect(seen).toContainEqual(['bovengrens', '/begroting']);
    expect(seen).toContainEqual(['fte-minimum', '/businesscase/fte_besparing']);
    expect(seen.some(([, pointer]) => pointer === '/begroting/1/bedrag')).toBe(false);
    expect(partial.find((f) => f.ruleId === 'bovengrens')!.message).toContain('940.000');
    for (const f of partial) expect(f.line).toBeGreaterThan(0);
  });

  it('on the untouched skeleton with two amounts typed: the bovengrens and the shares of those lines, nothing about the placeholders', async () => {
    const modelplan = frame.modelplannen.find((m) => m.id === 'valpreventie')!;
    const text = buildSkeleton(modelplan, { lang: 'nl', schemaRef: 'x' }, 'a.yaml')
      .replace(/bedrag: "<VUL IN[^"]*"/, 'bedrag: 300000')
      .replace(/bedrag: "<VUL IN[^"]*"/, 'bedrag: 900000');
    const { result, partial } = await run(text);
    expect(result.review?.decision).toBe('ongeldig');
    expect(partial.map((f) => [f.ruleId, f.pointer, f.message])).toEqual([
      ['bovengrens', '/begroting', 'aangevraagd totaal € 1.200.000 ligt € 450.000 boven de bovengrens van € 750.000 (aanname: de seeds noemen voor de SPUK-route geen bovengrens); een afwijking voor aanvullende beoordeling: motiveer het bedrag of breng het terug tot de bovengrens'],
      ['kostenverdeling', '/begroting/0/categorie', 'aandeel "implementatie" is 25% van het totaal; de norm is minstens 30% (aanname)'],
      ['kostenverdeling', '/begroting/1/categorie', 'aandeel "opleiding" is 75% van het totaal; de norm is hooguit 30% (aanname)'],
    ]);
  });

  it('adds nothing to a valid application (check has run the rules) and never throws on a broken one', async () => {
    expect((await run(FIXTURE)).partial).toEqual([]);
    expect((await run('soort: aanvraag\n')).partial).toEqual([]);
    expect((await run('soort: aanvraag\nbegroting: 5\nmodelplan: { id: valpreventie, versie: 1.0.0 }\n')).partial).toEqual([]);
  });
});
