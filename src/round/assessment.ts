/**
 * The round's outcome per application as the assessed budget view reads it (src/budget/assessed.ts):
 * the status of every application in the insurers' round and, for the ones both insurers approved,
 * the approved amount per year, split per receiving party as the decisions split it. Pure.
 */
import { approvedPerYear, type Assessment, type AssessedEntry } from '../budget/assessed.js';
import type { Report } from '../report/types.js';
import { baseStatuses } from './base.js';
import type { StatusReport } from './status.js';
import type { RoundData, Status } from './types.js';

/** Both insurers approved: before the BO (akkoord) and after it, whatever the BO then gave (the view is of the assessments). */
const APPROVED_BY_BOTH: readonly Status[] = ['akkoord', 'wacht-op-bevestiging', 'definitief', 'bo-afgewezen'];

/** From an unfiltered status (computeStatus without a selection) and the run it was computed from. */
export function assessmentOf(status: StatusReport, report: Report, round: RoundData): Assessment {
  const out = new Map<string, AssessedEntry>();
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  // Approved-by-both rows are not blocked (changed, double): the current valid decisions are the approving ones.
  const bases = baseStatuses(round.applications, round.decisions, (file) => (byFile.get(file)?.counts.errors ?? 0) === 0, () => false);
  for (const row of status.aanvragen) {
    if (!APPROVED_BY_BOTH.includes(row.status) || row.toegekend === null) {
      out.set(row.bestand, { status: row.status });
      continue;
    }
    const data = round.aanvragen?.get(row.bestand);
    if (!data) throw new Error('assessmentOf: the run did not keep the applications (CheckOptions.keepApplications)');
    const lines = data.begroting;
    // Both decisions agree on the amount and the split (approved by both): the coordinating insurer's is read.
    const split = bases.get(row.bestand)?.current.coordinerend?.beoordeling.toegekend?.per_ontvanger;
    out.set(row.bestand, { status: row.status, approvedPerJaar: approvedPerYear(lines, row.toegekend, split) });
  }
  return out;
}
