/**
 * What `check --fix` did (or, with --dry-run, would do), as text: per file each repair with its
 * place, old and new text and rule, the unified diff with --dry-run, and files left alone. What is
 * left after the repairs follows as the ordinary text report. Pure: data in, text out.
 */
import { Chalk } from 'chalk';
import type { FileFixes } from '../fix/types.js';
import { t } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';
import { escapeControl } from './escape.js';

const texts = {
  heading: { nl: 'Reparaties (check --fix)', en: 'Repairs (check --fix)' },
  headingDry: { nl: 'Reparaties die check --fix zou doen (--dry-run: er is niets gewijzigd)', en: 'Repairs check --fix would make (--dry-run: nothing was changed)' },
  fileFixed: { nl: '{file}: {count} gerepareerd', en: '{file}: {count} repaired' },
  fileWould: { nl: '{file}: {count} te repareren', en: '{file}: {count} to repair' },
  unparseable: {
    nl: '{file}: niet aangeraakt, het bestand is niet als YAML te lezen (zie de fout hieronder)',
    en: '{file}: not touched, the file cannot be read as YAML (see the error below)',
  },
  notSaved: {
    nl: '{file}: {count} reparatie(s) niet opgeslagen, het bestand is niet aangeraakt (zie bestand-niet-opgeslagen hieronder)',
    en: '{file}: {count} repair(s) not saved, the file was not touched (see bestand-niet-opgeslagen below)',
  },
  total: { nl: '{count} reparatie(s) in {files} bestand(en); wat er nog over is:', en: '{count} repair(s) in {files} file(s); what is left:' },
  totalDry: { nl: '{count} reparatie(s) in {files} bestand(en) mogelijk; wat er daarna nog over zou zijn:', en: '{count} repair(s) possible in {files} file(s); what would be left after them:' },
  nothing: { nl: 'niets te repareren; wat er over is:', en: 'nothing to repair; what is left:' },
} satisfies Record<string, Localized>;

/** Invisible characters shown as escapes, so a repaired no-break space is seen to change. */
function visible(text: string): string {
  if (text.trim() === '') return JSON.stringify(text).replace(/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const shown = escapeControl(text).replace(/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 70 ? shown.slice(0, 69) + '…' : shown;
}

export function formatFixes(fixes: readonly FileFixes[], options: { lang: Lang; color: boolean; dryRun: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { lang } = options;
  const lines: string[] = [c.bold(texts[options.dryRun ? 'headingDry' : 'heading'][lang])];
  let count = 0;
  let files = 0;
  for (const file of fixes) {
    const name = escapeControl(file.file);
    if (file.untouched) {
      lines.push(c.yellow(t(texts.unparseable, lang, { file: name })));
      continue;
    }
    if (file.notSaved) {
      lines.push(c.yellow(t(texts.notSaved, lang, { file: name, count: file.applied.length })));
      continue;
    }
    count += file.applied.length;
    files++;
    lines.push(c.green(t(texts[options.dryRun ? 'fileWould' : 'fileFixed'], lang, { file: name, count: file.applied.length })));
    let width = 0;
    for (const a of file.applied) width = Math.max(width, `${a.finding.line}:${a.finding.column}`.length);
    for (const a of file.applied) {
      const where = `${a.finding.line}:${a.finding.column}`.padEnd(width);
      lines.push(`  ${c.dim(where)}  ${visible(a.before)} → ${visible(a.after)}  ${c.dim(a.finding.ruleId)}`);
    }
    if (options.dryRun && file.diff) {
      for (const line of file.diff.replace(/\n$/, '').split('\n')) {
        const shown = '  ' + escapeControl(line.replace(/\r$/, ''));
        lines.push(line.startsWith('+') ? c.green(shown) : line.startsWith('-') ? c.red(shown) : shown);
      }
    }
  }
  lines.push(count === 0 ? texts.nothing[lang] : t(texts[options.dryRun ? 'totalDry' : 'total'], lang, { count, files }));
  return lines.join('\n') + '\n\n';
}

/** The text of `check --fix`: in the text format the repairs first, then the report; in the others the report alone. */
export function withFixes(reportText: string, fixes: readonly FileFixes[], options: { format: string; lang: Lang; color: boolean; dryRun: boolean }): string {
  return options.format === 'text' ? formatFixes(fixes, options) + reportText : reportText;
}
