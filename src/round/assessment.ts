/**
 * The round's outcome per application as the assessed budget view reads it (src/budget/assessed.ts):
 * the status of every application in the insurers' round and, for the ones both insurers approved,
 * the approved amount per year, split per receiving party as the decisions split it. Pure.
 */
import { approvedPerYear, type Assessment, type AssessedEntry } from '../budget/assessed.js';
import type { Report } from '../report/types.js';
import { approvingDecisions } from './export.js';
import type { StatusReport } from './status.js';
import type { RoundData } from './types.js';

/** From an unfiltered status (computeStatus without a selection) and the run it was computed from. */
export function assessmentOf(status: StatusReport, report: Report, round: RoundData): Assessment {
  const out = new Map<string, AssessedEntry>();
  for (const row of status.aanvragen) {
    if (row.status !== 'akkoord' || row.toegekend === null) {
      out.set(row.bestand, { status: row.status });
      continue;
    }
    const data = round.aanvragen?.get(row.bestand);
    if (!data) throw new Error('assessmentOf: the run did not keep the applications (CheckOptions.keepApplications)');
    const lines = data.begroting;
    // Both decisions agree on the amount and the split (status akkoord): the coordinating insurer's is read.
    const split = approvingDecisions(row.bestand, report, round)?.coordinerend.beoordeling.toegekend?.per_ontvanger;
    out.set(row.bestand, { status: row.status, approvedPerJaar: approvedPerYear(lines, row.toegekend, split) });
  }
  return out;
}
