/**
 * `modelplan rapport`: the check stages and the budget totals (runBudget), then the pure report
 * builder (src/rapport/build.ts). The register is in the stamp, not a row of the applications
 * table. Returns the report model; the HTML formatter and the write are the command's.
 */
import type { BudgetOptions } from '../budget/types.js';
import type { RapportReport } from '../rapport/types.js';
import { runBudget, withoutRegisterFile, type CheckOptions, type RunIO } from './check.js';

export interface RapportRunOptions {
  check: CheckOptions;
  budget: BudgetOptions;
  peildatum: string;
}

export async function runRapport(options: RapportRunOptions, io: RunIO): Promise<{ rapport: RapportReport; exitCode: 0 | 1 | 2 }> {
  const [{ buildRapport }, { report, frame, budget, status, exitCode }] = await Promise.all([import('../rapport/build.js'), runBudget(options.check, options.budget, io)]);
  // The round's statuses (decision files among the inputs, or a register) come with the totals.
  const rows = { ...report, files: withoutRegisterFile(report.files, options.check) };
  const rapport = buildRapport({ report: rows, frame, budget, peildatum: options.peildatum, ...(status ? { status } : {}) });
  return { rapport, exitCode };
}
