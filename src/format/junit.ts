/**
 * JUnit XML for GitLab, Azure Pipelines and Jenkins: one test suite per run, one test case per file,
 * one <failure> per error. Written directly rather than with junit-report-builder, because that
 * library always writes a `skipped` attribute on <testsuites>, which the Jenkins junit-4.xsd (the
 * schema these tools follow, in tests/fixtures/junit-4.xsd) does not allow, and keeps one failure per case.
 */
import type { FileResult, Finding, Report } from '../report/types.js';
import type { Formatter } from './types.js';

/** XML 1.0 cannot carry most control characters, not even escaped: show them as \xNN instead. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const line = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`;

function testCase(file: FileResult): string[] {
  const errors = file.findings.filter((f) => f.severity === 'error');
  const others = file.findings.filter((f) => f.severity !== 'error');
  const out = [`    <testcase classname="modelplan" name="${xmlText(file.file)}">`];
  for (const f of errors) out.push(`      <failure type="${xmlText(f.ruleId)}" message="${xmlText(f.message)}">${xmlText(line(f))}</failure>`);
  const notes = [
    ...(file.review ? [`beoordeling: ${file.review.decision}`] : []),
    ...(file.score ? [`score: ${file.score.total}`] : []),
    ...others.map(line),
  ];
  if (notes.length > 0) out.push(`      <system-out>${xmlText(notes.join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out.length === 2 ? [`    <testcase classname="modelplan" name="${xmlText(file.file)}"/>`] : out;
}

export const formatJunit: Formatter = (report: Report) => {
  const failures = report.files.filter((f) => f.counts.errors > 0).length;
  const tests = report.files.length;
  const properties = [
    ['tool', `${report.audit.tool.name} ${report.audit.tool.version}`],
    ['reportVersion', report.reportVersion],
    ['budgetkader', `${report.audit.budgetkader.id} ${report.audit.budgetkader.versie}`],
    ['standaard', String(report.summary.decisions.standaard)],
    ['aanvullende-beoordeling', String(report.summary.decisions['aanvullende-beoordeling'])],
    ['ongeldig', String(report.summary.decisions.ongeldig)],
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="modelplan" tests="${tests}" failures="${failures}" errors="0">`,
    `  <testsuite name="modelplan check" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property name="${xmlText(name!)}" value="${xmlText(value!)}"/>`),
    '    </properties>',
    ...report.files.flatMap((file) => testCase(file)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
