/**
 * The schema → form model, walked against the schema itself: every property the schema has (its
 * $refs followed) is a field with the schema's title and description, and every field's pointer
 * maps back to that field. The walk reads the schema files, so these tests follow the schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Modelplan } from '../../src/domain/types.js';
import { applyModelplan, LINKED_TEMPLATES } from '../../src/form/frame-links.js';
import { ENGLISH_TEMPLATES } from '../../src/form/labels-en.js';
import { allNodes, formModel, nodeAt, type FormNode } from '../../src/form/model.js';
import { fieldPointer, templateOf } from '../../src/form/pointer.js';
import { applyPresentation, formSteps, PRESENTED_TEMPLATES } from '../../src/form/presentation.js';
import { loadFrame } from '../../src/frame/load.js';
import { MODELPLANNEN, ROOT } from '../helpers/cli.js';

type Schema = Record<string, unknown>;
const schemas: Record<string, Schema> = Object.fromEntries(
  ['aanvraag', 'defs'].map((name) => [name, JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as Schema]),
);

/** An independent walk over the raw schema: pointer template → the resolved property schema. */
function schemaFields(): Map<string, { schema: Schema; required: boolean }> {
  const out = new Map<string, { schema: Schema; required: boolean }>();
  const deref = (schema: Schema, file: string): [Schema, string] => {
    if (typeof schema.$ref !== 'string') return [schema, file];
    const [target, fragment] = schema.$ref.split('#') as [string, string];
    const targetFile = target ? target.replace('.schema.json', '') : file;
    let node = schemas[targetFile] as Schema;
    for (const s of fragment.split('/').filter(Boolean)) node = node[s] as Schema;
    const [inner, innerFile] = deref(node, targetFile);
    const { $ref: _ignored, ...own } = schema;
    return [{ ...inner, ...own }, innerFile];
  };
  const walk = (raw: Schema, file: string, template: string, required: boolean) => {
    const [schema, here] = deref(raw, file);
    out.set(template, { schema, required });
    const req = new Set((schema.required ?? []) as string[]);
    for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) walk(child, here, `${template}/${key}`, req.has(key));
    if (schema.items) walk(schema.items as Schema, here, `${template}/*`, true);
  };
  walk(schemas.aanvraag!, 'aanvraag', '', true);
  return out;
}

/** Data in which every list has one element, so every field of the form is there. */
function fullData(node: FormNode): unknown {
  if (node.type === 'object') return Object.fromEntries(node.children!.map((c) => [c.key, fullData(c)]));
  if (node.type === 'array') return [fullData(node.item!)];
  return 'x';
}

const concrete = (template: string) => template.replace(/\/\*/g, '/0');

describe('schema → form model', () => {
  const model = formModel('nl');
  const fields = schemaFields();

  it('has one field per property of the schema, with its title, description, requiredness and type', () => {
    expect(allNodes(model).map((n) => n.template).sort()).toEqual([...fields.keys()].sort());
    for (const [template, { schema, required }] of fields) {
      const node = nodeAt(model, template)!;
      expect(node.label, template).toBe(schema.title ?? template.split('/').at(-1));
      expect(node.help, template).toBe(schema.description);
      expect(node.required, template).toBe(required);
      const expected =
        schema.const !== undefined ? 'const'
        : schema.enum ? 'select'
        : schema.type === 'string' ? (schema.format === 'date' ? 'date' : schema.format === 'email' ? 'email' : 'text')
        : schema.type;
      expect(node.type, template).toBe(expected);
      if (schema.enum) expect(node.options!.map((o) => o.value), template).toEqual(schema.enum);
    }
  });

  it('enters amounts as whole numbers and dates with a date picker', () => {
    expect(nodeAt(model, '/begroting/*/bedrag')).toMatchObject({ type: 'integer', min: 0, expected: "een bedrag in hele euro's" });
    expect(nodeAt(model, '/mijlpalen/*/datum')!.type).toBe('date');
    expect(nodeAt(model, '/businesscase/fte_besparing')!.type).toBe('number');
    expect(nodeAt(model, '/soort')).toMatchObject({ type: 'const', fixed: 'aanvraag' });
  });

  it('maps the pointer of every field of the schema to that field', () => {
    const data = fullData(model);
    for (const template of fields.keys()) {
      const pointer = concrete(template);
      expect(fieldPointer(model, data, pointer), template).toBe(pointer);
      expect(templateOf(model, pointer), template).toBe(template);
      // A pointer below a field (a key the schema does not know) is shown at that field.
      if (nodeAt(model, template)!.type !== 'array') expect(fieldPointer(model, data, `${pointer}/onbekend`), template).toBe(pointer);
    }
  });

  it('shows a pointer into a list item that is not there at the list, and an unknown key at its parent', () => {
    const data = { begroting: [{ bedrag: 1 }], aanvrager: { leden: [] } };
    expect(fieldPointer(model, data, '/begroting/0/bedrag')).toBe('/begroting/0/bedrag');
    expect(fieldPointer(model, data, '/begroting/1/bedrag')).toBe('/begroting');
    expect(fieldPointer(model, data, '/begroting/x')).toBe('/begroting');
    expect(fieldPointer(model, data, '/aanvrager/leden/0/naam')).toBe('/aanvrager/leden');
    expect(fieldPointer(model, data, '/bestaat-niet')).toBe('');
    expect(fieldPointer(model, data, '')).toBe('');
  });

  it('has an English label for every field (--lang en), and uses it', () => {
    expect([...ENGLISH_TEMPLATES].sort()).toEqual([...fields.keys()].sort());
    const english = formModel('en');
    expect(nodeAt(english, '/begroting')!.label).toBe('Budget');
    expect(nodeAt(english, '/begroting/*/bedrag')).toMatchObject({ label: 'Amount', expected: 'an amount in whole euros' });
  });
});

describe('the modelplan in the form', () => {
  let frame: Frame;
  const plan = (id: string) => frame.modelplannen.find((m) => m.id === id) as Modelplan;
  beforeAll(async () => {
    frame = await loadFrame(MODELPLANNEN, ROOT);
  });

  it('links only fields the schema has', () => {
    const templates = new Set(allNodes(formModel('nl')).map((n) => n.template));
    for (const template of LINKED_TEMPLATES) expect(templates.has(template), template).toBe(true);
  });

  it('presents only fields the schema has; every field of the application is on exactly one step', () => {
    const model = applyModelplan(formModel('nl'), plan('valpreventie'), 'nl');
    const templates = new Set(allNodes(model).map((n) => n.template));
    for (const template of PRESENTED_TEMPLATES) expect(templates.has(template), template).toBe(true);
    const keys = formSteps(model, 'nl').flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const fixed = ['soort', 'modelplan', 'thema', 'financieringsroute'];
    expect([...keys, ...fixed].sort()).toEqual(model.children!.map((c) => c.key).sort());
    expect(formSteps(model, 'nl').map((s) => s.title)).toEqual(['Aanvrager en leden', 'Zorgverzekeraars', 'Businesscase', 'Begroting', 'Mijlpalen', 'Randvoorwaarden', 'Afwijkingen']);
  });

  it('offers the 31 zorgkantoorregio\'s and the insurers by name (filling in their UZOVI), the recipient from the members, text areas for long texts', () => {
    const model = applyPresentation(applyModelplan(formModel('nl'), plan('spraakgestuurd-rapporteren'), 'nl'), frame.referentielijsten);
    const regio = nodeAt(model, '/aanvrager/zorgkantoorregio')!;
    expect(regio.type).toBe('select');
    expect(regio.options).toHaveLength(31);
    expect(regio.options![0]).toEqual({ value: 'ZK01', label: 'Groningen' });
    const insurer = nodeAt(model, '/zorgverzekeraars/coordinerend/naam')!;
    expect(insurer.type).toBe('select');
    expect(insurer.options).toContainEqual({ value: 'Zorgverzekeraar Voorbeeld Noord', label: 'Zorgverzekeraar Voorbeeld Noord', fill: { uzovi: '3311' } });
    expect(nodeAt(model, '/begroting/*/ontvanger')!.choicesFrom).toBe('leden');
    expect(nodeAt(model, '/businesscase/onderbouwing')!.multiline).toBe(true);
    expect(nodeAt(model, '/titel')!.multiline).toBeUndefined();
    expect(nodeAt(model, '/mijlpalen')!.mandatoryIds).toEqual(plan('spraakgestuurd-rapporteren').mijlpalen.map((p) => p.id));
    expect(nodeAt(model, '/aanvrager/leden')!.minItems).toBe(1);
  });

  it('fixes the modelplan fields, offers its choices and shows its norms beside the fields', () => {
    const m = plan('valpreventie');
    const model = applyModelplan(formModel('nl'), m, 'nl');
    expect(nodeAt(model, '/modelplan/id')).toMatchObject({ type: 'const', fixed: 'valpreventie' });
    expect(nodeAt(model, '/financieringsroute')).toMatchObject({ type: 'const', fixed: 'spuk' });
    expect(nodeAt(model, '/aanvrager/leden/*/sector')!.options).toEqual([{ value: 'sociaal-domein', label: 'sociaal-domein' }]);
    expect(nodeAt(model, '/begroting/*/categorie')!.options!.map((o) => o.value)).toEqual(m.kostencategorieen.filter((c) => c.financierbaar).map((c) => c.id));
    expect(nodeAt(model, '/begroting/*/categorie')!.options![0]!.label).toBe('Uitvoering en inbedding van de aanpak in de wijk (≥ 30%, ≤ 70%, aanname)');
    expect(nodeAt(model, '/begroting')!.norms).toEqual([
      // Assumed norms are marked as assumed (issue 24); the term is sourced (nota §4.3, footnote 1).
      'Bovengrens per project: € 750.000 (aanname)',
      'Looptijd: 2027–2029',
      'implementatie: Uitvoering en inbedding van de aanpak in de wijk (≥ 30%, ≤ 70%, aanname)',
      'opleiding: Scholing van professionals in sociaal domein en zorg (≤ 30%, aanname)',
      'projectmanagement: Projectleiding en regie door de gemeente (≤ 15%, aanname)',
      'kennisnetwerk: Lerend netwerk tussen gemeenten en zorgpartners (≤ 15%, aanname)',
      'evaluatie: Monitoring en evaluatie van het effect op de zorgvraag (≤ 10%, aanname)',
    ]);
    expect(nodeAt(model, '/businesscase/fte_besparing')!.norms).toEqual(['Norm: minstens 2 fte (aanname)']);
    expect(nodeAt(model, '/businesscase')!.norms).toEqual(['Norm: hooguit € 250.000 gevraagd per bespaarde fte (aanname)']);
    expect(nodeAt(model, '/mijlpalen')!.norms).toEqual([
      'Lokaal plan van aanpak vastgesteld met de zorgpartners, uiterlijk 2027-06-30 (aanname)',
      'Basisfunctionaliteit versneld opgeschaald in de hele gemeente of regio, uiterlijk 2028-12-31 (aanname)',
      'Eindevaluatie met effect op de arbeidsinzet in de zorg opgeleverd, uiterlijk 2029-09-30 (aanname)',
    ]);
    expect(nodeAt(model, '/randvoorwaarden')!.norms).toEqual([
      'Structurele financiering is geborgd (toelichting verplicht)',
      'Er zijn wederkerige afspraken tussen sociaal domein en zorg (toelichting verplicht, aanname)',
    ]);
    expect(nodeAt(model, '/mijlpalen/*/id')!.options!.map((o) => o.value)).toEqual(['projectplan-vastgesteld', 'opgeschaald', 'eindevaluatie']);
    expect(nodeAt(model, '/zorgverzekeraars')!.norms).toEqual(['Alleen bij de Zvw-route; dit modelplan gaat via spuk: laat leeg.']);
    // The schema's model itself is untouched.
    expect(nodeAt(formModel('nl'), '/begroting')!.norms).toBeUndefined();
  });

  it('offers the care pathways of a modelplan that has them', () => {
    const m = frame.modelplannen.find((x) => x.zorgpaden?.length)!;
    const model = applyModelplan(formModel('en'), m, 'en');
    expect(nodeAt(model, '/zorgpad')!.options!.map((o) => o.value)).toEqual(m.zorgpaden!.map((z) => z.id));
    expect(nodeAt(model, '/businesscase/fte_besparing')!.norms![0]).toMatch(/^Norm: at least \d+(\.\d+)? FTE \(assumption\)$/);
  });
});
