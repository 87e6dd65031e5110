/** Hover and completion from the frame: which value the cursor is on, and what the modelplan says of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from '../../src/domain/types.js';
import { loadFrame } from '../../src/frame/load.js';
import { frameCompletion, frameHover, modelplanOf, slotAt } from '../../src/lsp/frame-info.js';
import { EXAMPLES, MODELPLANNEN, ROOT } from '../helpers/cli.js';

let frame: Frame;
beforeAll(async () => {
  frame = await loadFrame(MODELPLANNEN, ROOT);
});

/** The text without the `|` marker, and the marker's offset. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

describe('slotAt', () => {
  const cases: [marked: string, kind: string | undefined, word: string][] = [
    ['begroting:\n  - categorie: impl|ementatie\n', 'kostencategorie', 'implementatie'],
    ['begroting:\n  - { categorie: "oplei|ding", jaar: 2027 }\n', 'kostencategorie', 'opleiding'],
    ['sector: |\n', 'sector', ''],
    ['zorgpad: co|pd\n', 'zorgpad', 'copd'],
    ['mijlpalen:\n  - id: opge|schaald\n    datum: 2028-01-01\n', 'mijlpaal', 'opgeschaald'],
    ['mijlpalen:\n  - datum: 2028-01-01\n    id: opge|schaald\n', 'mijlpaal', 'opgeschaald'],
    ['randvoorwaarden:\n- id: ce-mark|ering\n', 'randvoorwaarde', 'ce-markering'],
    ['regionale_invulling:\n  - { id: implementatie|regio, invulling: x }\n', 'regionale-invulling', 'implementatieregio'],
    ['modelplan:\n  id: digitale-tr|iage\n  versie: 1.0.0\n', 'modelplan', 'digitale-triage'],
    // Not frame values: a title, an id under a key the frame does not own, a key itself.
    ['titel: Mijn pro|ject\n', undefined, ''],
    ['aanvrager:\n  leden:\n    - id: x|y\n', undefined, ''],
    ['categ|orie: x\n', undefined, ''],
  ];
  for (const [marked, kind, word] of cases) {
    it(`${JSON.stringify(marked)} → ${kind ?? 'none'}`, () => {
      const [text, offset] = at(marked);
      const slot = slotAt(text, offset);
      expect(slot?.kind).toBe(kind);
      if (slot) expect(text.slice(slot.start, slot.end)).toBe(word);
    });
  }
});

describe('frame values of an application', () => {
  const triage = readFileSync(join(EXAMPLES, 'regionale-invulling-digitale-triage.yaml'), 'utf8');

  it('finds the modelplan, also in text that does not parse', () => {
    expect(modelplanOf(triage, frame)?.id).toBe('digitale-triage');
    expect(modelplanOf(triage + '\n  bad: [unclosed\n', frame)?.id).toBe('digitale-triage');
    expect(modelplanOf('soort: aanvraag\n', frame)).toBeUndefined();
  });

  it('hovers a milestone with its deadline and source, and a precondition with its explanation rule', () => {
    const milestone = triage.indexOf('id: opgeschaald') + 5;
    const plan = frame.modelplannen.find((m) => m.id === 'digitale-triage')!;
    const m = plan.mijlpalen.find((x) => x.id === 'opgeschaald')!;
    expect(frameHover(triage, milestone, frame, 'nl')?.markdown).toBe(
      [`**Mijlpaal \`opgeschaald\`**: ${m.titel}`, 'Norm: uiterlijk 2028-12-31 (aanname)', `Bron: ${m.bron}`, `uit modelplan ${plan.titel} (digitale-triage 1.0.0)`].join('\n\n'),
    );
    const r = plan.randvoorwaarden[0]!;
    const precondition = triage.indexOf(`id: ${r.id}`) + 5;
    expect(frameHover(triage, precondition, frame, 'en')?.markdown).toBe(
      [`**Precondition \`${r.id}\`**: ${r.titel}`, 'Norm: explanation required', `Source: ${r.bron}`, `from modelplan ${plan.titel} (digitale-triage 1.0.0)`].join('\n\n'),
    );
  });

  it('hovers a sector: allowed or not, with the sectors the modelplan allows', () => {
    const offset = triage.indexOf('sector: huisartsenzorg') + 9;
    expect(frameHover(triage, offset, frame, 'nl')?.markdown.split('\n\n')[0]).toBe('**Sector `huisartsenzorg`**: toegestaan in dit modelplan (sectoren: huisartsenzorg)');
    const other = triage.replace('sector: huisartsenzorg', 'sector: sociaal-domein');
    expect(frameHover(other, offset, frame, 'nl')?.markdown.split('\n\n')[0]).toBe('**Sector `sociaal-domein`**: niet toegestaan in dit modelplan (sectoren: huisartsenzorg)');
  });

  it("completes with the modelplan's own ids, not every value of the schema", () => {
    const [text, offset] = at(triage.replace('sector: huisartsenzorg', 'sector: |'));
    expect(frameCompletion(text, offset, frame, 'nl')?.entries.map((e) => e.id)).toEqual(['huisartsenzorg']);
    const [milestones, m] = at(triage.replace('id: opgeschaald', 'id: |'));
    expect(frameCompletion(milestones, m, frame, 'nl')?.entries.map((e) => e.id)).toEqual(frame.modelplannen.find((p) => p.id === 'digitale-triage')!.mijlpalen.map((x) => x.id));
    const [plans, p] = at(triage.replace('id: digitale-triage', 'id: |'));
    expect(frameCompletion(plans, p, frame, 'nl')?.entries.map((e) => e.id)).toEqual(frame.modelplannen.map((x) => x.id));
  });

  it('completes zorgpaden of a modelplan that has them, and nothing for one that has none', () => {
    const copd = readFileSync(join(EXAMPLES, 'digitaal-zorgpad-copd-msz.yaml'), 'utf8');
    const [text, offset] = at(copd.replace('zorgpad: copd', 'zorgpad: |'));
    const plan = modelplanOf(text, frame)!;
    expect(frameCompletion(text, offset, frame, 'nl')?.entries.map((e) => e.id)).toEqual((plan.zorgpaden ?? []).map((z) => z.id));
    expect(plan.zorgpaden?.length).toBeGreaterThan(0);
    const [none, n] = at(triage + 'zorgpad: |\n');
    expect(frameCompletion(none, n, frame, 'nl')?.entries).toEqual([]);
  });
});
