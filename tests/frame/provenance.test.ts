/**
 * Every normative value of the bundled frame says where it comes from (issue 24, point 3): a
 * `bron` on the object that holds it, or a sibling `<key>_bron` for a bare value (sectoren,
 * geld_aan_mijlpalen, jaren, financieringsroute). A bron names a seed or public source, or starts
 * with "aanname" (this tool's own assumption). A bron covers the object it is on and everything
 * inside it (score.bron covers score.elementen). A modelplan's financieringsroute is not sourced
 * on its own: it is its theme's route, sourced in the budget frame (themas[].financieringsroute_bron)
 * and held equal by the rule modelplan-thema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';

type Node = unknown;

/** Keys that hold structure or identity, not a norm. */
const NOT_NORMS = new Set(['soort', 'id', 'versie', 'status', 'titel', 'naam', 'omschrijving', 'toelichting', 'toelichting_status', 'thema', 'toepassingsgebied', 'code', 'jaar', 'vervangen_door']);
/** A source names one of the seeds or a public text, or marks the value as this tool's assumption. */
const SOURCE = /^(aanname|Nota VWS|Nota §|Beleidskeuzes doorbraakmiddelen|AZWA|SPUK IZA|AVG|MDR|Regeling zorgverzekering)/;

/** Every place (pointer) holding a value that is neither sourced nor marked as an assumption. */
function unsourced(node: Node, pointer: string, out: string[], covered = false): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => unsourced(item, `${pointer}/${i}`, out, covered));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, Node>;
  const hasBron = covered || typeof record.bron === 'string';
  if (typeof record.bron === 'string' && !SOURCE.test(record.bron)) out.push(`${pointer}/bron: ${String(record.bron)}`);
  for (const [key, value] of Object.entries(record)) {
    if (key === 'bron' || key.endsWith('_bron') || NOT_NORMS.has(key)) continue;
    if (pointer === '' && key === 'financieringsroute' && record.soort === 'modelplan') continue;
    const own = record[`${key}_bron`];
    if (typeof own === 'string') {
      if (!SOURCE.test(own)) out.push(`${pointer}/${key}_bron: ${own}`);
      continue;
    }
    const scalar = typeof value !== 'object' || value === null || (Array.isArray(value) && value.every((v) => typeof v !== 'object'));
    if (scalar && !hasBron) out.push(`${pointer}/${key}`);
    else if (!scalar) unsourced(value, `${pointer}/${key}`, out, hasBron);
  }
}

const FILES = readdirSync(BUNDLED_MODELPLANNEN_DIR).filter((n) => n.endsWith('.yaml') && n !== 'referentielijsten.yaml').sort();

describe('every norm of the bundled frame has a bron or is marked aanname', () => {
  it('covers all 17 modelplannen and the budget frame', () => {
    expect(FILES).toHaveLength(18);
  });
  for (const name of FILES) {
    it(name, () => {
      const doc = parse(readFileSync(join(BUNDLED_MODELPLANNEN_DIR, name), 'utf8')) as Node;
      const out: string[] = [];
      unsourced(doc, '', out);
      expect(out).toEqual([]);
    });
  }
});
