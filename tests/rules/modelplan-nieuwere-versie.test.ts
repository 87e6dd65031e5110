import { describe, expect, it } from 'vitest';
import type { Frame } from '../../src/domain/types.js';
import { baseAanvraag, checkDocument, frame, positionOf } from './harness.js';

const withVersions = (...versies: string[]): Frame => {
  const plan = frame.modelplannen.find((m) => m.id === 'spraakgestuurd-rapporteren')!;
  return { ...frame, modelplannen: [...frame.modelplannen, ...versies.map((versie) => ({ ...plan, versie }))] };
};

describe('modelplan-nieuwere-versie', () => {
  it('is silent when the application uses the newest version', () => {
    expect(checkDocument(baseAanvraag()).findings.filter((f) => f.ruleId === 'modelplan-nieuwere-versie')).toEqual([]);
  });

  it('warns, at the version, when a newer version exists (semantic order: 1.10.0 > 1.9.0)', () => {
    const { yaml, findings } = checkDocument(baseAanvraag(), 'nl', withVersions('1.9.0', '1.10.0'));
    const own = findings.filter((f) => f.ruleId === 'modelplan-nieuwere-versie');
    expect(own.map((f) => [f.severity, f.messageId, f.pointer, f.message])).toEqual([
      ['warning', 'newer', '/modelplan/versie', 'modelplan "spraakgestuurd-rapporteren" heeft een nieuwere versie 1.10.0 (deze aanvraag: 1.0.0)'],
    ]);
    expect({ line: own[0]!.line, column: own[0]!.column }).toEqual(positionOf(yaml, '1.0.0'));
  });

  it('ignores a newer version that is withdrawn', () => {
    const plan = frame.modelplannen.find((m) => m.id === 'spraakgestuurd-rapporteren')!;
    const withdrawn = { ...frame, modelplannen: [...frame.modelplannen, { ...plan, versie: '2.0.0', status: 'ingetrokken' as const }] };
    expect(checkDocument(baseAanvraag(), 'nl', withdrawn).findings.filter((f) => f.ruleId === 'modelplan-nieuwere-versie')).toEqual([]);
  });
});
