/**
 * SARIF 2.1.0 (OASIS) for GitHub code scanning, Azure DevOps and SARIF viewers, built with
 * node-sarif-builder. The rule catalogue comes from the report; the review decision and score are
 * result and artifact properties; a finding's unambiguous repair is the result's `fixes`. Checked in
 * the tests with Microsoft's SARIF validator.
 */
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Result } from 'sarif';
import type { Finding, Severity } from '../report/types.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://www.npmjs.com/package/modelplan';

/** A relative URI reference with forward slashes; each segment percent-encoded. */
export function artifactUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export const formatSarif: Formatter = (report, options) => {
  const { lang } = options;
  const run = new SarifRunBuilder().initSimple({ toolDriverName: report.audit.tool.name, toolDriverVersion: report.audit.tool.version, url: INFORMATION_URI });
  for (const rule of report.rules) {
    const builder = new SarifRuleBuilder().initSimple({ ruleId: rule.id, shortDescriptionText: rule.title[lang], fullDescriptionText: rule.description[lang] });
    builder.rule.help = { text: `${rule.description[lang]} (${lang === 'nl' ? 'bron' : 'source'}: ${rule.source}) — modelplan explain ${rule.id}` };
    builder.rule.defaultConfiguration = { level: LEVEL[rule.severity] };
    builder.rule.properties = { source: rule.source };
    run.addRule(builder);
  }
  run.run.columnKind = 'utf16CodeUnits';
  // Every file is an artifact, also those without findings, with its decision and score.
  run.run.artifacts = report.files.map((file) => ({
    location: { uri: artifactUri(file.file) },
    sourceLanguage: 'yaml',
    properties: {
      ...(file.kind ? { soort: file.kind } : {}),
      ...(file.review ? { beoordeling: file.review.decision } : {}),
      ...(file.score ? { score: file.score.total } : {}),
    },
  }));
  for (const file of report.files) {
    for (const finding of file.findings) run.addResult(result(finding, file.review?.decision));
  }
  run.run.properties = { reportVersion: report.reportVersion, lang: report.lang, summary: report.summary, audit: report.audit };
  const log = new SarifBuilder();
  log.log.$schema = 'https://json.schemastore.org/sarif-2.1.0.json';
  log.addRun(run);
  return JSON.stringify(log.buildSarifOutput(), null, 2) + '\n';
};

function result(finding: Finding, decision: string | undefined): SarifResultBuilder {
  const builder = new SarifResultBuilder().initSimple({
    level: LEVEL[finding.severity],
    messageText: finding.message,
    ruleId: finding.ruleId,
    fileUri: artifactUri(finding.file),
    startLine: finding.line,
    startColumn: finding.column,
    endLine: Math.max(finding.endLine, finding.line),
    endColumn: finding.endLine > finding.line ? finding.endColumn : Math.max(finding.endColumn, finding.column),
  });
  if (finding.fix) {
    // The same repair `check --fix` makes, so a SARIF viewer can offer it (§3.55 fix, §3.57 replacement).
    const { range, replacement } = finding.fix;
    builder.result.fixes = [
      {
        description: { text: finding.message },
        artifactChanges: [
          {
            artifactLocation: { uri: artifactUri(finding.file) },
            replacements: [{ deletedRegion: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn }, insertedContent: { text: replacement } }],
          },
        ],
      },
    ];
  }
  builder.result.properties = {
    pointer: finding.pointer,
    messageId: finding.messageId,
    ...(decision ? { beoordeling: decision } : {}),
    ...(finding.deviation ? { afwijking: finding.deviation } : {}),
    ...(finding.reviewReason ? { redenAanvullendeBeoordeling: true } : {}),
  };
  return builder;
}
