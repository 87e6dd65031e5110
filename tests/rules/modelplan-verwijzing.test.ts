import { describe, expect, it } from 'vitest';
import { baseAanvraag, checkDocument, frame, ruleCases } from './harness.js';

describe('modelplan-verwijzing', () => {
  ruleCases('modelplan-verwijzing', [
    { name: 'a known id and version resolves', base: baseAanvraag, expected: [] },
    {
      name: 'a misspelt id gets a suggestion',
      base: baseAanvraag,
      mutate: (a) => (a.modelplan.id = 'spraakgestuurd-rapportage'),
      expected: [{ messageId: 'unknownIdSuggestion', severity: 'error', pointer: '/modelplan/id', args: { id: 'spraakgestuurd-rapportage', suggestion: 'spraakgestuurd-rapporteren' }, at: 'spraakgestuurd-rapportage' }],
    },
    {
      name: 'an unrelated id points at modelplan list',
      base: baseAanvraag,
      mutate: (a) => (a.modelplan.id = 'robotzorg'),
      expected: [{ messageId: 'unknownId', severity: 'error', pointer: '/modelplan/id', args: { id: 'robotzorg' }, at: 'robotzorg' }],
    },
    {
      name: 'an unknown version lists the available ones',
      base: baseAanvraag,
      mutate: (a) => (a.modelplan.versie = '2.0.0'),
      expected: [{ messageId: 'unknownVersion', severity: 'error', pointer: '/modelplan/versie', args: { id: 'spraakgestuurd-rapporteren', versie: '2.0.0', versions: '1.0.0' }, at: '2.0.0' }],
    },
  ]);

  it('an unresolved reference stops the frame rules: only the reference finding remains', () => {
    const a = baseAanvraag();
    a.modelplan.versie = '9.9.9';
    a.aanvrager.leden[0]!.sector = 'sociaal-domein';
    expect(checkDocument(a).findings.map((f) => f.ruleId)).toEqual(['modelplan-verwijzing']);
  });

  it('a withdrawn modelplan cannot be used', () => {
    const withdrawn = { ...frame, modelplannen: frame.modelplannen.map((m) => (m.id === 'spraakgestuurd-rapporteren' ? { ...m, status: 'ingetrokken' as const } : m)) };
    const findings = checkDocument(baseAanvraag(), 'nl', withdrawn).findings.filter((f) => f.ruleId === 'modelplan-verwijzing');
    expect(findings.map((f) => [f.messageId, f.pointer, f.message])).toEqual([
      ['withdrawn', '/modelplan/versie', 'modelplan "spraakgestuurd-rapporteren" versie 1.0.0 is ingetrokken en kan niet meer worden gebruikt'],
    ]);
  });
});
