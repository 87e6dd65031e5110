/** The budget as Markdown: a heading and a pipe table per section (for a pull request or a memo). */
import { markdownCell } from '../escape.js';
import { budgetDocument, type Row, type Section } from './sections.js';
import type { BudgetFormatter } from './types.js';

export const formatBudgetMarkdown: BudgetFormatter = (report, options) => {
  const doc = budgetDocument(report, options.lang);
  const lines = [`# ${markdownCell(doc.title)}`, ''];
  if (doc.notes.length > 0) lines.push(...doc.notes.map((n) => `> ${markdownCell(n)}`), '');
  for (const section of doc.sections) lines.push(...renderSection(section), '');
  lines.push(`**${markdownCell(doc.summary)}**`);
  return lines.join('\n') + '\n';
};

function renderSection(section: Section): string[] {
  const header = `| ${section.columns.map((col) => markdownCell(col.header)).join(' | ')} |`;
  const rule = `|${section.columns.map((col) => (col.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  const out = [`## ${markdownCell(section.title)}`, '', header, rule, ...section.rows.map(renderRow)];
  if (section.notes.length > 0) out.push('', ...section.notes.map((n) => markdownCell(n)));
  return out;
}

function renderRow(row: Row): string {
  const cells = row.cells.map((cell) => {
    const text = markdownCell(cell.text);
    return row.kind === 'total' && text !== '' ? `**${text}**` : text;
  });
  return `| ${cells.join(' | ')} |`;
}
