/**
 * The set-level stage after approval, loaded by the engine only when a run holds accounts or
 * judgements. Before the set stage (the one asynchronous part): each valid account tied to its
 * approval (src/verantwoording/link.ts reads the NZa request and the application it names; no
 * file of the run is read again). In the set stage, after the decision files (src/engine/set.ts):
 * the accounts checked together (cumulative amounts, milestones of earlier years) and finished;
 * then the plausibility judgements against the finished accounts, finished. Each file is finished
 * once.
 */
import { compareText } from '../domain/compare.js';
import type { Frame } from '../domain/types.js';
import type { FileWork } from './file.js';
import type { NeutralFileResult } from '../report/types.js';
import { runRules } from '../rules/runner.js';
import { linkAccount, type InRun } from '../verantwoording/link.js';
import type { AccountData, LinkedAccount, Plausibiliteit, PlausibilityDecision, Verantwoording } from '../verantwoording/types.js';

export const isAccountKind = (kind: string | null): boolean => kind === 'verantwoording' || kind === 'plausibiliteit';

/**
 * The accounts tied to their approval, in the order of their paths. `onDisk`: the run's files read
 * from disk, by absolute path; an application among them is taken from its work (its data kept by
 * the file stage), so no input of the run is read again.
 */
export async function linkAccounts(works: readonly FileWork[], onDisk: ReadonlyMap<string, FileWork>, frame: Frame, options: { cwd: string; maxFileBytes: number }): Promise<LinkedAccount[]> {
  const inRun: InRun = (path) => {
    const work = onDisk.get(path);
    if (!work) return undefined;
    if (work.application?.data) return { aanvraag: work.application.data };
    // A valid application without its data (a cached work): read as any linked file.
    if (work.kind === 'aanvraag' && work.valid) return undefined;
    return { kind: work.kind };
  };
  const linked: LinkedAccount[] = [];
  const accounts = works.filter((w) => w.kind === 'verantwoording' && w.valid).sort((a, b) => compareText(a.file, b.file));
  for (const w of accounts) linked.push(await linkAccount(w.file, w.data as Verantwoording, frame, { ...options, inRun }));
  return linked;
}

export interface AccountStageIO {
  /** Adds a set-level finding to the file it names (placed by that file's positions). */
  place(input: { file: string; ruleId: string; messageId: string; pointer: string }): void;
  /** Finishes a work, once, with every finding the set stage gave it. */
  finish(work: FileWork): NeutralFileResult;
}

/** The stage itself, synchronous: `linked` is what linkAccounts made of the same works. */
export function accountStage(works: readonly FileWork[], linked: readonly LinkedAccount[], frame: Frame, io: AccountStageIO): { files: NeutralFileResult[]; data: AccountData } {
  const sorted = [...works].sort((a, b) => compareText(a.file, b.file));
  const accountWorks = sorted.filter((w) => w.kind === 'verantwoording');
  const decisionWorks = sorted.filter((w) => w.kind === 'plausibiliteit');
  for (const finding of runRules('verantwoordingen', { accounts: linked, frame })) io.place(finding);
  const accountResults = new Map(accountWorks.map((w) => [w.file, io.finish(w)]));
  const accounts = linked.map((a) => {
    const result = accountResults.get(a.file)!;
    return { ...a, findings: result.findings.map((f) => ({ ruleId: f.ruleId, pointer: f.pointer, severity: f.severity })), errors: result.counts.errors };
  });
  const decisions: PlausibilityDecision[] = decisionWorks.filter((w) => w.valid).map((w) => ({ file: w.file, decision: w.data as Plausibiliteit }));
  for (const finding of runRules('plausibiliteiten', { accounts, decisions })) io.place(finding);
  const decisionResults = new Map(decisionWorks.map((w) => [w.file, io.finish(w)]));
  return {
    files: [...accountResults.values(), ...decisionResults.values()],
    data: { accounts, decisions: decisions.map((d) => ({ ...d, errors: decisionResults.get(d.file)!.counts.errors })) },
  };
}
