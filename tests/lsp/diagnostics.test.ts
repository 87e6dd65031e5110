/** Findings → diagnostics and code actions: positions, BOM, kinds asked for, overlapping fixes. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, nonOverlapping, toDiagnostics, toRange } from '../../src/lsp/diagnostics.js';
import type { FileResult, Finding, Fix } from '../../src/report/types.js';
import { fileResult } from '../helpers/file-result.js';

const fix = (start: number, end: number, replacement: string): Fix => ({ start, end, replacement, range: { line: 1, column: start + 1, endLine: 1, endColumn: end + 1 } });

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'bedrag-notatie', severity: 'error', file: 'a.yaml', pointer: '/x', line: 1, column: 1, endLine: 1, endColumn: 1, messageId: 'm', args: {}, message: 'msg', ...over };
}

describe('toRange', () => {
  it('turns 1-based end-exclusive positions into 0-based LSP ranges', () => {
    expect(toRange({ line: 3, column: 5, endLine: 4, endColumn: 2 }, false)).toEqual({ start: { line: 2, character: 4 }, end: { line: 3, character: 1 } });
  });
  it('shifts the first line by a BOM the engine does not count', () => {
    expect(toRange({ line: 1, column: 5, endLine: 2, endColumn: 2 }, true)).toEqual({ start: { line: 0, character: 5 }, end: { line: 1, character: 1 } });
  });
});

describe('toDiagnostics', () => {
  it('maps severities and adds review reasons as information only for aanvullende beoordeling', () => {
    const findings = [finding({ severity: 'warning', ruleId: 'mijlpaal-termijn', message: 'te laat' }), finding({ severity: 'info', ruleId: 'regionale-invulling', line: 2 })];
    const result: FileResult = fileResult({
      file: 'a.yaml',
      kind: 'aanvraag',
      findings,
      review: { decision: 'aanvullende-beoordeling', reasons: [{ ruleId: 'mijlpaal-termijn', pointer: '/x', line: 1, column: 1, message: 'te laat' }] },
    });
    expect(toDiagnostics(result, 'nl', false).map((d) => [d.severity, d.code, d.message])).toEqual([
      [2, 'mijlpaal-termijn', 'te laat'],
      [3, 'regionale-invulling', 'msg'],
      [3, 'mijlpaal-termijn', 'aanvullende beoordeling nodig: te laat'],
    ]);
    expect(toDiagnostics({ ...result, review: { decision: 'ongeldig', reasons: result.review!.reasons } }, 'nl', false)).toHaveLength(2);
  });
});

describe('codeActions', () => {
  const text = 'a: 1.000\nb: 2.000\n';
  const doc = TextDocument.create('file:///a.yaml', 'yaml', 1, text);
  const result: FileResult = fileResult({
    file: 'a.yaml',
    kind: 'aanvraag',
    findings: [
      finding({ line: 1, column: 4, endLine: 1, endColumn: 9, fix: fix(3, 8, '1000') }),
      finding({ line: 2, column: 4, endLine: 2, endColumn: 9, fix: { start: 12, end: 17, replacement: '2000', range: { line: 2, column: 4, endLine: 2, endColumn: 9 } } }),
      finding({ ruleId: 'bovengrens', line: 2, column: 1, endLine: 2, endColumn: 2 }),
    ],
  });
  const request = { uri: doc.uri, lang: 'en' as const, bom: false, positionAt: (o: number) => doc.positionAt(o) };

  it('offers the quick fixes at the cursor and fix-all, filtered by the kinds asked for', () => {
    const onLine2 = { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } };
    expect(codeActions(result, { ...request, range: onLine2 }).map((a) => [a.kind, a.title])).toEqual([
      ['quickfix', 'Fix (bedrag-notatie): write 2000'],
      ['source.fixAll.modelplan', 'Fix all unambiguous modelplan problems (2)'],
    ]);
    expect(codeActions(result, { ...request, range: onLine2, only: ['source'] }).map((a) => a.kind)).toEqual(['source.fixAll.modelplan']);
    expect(codeActions(result, { ...request, range: onLine2, only: ['refactor'] })).toEqual([]);
    const all = codeActions(result, { ...request, range: onLine2, only: ['source.fixAll.modelplan'] })[0]!;
    expect(TextDocument.applyEdits(doc, all.edit!.changes![doc.uri]!)).toBe('a: 1000\nb: 2000\n');
  });

  it('offers nothing where there is nothing to fix', () => {
    expect(codeActions({ ...result, findings: [result.findings[2]!] }, { ...request, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } })).toEqual([]);
  });
});

describe('nonOverlapping', () => {
  it('keeps fixes in text order and drops one that overlaps an earlier one or repeats it', () => {
    expect(nonOverlapping([fix(10, 12, 'c'), fix(0, 5, 'a'), fix(3, 6, 'b'), fix(10, 12, 'c'), fix(5, 5, 'd')])).toEqual([fix(0, 5, 'a'), fix(5, 5, 'd'), fix(10, 12, 'c')]);
  });
});
