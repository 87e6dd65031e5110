/** Saving through yaml's Document: comments, key order and untouched values stay as they were. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyData, documentText, editedText, parseForEditing } from '../../src/form/document.js';

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

  it('gives an unchanged file back byte for byte, however it is laid out (spaces before inline comments)', () => {
    const text = 'soort: aanvraag    # soort\ntitel:   "x"  # werktitel\nlijst: [1, 2]\n\n\n# einde\n';
    const doc = parseForEditing(text)!;
    expect(editedText(text, doc.toJS())).toBe(text);
  });

  it('keeps the spaces before inline comments on the lines it does not change', () => {
    const text = 'soort: aanvraag    # soort\ntitel: "x"  # werktitel\nbedrag: 10      # euro\n';
    expect(editedText(text, { soort: 'aanvraag', titel: 'y', bedrag: 10 })).toBe('soort: aanvraag    # soort\ntitel: "y" # werktitel\nbedrag: 10      # euro\n');
    // Blanks inside a quoted value are data: a changed value is never "restored" from the old line.
    const quoted = 'titel: "a   #b"\n';
    expect(editedText(quoted, { titel: 'a #b' })).toBe('titel: "a #b"\n');
  });

  const commented = [
    'begroting:',
    '  # eerste: de coaches',
    '  - omschrijving: coaches # 2027',
    '    bedrag: 1',
    '  # tweede: de scholing',
    '  - omschrijving: scholing # 2028',
    '    bedrag: 2',
    '  # derde: de regie',
    '  - omschrijving: regie # 2029',
    '    bedrag: 3',
    '',
  ].join('\n');
  const items = () => (parseForEditing(commented)!.toJS() as { begroting: { omschrijving: string; bedrag: number }[] }).begroting;

  it('removing a list item takes its comments with it and leaves the others on their own items', () => {
    const list = items();
    list.splice(0, 1);
    expect(editedText(commented, { begroting: list })).toBe(
      ['begroting:', '  # tweede: de scholing', '  - omschrijving: scholing # 2028', '    bedrag: 2', '  # derde: de regie', '  - omschrijving: regie # 2029', '    bedrag: 3', ''].join('\n'),
    );
    const middle = items();
    middle.splice(1, 1);
    expect(editedText(commented, { begroting: middle })).toBe(
      ['begroting:', '  # eerste: de coaches', '  - omschrijving: coaches # 2027', '    bedrag: 1', '  # derde: de regie', '  - omschrijving: regie # 2029', '    bedrag: 3', ''].join('\n'),
    );
  });

  it('an item edited in the same save as a removal keeps its comments (matched by likeness, not index)', () => {
    const list = items();
    list.splice(0, 1);
    list[1]!.bedrag = 30;
    list.push({ omschrijving: 'evaluatie', bedrag: 4 });
    expect(editedText(commented, { begroting: list })).toBe(
      ['begroting:', '  # tweede: de scholing', '  - omschrijving: scholing # 2028', '    bedrag: 2', '  # derde: de regie', '  - omschrijving: regie # 2029', '    bedrag: 30', '  - omschrijving: evaluatie', '    bedrag: 4', ''].join('\n'),
    );
  });

  it('does not open a document that is not valid YAML', () => {
    expect(parseForEditing('titel: "open\n')).toBeUndefined();
    expect(parseForEditing('a: 1\na: 2\n')).toBeUndefined();
  });
});
