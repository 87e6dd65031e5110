/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, which GitHub shows as
 * annotations on the pull request. Escaping as GitHub's own toolkit does (@actions/core).
 */
import { t } from '../i18n/ui.js';
import type { Localized, Report, Severity } from '../report/types.js';
import { chunkedFormatter, type FormatOptions } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const closingLine = {
  nl: 'modelplan: {files} bestand(en), {errors} fout(en), {warnings} waarschuwing(en); standaard {standaard}, aanvullende beoordeling {review}, ongeldig {ongeldig}',
  en: 'modelplan: {files} file(s), {errors} error(s), {warnings} warning(s); standard {standaard}, additional review {review}, invalid {ongeldig}',
} satisfies Localized;

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One piece per file with findings (a line each), then the closing line. */
function* githubChunks(report: Report, options: FormatOptions): Iterable<string> {
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const lines: string[] = [];
    for (const f of file.findings) {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${Math.max(f.endLine, f.line)}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`modelplan ${f.ruleId}`)}`,
      ].join(',');
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
    }
    yield lines.join('\n') + '\n';
  }
  const s = report.summary;
  const counts = { files: s.files, errors: s.errors, warnings: s.warnings, standaard: s.decisions.standaard, review: s.decisions['aanvullende-beoordeling'], ongeldig: s.decisions.ongeldig };
  yield escapeData(t(closingLine, options.lang, counts)) + '\n';
}

export const formatGithub = chunkedFormatter(githubChunks);
