/** A Markdown summary for $GITHUB_STEP_SUMMARY and pull-request comments: one table, then findings per file. */
import { decisionName, formatDecimal, severityName, t, ui } from '../i18n/ui.js';
import { markdownCell } from './escape.js';
import type { Formatter } from './types.js';

const text = {
  title: { nl: 'modelplan check', en: 'modelplan check' },
  header: { nl: '| bestand | beoordeling | score | fouten | waarschuwingen |', en: '| file | review | score | errors | warnings |' },
  assumedFrame: { nl: 'Kader van deze tool (aanname)', en: 'This tool’s frame (assumption)' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  summary: {
    nl: '**{files}** bestand(en): {valid} zonder fouten, {withErrors} met fouten · standaard {standaard}, aanvullende beoordeling {review}, ongeldig {ongeldig}',
    en: '**{files}** file(s): {valid} without errors, {withErrors} with errors · standard {standaard}, additional review {review}, invalid {ongeldig}',
  },
};

export const formatMarkdown: Formatter = (report, options) => {
  const { lang } = options;
  const s = report.summary;
  const lines = [
    `## ${text.title[lang]}`,
    '',
    t(text.summary, lang, { files: s.files, valid: s.valid, withErrors: s.withErrors, standaard: s.decisions.standaard, review: s.decisions['aanvullende-beoordeling'], ongeldig: s.decisions.ongeldig }),
    // Files added after the register's submission moment count for nothing: named apart.
    ...(s.naIndienmoment ? ['', t(ui.summaryLate, lang, { aantal: s.naIndienmoment.length, files: s.naIndienmoment.map(markdownCell).join(', ') })] : []),
    '',
    text.header[lang],
    '|---|---|---:|---:|---:|',
  ];
  for (const file of report.files) {
    const { errors, warnings } = file.counts;
    const decision = file.review ? decisionName[file.review.decision][lang] : '—';
    const score = file.score ? formatDecimal(file.score.total, lang, 1) : '—';
    lines.push(`| ${markdownCell(file.file)} | ${decision} | ${score} | ${errors} | ${warnings} |`);
  }
  const assumed = report.files.filter((f) => f.review?.kader);
  if (assumed.length > 0) lines.push('', `### ${text.assumedFrame[lang]}`, '');
  for (const file of assumed) lines.push(`- **${markdownCell(file.file)}**: ${markdownCell(file.review!.kader!.message)}`);
  const withFindings = report.files.filter((f) => f.findings.length > 0);
  if (withFindings.length > 0) lines.push('', `### ${text.findings[lang]}`);
  for (const file of withFindings) {
    lines.push('', `**${markdownCell(file.file)}**`, '');
    for (const f of file.findings) {
      lines.push(`- ${f.line}:${f.column} ${severityName[f.severity][lang]}: ${markdownCell(f.message)} (\`${f.ruleId}\`)`);
    }
  }
  return lines.join('\n') + '\n';
};
