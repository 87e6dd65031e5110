/** The status as terminal tables (cli-table3, no colour), then the notes. */
import Table from 'cli-table3';
import { escapeControl } from '../escape.js';
import { label } from './labels.js';
import { statusNotes, statusSections } from './sections.js';
import type { StatusFormatter } from './types.js';

export const formatStatusText: StatusFormatter = (status) => {
  const lang = status.lang;
  const out: string[] = [];
  for (const section of statusSections(status, lang)) {
    out.push(section.title);
    if (section.rows.length === 0) {
      out.push(label.none[lang], '');
      continue;
    }
    const table = new Table({ head: section.head, style: { head: [], border: [] } });
    for (const row of section.rows) table.push(row.map(escapeControl));
    out.push(table.toString(), '');
  }
  out.push(...statusNotes(status, lang).map(escapeControl));
  return out.join('\n') + '\n';
};
