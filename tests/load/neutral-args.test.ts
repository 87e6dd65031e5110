/**
 * Issue 19, point 4: the parse layer speaks no language. The same hostile and invalid inputs, and
 * every example file, checked in Dutch and in English: each finding's args are the same values
 * in both runs (only the rendered message differs), and no arg holds the words the renderer adds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOneText } from '../../src/engine/index.js';
import { renderFile } from '../../src/report/render.js';
import type { Frame } from '../../src/domain/types.js';
import { loadFrame } from '../../src/frame/load.js';
import type { Finding, Lang } from '../../src/report/types.js';
import { findRule } from '../../src/rules/index.js';
import { EXAMPLES, MODELPLANNEN, ROOT } from '../helpers/cli.js';

const frame: Frame = await loadFrame(MODELPLANNEN, ROOT);
const valid = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8');

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The classes of tests/load/hostile-batch.test.ts (smaller), plus schema errors of every kind of expectation. */
const HOSTILE: Record<string, string | Buffer> = {
  'leeg.yaml': '',
  'commentaar.yaml': '# alleen commentaar\n',
  'syntaxfout.yaml': 'soort: aanvraag\ntitel: "niet gesloten\n',
  'tabs.yaml': 'soort: aanvraag\naanvrager:\n\tnaam: x\n',
  'dubbele-punt.yaml': 'soort: aanvraag\ntitel: Zorg: thuis\n',
  'onzichtbare-spatie.yaml': 'soort:\u00a0aanvraag\n',
  'zelfverwijzing.yaml': 'soort: aanvraag\nlus: &lus\n  terug: *lus\n',
  'onbekende-alias.yaml': 'soort: aanvraag\ntitel: *nergens\n',
  'diep-flow.yaml': '['.repeat(2_000) + ']'.repeat(2_000) + '\n',
  'binair.yaml': Buffer.from([0x00, 0x9f, 0x92, 0x96, 0xff, 0x00]),
  'ongeldige-utf8.yaml': Buffer.concat([Buffer.from('soort: aanvraag\ntitel: "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]),
  'utf16-le.yaml': utf16le('soort: aanvraag\n'),
  'dubbele-sleutel.yaml': 'soort: aanvraag\ntitel: a\ntitel: b\n',
  'meerdere-documenten.yaml': 'soort: aanvraag\n---\nsoort: aanvraag\n',
  'tag.yaml': 'soort: aanvraag\ntitel: !!js/function "function () { return 1 }"\n',
  'scalar.yaml': '42\n',
  'lijst.yaml': '- soort: aanvraag\n',
  'null.yaml': '~\n',
  'soort-onbekend.yaml': 'soort: plan\n',
  'soort-tikfout.yaml': 'soort: aanvrag\n',
  'soort-lijst.yaml': 'soort: [aanvraag]\n',
  'bedrag-notatie.yaml': valid.replace(/bedrag: (\d+)/, 'bedrag: 150.000'),
  'tekst-afgebroken.yaml': valid.replace(/^titel: (.*)$/m, 'titel: Spraak #1 in Oost'),
  'proto.yaml': 'soort: aanvraag\n__proto__:\n  polluted: ja\n',
  'bijzondere-getallen.yaml': valid.replace(/bedrag: \d+/, 'bedrag: .inf'),
  // type (a list, a mapping, nothing where a text is expected), x-verwacht, minimum, minLength, enum, const, lengths.
  'schema-typen.yaml': valid
    .replace(/^titel: .*$/m, 'titel: [een, twee]')
    .replace(/^(\s+)fte_besparing: .*$/m, '$1fte_besparing: -3')
    .replace(/agb: "?\d+"?/, 'agb: "1234567"')
    .replace(/^financieringsroute: .*$/m, 'financieringsroute: ' + 'x'.repeat(80))
    .replace(/^thema: .*$/m, 'thema:\n  a: 1')
    .replace(/^soort: aanvraag$/m, 'soort: aanvraag\ninhoud:\n  bereik: -1'),
  'schema-leeg.yaml': 'soort: aanvraag\ntitel: ""\nbegroting: []\nmijlpalen: ~\n',
};

const hostile = new Set(Object.keys(HOSTILE));

function check(name: string, content: string | Buffer, lang: Lang): Finding[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return renderFile(checkOneText(bytes, name, frame, { maxFileBytes: Number.MAX_SAFE_INTEGER }), lang).findings;
}

const inputs: [string, string | Buffer][] = [
  ...Object.entries(HOSTILE),
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f): [string, Buffer] => [f, readFileSync(join(EXAMPLES, f))]),
];

/** The words the renderer puts in for neutral args (src/report/neutral.ts): none may be in an arg. */
const WORDS = ['een lijst', 'a list', 'een map', 'a mapping', 'niets (leeg)', 'nothing (empty)', 'een geheel getal', 'a whole number', 'een tekst', 'a text', 'minstens ', 'at least ', 'een niet-lege tekst', 'a non-empty text', "een bedrag in hele euro's", 'an amount in whole euros', 'een AGB-code', 'an AGB code'];

describe('finding args are language-neutral', () => {
  it.each(inputs)('%s: the same args in nl and en, the message in each language', (name, content) => {
    const nl = check(name, content, 'nl');
    const en = check(name, content, 'en');
    if (hostile.has(name)) expect(nl.length).toBeGreaterThan(0);
    // Everything but the message is the same: rule, message ID, position, args, fix.
    const rest = (f: Finding) => ({ ...f, message: undefined });
    expect(en.map(rest)).toEqual(nl.map(rest));
    nl.forEach((finding, i) => {
      const template = (findRule(finding.ruleId)!.messages as Record<string, { nl: string; en: string }>)[finding.messageId]!;
      // Some templates are one text in both languages (`{path}: {detail}`); the others must differ.
      if (template.nl !== template.en) expect(en[i]!.message, `${finding.ruleId}/${finding.messageId}`).not.toBe(finding.message);
      for (const value of Object.values(finding.args)) {
        if (typeof value !== 'string') continue;
        for (const word of WORDS) expect(value.startsWith(word), `${finding.ruleId}/${finding.messageId}: ${value}`).toBe(false);
      }
    });
  });

  it('on any YAML-like text too (the generator of hostile-property.test.ts, with values of every kind)', () => {
    const yamlish = fc
      .array(fc.constantFrom('soort: aanvraag\n', 'soort: ', 'titel: ', 'bedrag: ', 'a', ':', ': ', '- ', '  ', '\n', '\t', '#', '"', "'", '[', ']', '{', '}', ',', '&x ', '*x', '!!js/function ', '---\n', '~', '.inf', '1e400', '150.000', 'true', '\u00a0', '“', 'é'), { maxLength: 40 })
      .map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(yamlish, (text) => {
        const rest = (f: Finding) => ({ ...f, message: undefined });
        expect(check('x.yaml', text, 'en').map(rest)).toEqual(check('x.yaml', text, 'nl').map(rest));
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  it('covers the neutral descriptions: value tokens and expectation codes reach the args', () => {
    const args = inputs.flatMap(([name, content]) => check(name, content, 'nl')).filter((f) => f.ruleId === 'schema' || f.ruleId === 'soort-onbekend').flatMap((f) => Object.entries(f.args));
    const found = new Set(args.filter(([k]) => k === 'found').map(([, v]) => v));
    const expected = new Set(args.filter(([k]) => k === 'expected').map(([, v]) => String(v).split(':')[0] ?? ''));
    for (const token of ['null', 'list', 'mapping']) expect(found, token).toContain(token);
    for (const keyword of ['type', 'x-verwacht', 'minimum']) expect(expected, keyword).toContain(keyword);
    expect([...expected].every((keyword) => ['x-verwacht', 'type', 'const', 'minimum', 'maximum', 'minLength', 'pattern', 'format'].includes(keyword)), [...expected].join(' ')).toBe(true);
  });
});
