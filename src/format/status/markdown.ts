/** The status as Markdown tables, for a wiki or a pull request. */
import { markdownCell } from '../escape.js';
import { label } from './labels.js';
import { statusNotes, statusSections } from './sections.js';
import type { StatusFormatter } from './types.js';

export const formatStatusMarkdown: StatusFormatter = (status) => {
  const lang = status.lang;
  const out: string[] = [];
  statusSections(status, lang).forEach((section, i) => {
    out.push(`${i === 0 ? '#' : '##'} ${markdownCell(section.title)}`, '');
    if (section.rows.length === 0) {
      out.push(label.none[lang], '');
      return;
    }
    out.push(`| ${section.head.map(markdownCell).join(' | ')} |`, `|${section.head.map(() => ' --- ').join('|')}|`);
    for (const row of section.rows) out.push(`| ${row.map(markdownCell).join(' | ')} |`);
    out.push('');
  });
  out.push(...statusNotes(status, lang).map((n) => `- ${markdownCell(n)}`));
  return out.join('\n') + '\n';
};
