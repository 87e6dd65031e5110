/**
 * The round's commands as `run*` functions: options in, a result (text or documents) and an exit
 * code out. They never touch process; the command wiring writes what they return.
 */
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { csvField, spreadsheetSafe } from '../format/csv-cell.js';
import { formatterFor } from '../format/table.js';
import { t } from '../i18n/ui.js';
import type { Localized } from '../report/types.js';
import { knownFingerprint } from '../review/application-summary.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import { hasDecisionFiles, runCheck, withoutRegisterFile, type RunIO } from './check.js';
import { assessmentOf } from '../round/assessment.js';
import { approvingDecisions, buildNzaRequest, buildOverview, exportable, nzaCsv, requestFileName, type NzaOverview, type NzaRequest } from '../round/export.js';
import type { ExportInvocation, InitBeoordelingInvocation, RegisterInvocation, StatusInvocation } from '../options/round.js';
import { buildRegister, registerJson } from '../round/register.js';
import { signRegister } from '../round/signing.js';
import { decisionSkeleton, refreshDecision } from '../round/skeleton.js';
import { computeStatus, statusExitCode, type StatusReport } from '../round/status.js';
import type { Register } from '../round/types.js';

const say = {
  notApplication: { nl: '{file} is geen schemageldige aanvraag: er is geen vingerafdruk om te beoordelen (zie modelplan check {file})', en: '{file} is not a schema-valid application: there is no fingerprint to assess (see modelplan check {file})' },
  noInsurers: { nl: '{file} noemt geen zorgverzekeraars: zij wordt niet door verzekeraars beoordeeld', en: '{file} names no insurers: it is not assessed by insurers' },
} satisfies Record<string, Localized>;

export async function runRegister(invocation: RegisterInvocation, io: RunIO): Promise<{ register: Register; text: string; exitCode: 0 }> {
  const { report, round } = await runCheck(invocation.check, io);
  // Paths relative to the register file's folder (to the working directory when it goes to standard output).
  const place = { dir: invocation.output ? dirname(invocation.output) : invocation.check.cwd, cwd: invocation.check.cwd };
  const built = buildRegister(report, round.hashes, invocation.peildatum, invocation.gemaakt, place);
  const register = invocation.sign ? signRegister(built, invocation.sign) : built;
  return { register, text: registerJson(register), exitCode: 0 };
}

export async function runInitBeoordeling(invocation: InitBeoordelingInvocation, io: RunIO, existing?: string): Promise<{ text: string; exitCode: 0 }> {
  const { report, frame } = await runCheck(invocation.check, io);
  const lang = invocation.check.lang;
  const file = report.files.find((f) => f.kind === 'aanvraag' && f.aanvraag) ?? report.files[0];
  const shown = file?.file ?? invocation.check.paths[0] ?? '';
  if (!file?.aanvraag) throw new UsageError(t(say.notApplication, lang, { file: shown }));
  const summary = file.aanvraag;
  const verzekeraar = invocation.rol === 'coordinerend' ? summary.coordinerendeVerzekeraar : summary.tweedeVerzekeraar;
  if (!verzekeraar) throw new UsageError(t(say.noInsurers, lang, { file: shown }));
  const input = {
    file: file.file,
    fingerprint: knownFingerprint(summary),
    rol: invocation.rol,
    verzekeraar,
    datum: invocation.datum,
    gevraagd: summary.totaal,
    reasons: file.review?.decision === 'aanvullende-beoordeling' ? file.review.reasons.map((r) => ({ ruleId: r.ruleId, pointer: r.pointer, message: r.message })) : [],
    lang,
    ...(invocation.uitkomst ? { uitkomst: invocation.uitkomst } : {}),
    ...(() => {
      const bovengrens = resolveModelplan(frame, summary.modelplan)?.bovengrens.bedrag;
      return bovengrens === undefined ? {} : { bovengrens };
    })(),
  };
  return { text: existing === undefined ? decisionSkeleton(input) : refreshDecision(existing, input), exitCode: 0 };
}

export async function runStatus(invocation: StatusInvocation, io: RunIO): Promise<{ status: StatusReport; text: string; exitCode: 0 | 1 }> {
  const { report, round, frame } = await runCheck({ ...invocation.check, keepApplications: true }, io);
  const status = computeStatus(report, round, invocation.select);
  if (hasDecisionFiles(report)) {
    // The BO's totals of the assessments, over the whole round (not the selection), by the budget's own aggregation.
    const whole = invocation.select.alleen || invocation.select.verzekeraar ? computeStatus(report, round) : status;
    const { aggregateBudget } = await import('../budget/aggregate.js');
    const budget = aggregateBudget({
      files: withoutRegisterFile(report.files, invocation.check),
      frame,
      lang: report.lang,
      options: { allocation: 'geen', excludeAdditionalReview: false },
      assessment: assessmentOf(whole, report, round),
    });
    if (budget.beoordeeld) status.beoordeeld = budget.beoordeeld;
  }
  const text = (await formatterFor('status', invocation.format))(status, { separator: invocation.separator });
  return { status, text, exitCode: statusExitCode(status, invocation.failOn) };
}

export interface ExportResult {
  /** File name (inside the output folder) → content. */
  files: { name: string; content: string }[];
  requests: NzaRequest[];
  overview: NzaOverview;
  exitCode: 0;
}

export async function runExportNza(invocation: ExportInvocation, io: RunIO): Promise<ExportResult> {
  const { report, round, frame } = await runCheck({ ...invocation.check, keepApplications: true }, io);
  const status = computeStatus(report, round);
  const register = round.register?.register;
  const registerRef = register && round.register ? { bestand: round.register.display, peildatum: register.peildatum, registerHash: register.registerHash } : null;
  const requests: { request: NzaRequest; uitvoer: string }[] = [];
  for (const file of exportable(status, report)) {
    const row = status.aanvragen.find((r) => r.bestand === file)!;
    const decisions = approvingDecisions(file, report, round)!;
    const app = round.applications.find((a) => a.file === file)!;
    // The application as the engine read and assessed it (the same bytes, read once).
    const input = round.aanvragen!.get(file)!;
    const request = buildNzaRequest({
      aanvraag: input,
      file,
      fingerprint: app.fingerprint,
      toegekend: row.toegekend!,
      bovengrens: app.bovengrens ?? 0,
      coordinerend: decisions.coordinerend,
      tweede: decisions.tweede,
      hashes: round.hashes,
      register: registerRef,
      aanvrager: row.aanvrager,
      thema: row.thema,
    });
    requests.push({ request, uitvoer: requestFileName(file) });
  }
  const overview = buildOverview(requests, frame);
  const field = (v: string) => csvField(spreadsheetSafe(v), invocation.separator);
  const files = [
    ...requests.map((r) => ({ name: r.uitvoer, content: JSON.stringify(r.request, null, 2) + '\n' })),
    { name: 'nza-aanvragen.csv', content: nzaCsv(requests.map((r) => r.request), invocation.separator, field) },
    { name: 'nza-overzicht.json', content: JSON.stringify(overview, null, 2) + '\n' },
  ];
  return { files, requests: requests.map((r) => r.request), overview, exitCode: 0 };
}
