/**
 * Issue 28, point 3: the check run is engine → view → render → format. The view (--quiet,
 * --max-findings) is applied to the language-neutral files, and only what it shows is rendered:
 * a finding cut by --max-findings, or a file left out by --quiet, never reaches the render step.
 * The summary and the exit code still count everything. And the engine's options carry no
 * language (nor the view): checked by tsc on the type and at run time on the call.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { EngineOptions } from '../../src/engine/index.js';
import type { NeutralFinding } from '../../src/report/types.js';
import { runCheck, type CheckOptions } from '../../src/runs/check.js';
import { EXAMPLES, MODELPLANNEN, ROOT, TEST_TODAY } from '../helpers/cli.js';

const rendered = vi.hoisted(() => ({ findings: [] as NeutralFinding[], engineOptions: [] as object[] }));

vi.mock('../../src/rules/finding.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/finding.js')>();
  return {
    ...original,
    renderFinding: (finding: NeutralFinding, lang: 'nl' | 'en') => {
      rendered.findings.push(finding);
      return original.renderFinding(finding, lang);
    },
  };
});

vi.mock('../../src/engine/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/index.js')>();
  return {
    ...original,
    runEngine: (...args: Parameters<typeof original.runEngine>) => {
      rendered.engineOptions.push(args[2]);
      return original.runEngine(...args);
    },
  };
});

const base: CheckOptions = { paths: [EXAMPLES], cwd: ROOT, modelplannenDir: MODELPLANNEN, lang: 'nl', maxFileBytes: 2_000_000, failOn: 'error', jobs: 1, today: () => TEST_TODAY };
const noStdin = {
  stdin: () => {
    throw new Error('this run reads no standard input');
  },
};

async function run(options: CheckOptions) {
  rendered.findings.length = 0;
  rendered.engineOptions.length = 0;
  return runCheck(options, noStdin);
}

describe('the check run renders after the view', () => {
  it('without a view every finding is rendered, once', async () => {
    const { report } = await run(base);
    const total = report.summary.errors + report.summary.warnings + report.summary.infos;
    expect(total).toBe(38);
    expect(rendered.findings.length).toBe(total);
  });

  it('--max-findings 1: the findings cut are never rendered; the counts count them all', async () => {
    const { report, exitCode } = await run({ ...base, view: { quiet: false, maxFindings: 1 } });
    const shown = report.files.flatMap((f) => f.findings);
    const cut = report.files.reduce((n, f) => n + (f.omittedFindings ?? 0), 0);
    expect({ shown: shown.length, cut }).toEqual({ shown: 14, cut: 24 });
    expect(rendered.findings.length).toBe(14);
    expect(rendered.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(shown.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`));
    expect(report.summary).toMatchObject({ files: 34, errors: 27, warnings: 8, infos: 3 });
    expect(exitCode).toBe(1);
  });

  it('--quiet: a file without errors is not rendered at all, nor a warning of a file with errors', async () => {
    const { report } = await run({ ...base, view: { quiet: true } });
    expect(report.files.length).toBe(10);
    expect(rendered.findings.length).toBe(27);
    expect(rendered.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(report.summary).toMatchObject({ files: 34, withErrors: 10, errors: 27, warnings: 8, infos: 3 });
  });
});

describe('the engine options carry no language and no view', () => {
  it('by type (tsc checks this file in npm run lint)', () => {
    expectTypeOf<EngineOptions>().not.toHaveProperty('lang');
    expectTypeOf<EngineOptions>().not.toHaveProperty('view');
  });

  it('at run time: what runCheck hands to the engine', async () => {
    await run({ ...base, lang: 'en', view: { quiet: true, maxFindings: 1 } });
    expect(rendered.engineOptions.length).toBe(1);
    expect(['lang', 'view'].filter((key) => key in rendered.engineOptions[0]!)).toEqual([]);
  });
});
