/**
 * A file's result (the same FileResult `check` reports) as LSP diagnostics and code actions. Pure:
 * no connection, no documents; positions only change base (1-based → 0-based) and, for a text
 * that starts with a BOM, shift by it on the first line (the engine counts after the BOM).
 */
import type { CodeAction, Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver';
import { t } from '../i18n/ui.js';
import type { FileResult, Finding, Fix, Lang, Position, Severity } from '../report/types.js';

export const SOURCE = 'modelplan';
/** The kind editors ask for on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.modelplan';
const QUICK_FIX_KIND = 'quickfix';
/** A URI that names the rule's documentation: what `modelplan explain <rule-id>` prints. */
export const EXPLAIN_SCHEME = 'modelplan-explain';

const severityOf: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };
const INFORMATION: DiagnosticSeverity = 3;

const text = {
  review: { nl: 'aanvullende beoordeling nodig: {message}', en: 'additional review needed: {message}' },
  replace: { nl: 'Herstel ({rule}): schrijf {replacement}', en: 'Fix ({rule}): write {replacement}' },
  remove: { nl: 'Herstel ({rule}): verwijder het teken', en: 'Fix ({rule}): remove the character' },
  fixAll: { nl: 'Herstel alle eenduidige fouten van modelplan ({count})', en: 'Fix all unambiguous modelplan problems ({count})' },
};

/** What a diagnostic carries back to the server in code action requests. */
export interface DiagnosticData {
  review?: true;
  fix?: Fix;
}

export function explainUri(ruleId: string): string {
  return `${EXPLAIN_SCHEME}:${encodeURIComponent(ruleId)}`;
}

/** 1-based, end-exclusive line/column → LSP range; `bom` shifts the first line by the BOM. */
export function toRange(position: Position, bom: boolean): Range {
  const shift = (line: number, column: number) => column - 1 + (bom && line === 1 ? 1 : 0);
  return {
    start: { line: position.line - 1, character: shift(position.line, position.column) },
    end: { line: position.endLine - 1, character: shift(position.endLine, position.endColumn) },
  };
}

export function findingDiagnostic(finding: Finding, bom: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(finding, bom),
    severity: severityOf[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: explainUri(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
  };
  if (finding.fix) diagnostic.data = { fix: finding.fix } satisfies DiagnosticData;
  return diagnostic;
}

/**
 * Every finding, one diagnostic each and in check's order; then, when the application needs
 * additional review, each reason once more as information that says so.
 */
export function toDiagnostics(result: FileResult, lang: Lang, bom: boolean): Diagnostic[] {
  const diagnostics = result.findings.map((f) => findingDiagnostic(f, bom));
  if (result.review?.decision === 'aanvullende-beoordeling') {
    for (const reason of result.review.reasons) {
      const finding = result.findings.find((f) => f.ruleId === reason.ruleId && f.pointer === reason.pointer && f.line === reason.line && f.column === reason.column);
      const at: Position = finding ?? { line: reason.line, column: reason.column, endLine: reason.line, endColumn: reason.column };
      diagnostics.push({
        range: toRange(at, bom),
        severity: INFORMATION,
        code: reason.ruleId,
        codeDescription: { href: explainUri(reason.ruleId) },
        source: SOURCE,
        message: t(text.review, lang, { message: reason.message }),
        data: { review: true } satisfies DiagnosticData,
      });
    }
  }
  return diagnostics;
}

/** A fix as an edit on the editor's text: offsets are counted after a BOM, so shift by it. */
export function fixEdit(fix: Fix, positionAt: (offset: number) => { line: number; character: number }, bom: boolean): TextEdit {
  const shift = bom ? 1 : 0;
  return { range: { start: positionAt(fix.start + shift), end: positionAt(fix.end + shift) }, newText: fix.replacement };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  // Touching counts: a cursor at either end of a diagnostic is on it.
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export interface CodeActionRequest {
  uri: string;
  range: Range;
  /** context.only of the request; undefined: every kind. */
  only?: readonly string[];
  lang: Lang;
  bom: boolean;
  positionAt: (offset: number) => { line: number; character: number };
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** Quick fixes for the findings at the range, and one action that applies every fix. */
export function codeActions(result: FileResult, request: CodeActionRequest): CodeAction[] {
  const { uri, lang, bom, positionAt } = request;
  const actions: CodeAction[] = [];
  const fixable = result.findings.filter((f): f is Finding & { fix: Fix } => f.fix !== undefined);
  if (wanted(QUICK_FIX_KIND, request.only)) {
    for (const finding of fixable) {
      const diagnostic = findingDiagnostic(finding, bom);
      if (!overlaps(diagnostic.range, request.range)) continue;
      const { replacement } = finding.fix;
      const title = replacement === '' ? t(text.remove, lang, { rule: finding.ruleId }) : t(text.replace, lang, { rule: finding.ruleId, replacement: /^\s*$/.test(replacement) ? JSON.stringify(replacement) : replacement });
      actions.push({
        title,
        kind: QUICK_FIX_KIND,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [fixEdit(finding.fix, positionAt, bom)] } },
      });
    }
  }
  if (wanted(FIX_ALL_KIND, request.only) && fixable.length > 0) {
    const edits = nonOverlapping(fixable.map((f) => f.fix)).map((fix) => fixEdit(fix, positionAt, bom));
    actions.push({ title: t(text.fixAll, lang, { count: edits.length }), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  return actions;
}

/** Fixes in text order; one that overlaps an earlier one waits for the next check. */
export function nonOverlapping(fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Fix[] = [];
  let end = -1;
  for (const fix of sorted) {
    const previous = out.at(-1);
    // Overlapping, or the same span twice (two findings, one repair).
    if (fix.start < end || (previous && previous.start === fix.start && previous.end === fix.end)) continue;
    out.push(fix);
    end = fix.end;
  }
  return out;
}
