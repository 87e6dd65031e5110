/**
 * The set-level stage after approval, once every other file of the run is finished: the accounts
 * tied to their approval and checked together (cumulative amounts, milestones of earlier years),
 * finished; then the plausibility judgements against the finished accounts, finished. Each file is
 * finished once.
 */
import type { WorkFile } from '../check-file.js';
import { finish } from '../check-file.js';
import { compareText } from '../domain/compare.js';
import type { Frame } from '../domain/types.js';
import type { FileResult, Lang } from '../report/types.js';
import { runPlausibiliteitenRules, runVerantwoordingenRules } from '../rules/runner.js';
import { linkAccount } from './link.js';
import type { AccountData, Plausibiliteit, PlausibilityDecision, Verantwoording } from './types.js';

export async function applyAccounts(files: FileResult[], work: readonly WorkFile[], frame: Frame, options: { cwd: string; maxFileBytes: number; lang: Lang }): Promise<AccountData> {
  const sorted = [...work].sort((a, b) => compareText(a.display, b.display));
  const accountWork = sorted.filter((w) => w.kind === 'verantwoording');
  const decisionWork = sorted.filter((w) => w.kind === 'plausibiliteit');
  const linked = [];
  for (const w of accountWork) if (w.valid) linked.push(await linkAccount(w.display, w.data as Verantwoording, frame, options));
  const byDisplay = new Map(sorted.map((w) => [w.display, w]));
  for (const finding of runVerantwoordingenRules({ accounts: linked, frame })) byDisplay.get(finding.file)?.inputs.push(finding);
  const accountResults = new Map(accountWork.map((w) => [w.display, finish(w, frame, options.lang)]));
  files.push(...accountResults.values());
  const accounts = linked.map((a) => {
    const result = accountResults.get(a.file)!;
    return { ...a, findings: result.findings.map((f) => ({ ruleId: f.ruleId, pointer: f.pointer, severity: f.severity })), errors: result.counts.errors };
  });
  const decisions: PlausibilityDecision[] = decisionWork.filter((w) => w.valid).map((w) => ({ file: w.display, decision: w.data as Plausibiliteit }));
  for (const finding of runPlausibiliteitenRules({ accounts, decisions })) byDisplay.get(finding.file)?.inputs.push(finding);
  const decisionResults = new Map(decisionWork.map((w) => [w.display, finish(w, frame, options.lang)]));
  files.push(...decisionResults.values());
  return { accounts, decisions: decisions.map((d) => ({ ...d, errors: decisionResults.get(d.file)!.counts.errors })) };
}
