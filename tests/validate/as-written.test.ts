import { describe, expect, it } from 'vitest';
import { mayBeMisread } from '../../src/validate/as-written.js';
import { fieldKind } from '../../src/validate/field-kinds.js';
import { FIELD_NAMES, intendedField } from '../../src/validate/field-names.js';
import { readSchema } from '../../src/validate/schemas.js';
import { EXAMPLES, runInProcess } from '../helpers/cli.js';
import { VALPREVENTIE } from '../rules/as-written-helpers.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('field kinds come from the schemas', () => {
  it.each([
    ['aanvraag', ['begroting', '3', 'bedrag'], 'bedrag'],
    ['aanvraag', ['mijlpalen', '0', 'bedrag'], 'bedrag'],
    ['modelplan', ['bovengrens', 'bedrag'], 'bedrag'],
    ['aanvraag', ['aanvrager', 'leden', '0', 'agb'], 'code'],
    ['aanvraag', ['zorgverzekeraars', 'tweede', 'uzovi'], 'code'],
    ['aanvraag', ['aanvrager', 'zorgkantoorregio'], 'code'],
    ['aanvraag', ['titel'], 'text'],
    ['aanvraag', ['begroting', '0', 'omschrijving'], 'text'],
    ['aanvraag', ['sector'], 'other'],
    ['aanvraag', ['businesscase', 'fte_besparing'], 'other'],
    ['aanvraag', ['bestaat-niet'], 'other'],
  ] as const)('%s %j is %s', (kind, path, expected) => {
    expect(fieldKind(kind, path)).toBe(expected);
  });
});

describe('the fast path declines any text YAML may have misread', () => {
  it.each([
    ['bedrag: 150.000'],
    ['bedrag: 150000.0'],
    ['bedrag: 1e6'],
    ['agb: 06010101'],
    ['bedrag: +150000'],
    ['titel: Spraak #1 in Oost'],
    ['sector:\u00a0vvt'],
    ['titel: “Spraak”'],
  ])('%s', (line) => {
    expect(mayBeMisread(`soort: aanvraag\n${line}\n`)).toBe(true);
  });

  it('but not the examples that parse (the fast path keeps its speed)', () => {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml') && f !== 'yaml-syntaxfout.yaml')) {
      expect(mayBeMisread(readFileSync(join(EXAMPLES, file), 'utf8')), file).toBe(false);
    }
    expect(mayBeMisread('soort: aanvraag\nfte_besparing: 12.5\nversie: 1.0.0\n# een opmerking\n')).toBe(false);
  });
});

describe('the field-name table', () => {
  const names = new Set<string>();
  for (const file of ['aanvraag', 'modelplan', 'budgetkader', 'defs'] as const) {
    const walk = (o: unknown) => {
      if (o === null || typeof o !== 'object') return;
      const props = (o as { properties?: Record<string, unknown> }).properties;
      if (props) for (const k of Object.keys(props)) names.add(k);
      for (const v of Object.values(o)) walk(v);
    };
    walk(readSchema(file));
  }

  it('maps only to field names that exist in the schemas', () => {
    for (const [from, to] of Object.entries(FIELD_NAMES)) for (const name of to) expect(names.has(name), `${from} → ${name}`).toBe(true);
  });

  it('only suggests a field allowed at that place, and knows nothing of prototype names', () => {
    expect(intendedField('budget', ['begroting', 'titel'])).toBe('begroting');
    expect(intendedField('Budget', ['begroting'])).toBe('begroting');
    expect(intendedField('budget', ['titel'])).toBeUndefined();
    expect(intendedField('constructor', ['begroting'])).toBeUndefined();
  });
});

describe('the silent misreading of the issue: a social-domain application with 150.000-style amounts', () => {
  it('is invalid instead of standaard, and budget does not count € 625', async () => {
    // Milestones carry no money here, so nothing else would notice.
    let text = VALPREVENTIE;
    for (const amount of ['180000', '180000', '60000', '40000', '30000', '30000', '30000', '50000']) {
      text = text.replace(`    bedrag: ${amount}\n`, `    bedrag: ${amount.slice(0, -3)}.000\n`);
    }
    expect(text).not.toMatch(/bedrag: \d{4,}\n/);
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-aswritten-'));
    writeFileSync(join(dir, 'aanvraag.yaml'), text);
    const check = await runInProcess(['check', 'aanvraag.yaml'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('aanvraag.yaml  [ongeldig]');
    expect(check.stdout.match(/bedrag-notatie/g)).toHaveLength(8);
    const budget = JSON.parse((await runInProcess(['budget', '--format', 'json', 'aanvraag.yaml'], { cwd: dir })).stdout) as { leftOut: { invalid: { ruleId: string }[] } };
    expect(budget.leftOut.invalid.map((f) => f.ruleId)).toEqual(['bedrag-notatie']);
  });
});

describe('the text output shows the total requested and the euros per fte saved', () => {
  it.each([
    ['nl', 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml  [standaard]  score 115,0  gevraagd € 2.400.000, € 133.333 per bespaarde fte'],
    ['en', 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml  [standard]  score 115.0  requested € 2,400,000, € 133,333 per fte saved'],
  ])('%s', async (lang, header) => {
    const out = await runInProcess(['check', '--lang', lang, 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml']);
    expect(out.stdout.split('\n')[0]).toBe(header);
  });
});
