/** The budget as terminal tables (cli-table3), one per section, with a text bar per theme. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { escapeControl } from '../escape.js';
import { budgetDocument, type Cell, type Row, type Section } from './sections.js';
import type { BudgetFormatter } from './types.js';

export const formatBudgetTable: BudgetFormatter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const doc = budgetDocument(report, options.lang);
  const lines = [c.bold(escapeControl(doc.title)), ...doc.notes.map((n) => c.dim(escapeControl(n))), ''];
  for (const section of doc.sections) lines.push(...renderSection(section, c), '');
  lines.push(c.bold(escapeControl(doc.summary)));
  return lines.join('\n') + '\n';
};

function renderSection(section: Section, c: ChalkInstance): string[] {
  const table = new Table({
    head: section.columns.map((col) => c.bold(escapeControl(col.header))),
    colAligns: section.columns.map((col) => col.align),
    style: { head: [], border: [], compact: true },
  });
  for (const row of section.rows) table.push(row.cells.map((cell) => renderCell(cell, row, c)));
  return [c.bold.underline(escapeControl(section.title)), table.toString(), ...section.notes.map((n) => c.dim(escapeControl(n)))];
}

function renderCell(cell: Cell, row: Row, c: ChalkInstance): string {
  const shown = escapeControl(cell.text);
  const toned = cell.tone === 'over' ? c.red(shown) : cell.tone === 'ok' ? c.green(shown) : cell.tone === 'muted' ? c.dim(shown) : shown;
  return row.kind === 'total' ? c.bold(toned) : toned;
}
