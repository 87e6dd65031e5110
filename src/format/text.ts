/** Human-readable output, grouped per file, ending in one summary line. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Finding, Report, Severity } from '../report/types.js';
import { decisionName, formatDecimal, formatEuros, severityName, t, ui } from '../i18n/ui.js';
import { escapeControl } from './escape.js';
import { appendAll } from '../domain/append.js';
import { chunkedFormatter, type FormatOptions } from './types.js';

const severityColor = (c: ChalkInstance): Record<Severity, ChalkInstance> => ({ error: c.red, warning: c.yellow, info: c.blue });

/** One piece per file (its lines and a blank line), then the summary. */
function* textChunks(report: Report, options: FormatOptions): Iterable<string> {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  for (const file of report.files) {
    const lines: string[] = [];
    const shown = file.findings;
    lines.push(fileHeader(file, c, options));
    // The SPUK route: what `standaard` means there, said plainly under the decision.
    if (file.review?.kader) lines.push(c.dim(`  ${ui.note[options.lang]}: ${file.review.kader.message}`));
    if (shown.length === 0) lines.push(c.dim(`  ${ui.noFindings[options.lang]}`));
    // A loop, not Math.max(...): spreading a large array into a call overflows the stack.
    let width = 0;
    for (const f of shown) width = Math.max(width, `${f.line}:${f.column}`.length);
    for (const f of shown) lines.push(findingLine(f, width, c, options));
    if (file.omittedFindings) lines.push(c.dim(`  ${t(ui.moreFindings, options.lang, { count: file.omittedFindings })}`));
    if (file.review?.decision === 'aanvullende-beoordeling') appendAll(lines, reasonLines(file, c, options));
    if (options.explainScore && file.score) appendAll(lines, scoreLines(file, c, options));
    lines.push('');
    yield lines.join('\n') + '\n';
  }
  yield summaryLines(report, c, options).join('\n') + '\n';
}

export const formatText = chunkedFormatter(textChunks);

function fileHeader(file: FileResult, c: ChalkInstance, options: FormatOptions): string {
  const parts = [c.bold.underline(escapeControl(file.file))];
  if (file.review) {
    const decision = decisionName[file.review.decision][options.lang];
    const color = file.review.decision === 'ongeldig' ? c.red : file.review.decision === 'standaard' ? c.green : c.yellow;
    parts.push(color(`[${decision}]`));
  }
  if (file.score) parts.push(c.dim(`${ui.score[options.lang]} ${formatDecimal(file.score.total, options.lang, 1)}`));
  const figures = figuresText(file, options.lang);
  if (figures) parts.push(c.dim(figures));
  return parts.join('  ');
}

/** The two figures an applicant checks first: the total requested and the euros per fte saved. */
export function figuresText(file: FileResult, lang: FormatOptions['lang']): string | undefined {
  if (!file.aanvraag) return undefined;
  const requested = t(ui.requested, lang, { totaal: formatEuros(file.aanvraag.totaal, lang) });
  const perFte = file.score?.euroPerFte;
  if (perFte === undefined) return requested;
  return requested + ', ' + (perFte === null ? ui.noFteSaved[lang] : t(ui.perFte, lang, { euroPerFte: formatEuros(perFte, lang) }));
}

function findingLine(f: Finding, width: number, c: ChalkInstance, options: FormatOptions): string {
  const where = `${f.line}:${f.column}`.padEnd(width);
  const severity = severityColor(c)[f.severity](severityName[f.severity][options.lang].padEnd(12));
  return `  ${c.dim(where)}  ${severity} ${escapeControl(f.message)}  ${c.dim(f.ruleId)}`;
}

/** Why an assessor has to look further, each reason with its place (declared motivations included). */
function reasonLines(file: FileResult, c: ChalkInstance, options: FormatOptions): string[] {
  const reasons = file.review!.reasons;
  return [
    c.yellow(`  ${ui.reasons[options.lang]}:`),
    ...reasons.map((r) => c.yellow(`    - ${r.line}:${r.column} ${escapeControl(r.message)} (${r.ruleId})`)),
  ];
}

function scoreLines(file: FileResult, c: ChalkInstance, options: FormatOptions): string[] {
  const s = file.score!;
  const { lang } = options;
  const out = [
    c.dim(
      '  ' +
        t(ui.scoreHeader, lang, {
          total: formatDecimal(s.total, lang, 1),
          conformiteit: formatDecimal(s.conformiteit, lang, 1),
          doelmatigheid: formatDecimal(s.doelmatigheid, lang, 1),
          wc: s.weights.conformiteit,
          wd: s.weights.doelmatigheid,
          wsum: s.weights.conformiteit + s.weights.doelmatigheid,
        }),
    ),
  ];
  for (const e of s.elements) out.push(c.dim('    ' + t(ui.scoreElement, lang, { element: e.element, met: e.met, counted: e.counted, weight: e.weight, rules: e.rules.join(', ') })));
  out.push(
    c.dim(
      '    ' +
        (s.euroPerFte === null
          ? ui.scoreNoFte[lang]
          : t(ui.scoreEfficiency, lang, { doelmatigheid: formatDecimal(s.doelmatigheid, lang, 1), euroPerFte: formatEuros(s.euroPerFte, lang), norm: formatEuros(s.normEuroPerFte, lang) })),
    ),
  );
  return out;
}

function summaryLines(report: Report, c: ChalkInstance, options: FormatOptions): string[] {
  const s = report.summary;
  const { lang } = options;
  const { decisions: _decisions, naIndienmoment: _late, ...counts } = s;
  const files = t(ui.summaryFiles, lang, counts);
  const decisions = t(ui.summaryDecisions, lang, {
    standaard: s.decisions.standaard,
    review: s.decisions['aanvullende-beoordeling'],
    ongeldig: s.decisions.ongeldig,
  });
  const color = s.errors > 0 ? c.red.bold : s.warnings > 0 ? c.yellow.bold : c.green.bold;
  const lines = [color(`${files} · ${decisions}`)];
  // Files added after the register's submission moment count for nothing: named apart.
  if (s.naIndienmoment) lines.push(t(ui.summaryLate, lang, { aantal: s.naIndienmoment.length, files: s.naIndienmoment.join(', ') }));
  return lines;
}
