/** Saving through yaml's Document: comments, key order and untouched values stay as they were. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyData, documentText, parseForEditing } from '../../src/form/document.js';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'met-commentaar.yaml'), 'utf8');

function edit(text: string, change: (data: Record<string, unknown>) => void): string {
  const doc = parseForEditing(text)!;
  const data = doc.toJS() as Record<string, unknown>;
  change(data);
  applyData(doc, data);
  return documentText(doc);
}

const lines = (text: string) => text.split('\n');

describe('editing a document', () => {
  it('gives the file back unchanged when nothing changed', () => {
    expect(edit(fixture, () => undefined)).toBe(fixture);
  });

  it('changes only the changed values and keeps every comment and the key order', () => {
    const out = edit(fixture, (data) => {
      data.titel = 'Valpreventie in Utrecht en Nieuwegein';
      ((data.begroting as Record<string, unknown>[])[0]!).bedrag = 210000;
      (data.businesscase as Record<string, unknown>).fte_besparing = 4.5;
    });
    const before = lines(fixture);
    const after = lines(out);
    expect(after).toHaveLength(before.length);
    const changed = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ['titel: "Valpreventie in Utrecht" # de werktitel', 'titel: "Valpreventie in Utrecht en Nieuwegein" # de werktitel'],
      ['  fte_besparing: 4 # volgens de effectstudie', '  fte_besparing: 4.5 # volgens de effectstudie'],
      ['    bedrag: 200000 # inclusief overhead', '    bedrag: 210000 # inclusief overhead'],
    ]);
  });

  it('adds new keys and list items at the end, removes deleted ones, and keeps the rest', () => {
    const out = edit(fixture, (data) => {
      (data.begroting as unknown[]).push({ categorie: 'evaluatie', omschrijving: 'Evaluatie', jaar: 2029, bedrag: 20000 });
      (data.businesscase as Record<string, unknown>).maatschappelijke_businesscase = 'Langer thuis.';
      delete (data.contactpersoon as Record<string, unknown>).email;
    });
    expect(out).toContain('# Een aanvraag met commentaar op veel plekken: het formulier moet het laten staan.');
    expect(out).toContain('    # de penvoerder eerst\n');
    expect(out).toContain('  # 2027\n  - categorie: implementatie');
    expect(out).toContain('  fte_besparing: 4 # volgens de effectstudie\n  fte_in_scope: 50\n  peiljaar: 2026\n  onderbouwing: "20% minder valincidenten bij 1.500 deelnemers."\n  maatschappelijke_businesscase: Langer thuis.\n');
    expect(out).toContain('    bedrag: 40000\n  - categorie: evaluatie\n    omschrijving: Evaluatie\n    jaar: 2029\n    bedrag: 20000\nborging:');
    expect(out).toContain('contactpersoon:\n  naam: "J. El Amrani"\nbusinesscase:');
    expect(out.trimEnd().endsWith('# einde van de aanvraag')).toBe(true);
  });

  it('writes a typed placeholder-free value with the type the form gave (number, not text)', () => {
    const skeletonish = 'begroting:\n  - bedrag: "<VUL IN: bedrag in hele euro\'s>" # bedrag\n';
    const out = edit(skeletonish, (data) => {
      ((data.begroting as Record<string, unknown>[])[0]!).bedrag = 50000;
    });
    expect(out).toBe('begroting:\n  - bedrag: 50000 # bedrag\n');
    expect((parseForEditing(out)!.toJS() as { begroting: { bedrag: unknown }[] }).begroting[0]!.bedrag).toBe(50000);
  });

  it('quotes text that YAML would otherwise read as another type or as syntax', () => {
    const out = edit('titel: x\n', (data) => {
      data.titel = 'true';
      data.omschrijving = 'Doel: minder vallen # echt';
      data.nummer = '0344';
    });
    expect(parseForEditing(out)!.toJS()).toEqual({ titel: 'true', omschrijving: 'Doel: minder vallen # echt', nummer: '0344' });
  });

  it('does not open a document that is not valid YAML', () => {
    expect(parseForEditing('titel: "open\n')).toBeUndefined();
    expect(parseForEditing('a: 1\na: 2\n')).toBeUndefined();
  });
});
