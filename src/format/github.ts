/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, which GitHub shows as
 * annotations on the pull request. Escaping as GitHub's own toolkit does (@actions/core).
 */
import type { Severity } from '../report/types.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (report, options) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      if (options.quiet && f.severity !== 'error') continue;
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
  }
  const s = report.summary;
  lines.push(
    escapeData(
      `modelplan: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings; standaard ${s.decisions.standaard}, aanvullende-beoordeling ${s.decisions['aanvullende-beoordeling']}, ongeldig ${s.decisions.ongeldig}`,
    ),
  );
  return lines.join('\n') + '\n';
};
