/**
 * The commands after approval as `run*` functions: options in, a result and an exit code out.
 * They never touch process; the command wiring writes what they return.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Aanvraag } from '../domain/types.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import { UsageError } from '../errors.js';
import { csvField, spreadsheetSafe } from '../format/csv-cell.js';
import { escapeControl } from '../format/escape.js';
import { loadFrame } from '../frame/load.js';
import { readDocument } from '../validate/document.js';
import type { Localized, Report } from '../report/types.js';
import { fingerprintOf } from '../review/application-summary.js';
import { computeStatus } from '../round/status.js';
import type { NzaRequest } from '../round/types.js';
import { runCheck, type RunIO, type RunResult } from './check.js';
import type { ExportVerantwoordingInvocation, InitPlausibiliteitInvocation, InitVerantwoordingInvocation, VoortgangInvocation } from '../options/verantwoording.js';
import { validateRequest } from '../verantwoording/link.js';
import { accountOverviewCsv, buildAccountOverview, type NzaVerantwoordingOverview } from '../verantwoording/overview.js';
import { buildProgress, type Voortgang } from '../verantwoording/progress.js';
import { accountStatusSection, type AccountStateRow } from '../verantwoording/states.js';
import { accountSkeleton, judgementSkeleton } from '../verantwoording/skeleton.js';

const say = {
  request: { nl: '{file} is geen aanvraag aan de NZa zoals export nza hem schrijft ({detail})', en: '{file} is not an NZa request as export nza writes it ({detail})' },
  application: { nl: 'de aanvraag {file} uit de aanvraag aan de NZa is niet te lezen of is gewijzigd sinds de goedkeuring', en: 'the application {file} named by the NZa request cannot be read or changed since its approval' },
  notAccount: { nl: '{file} is geen schemageldige verantwoording (zie modelplan check {file})', en: '{file} is not a schema-valid account (see modelplan check {file})' },
  notLinked: { nl: '{file} is niet te herleiden tot een aanvraag aan de NZa (zie modelplan check {file})', en: '{file} cannot be traced to an NZa request (see modelplan check {file})' },
} satisfies Record<string, Localized>;

/** Paths inside a YAML file are written with forward slashes on every system. */
const portable = (path: string) => path.split('\\').join('/');

export async function runInitVerantwoording(invocation: InitVerantwoordingInvocation): Promise<{ text: string; exitCode: 0 }> {
  const { lang, cwd } = invocation;
  const shown = invocation.request.display;
  let request: NzaRequest;
  try {
    const data: unknown = JSON.parse(await readFile(invocation.request.path, 'utf8'));
    const invalid = await validateRequest(data);
    if (invalid !== undefined) throw new Error(invalid);
    request = data as NzaRequest;
  } catch (error) {
    throw new UsageError(say.request, { file: shown, detail: error instanceof Error ? error.message : String(error) });
  }
  // export nza names the application as it was shown from the folder it ran in: the working folder.
  const aanvraagPath = resolve(cwd, request.aanvraag.bestand);
  let aanvraag: Aanvraag | undefined;
  try {
    const doc = readDocument(await readFile(aanvraagPath));
    if (doc.kind === 'aanvraag' && doc.valid && fingerprintOf(doc.data as Aanvraag) === request.aanvraag.fingerprint) aanvraag = doc.data as Aanvraag;
  } catch {
    aanvraag = undefined;
  }
  if (!aanvraag) throw new UsageError(say.application, { file: request.aanvraag.bestand });
  const frame = await loadFrame(invocation.modelplannenDir, cwd);
  const base = invocation.output ? dirname(invocation.output) : cwd;
  const text = accountSkeleton({
    request,
    aanvraag,
    geldAanMijlpalen: resolveModelplan(frame, request.aanvraag.modelplan)?.geld_aan_mijlpalen ?? false,
    jaar: invocation.jaar,
    nzaPath: portable(relative(base, invocation.request.path)),
    aanvraagPath: portable(relative(base, aanvraagPath)),
    lang,
  });
  return { text, exitCode: 0 };
}

export async function runInitPlausibiliteit(invocation: InitPlausibiliteitInvocation, io: RunIO): Promise<{ text: string; exitCode: 0 }> {
  const { report, round } = await runCheck(invocation.check, io);
  const lang = invocation.check.lang;
  const file = report.files.find((f) => f.kind === 'verantwoording');
  const shown = file?.file ?? invocation.check.paths[0] ?? '';
  const account = round.verantwoording?.accounts.find((a) => a.file === shown);
  if (!account) throw new UsageError(say.notAccount, { file: shown });
  if (!account.approval) throw new UsageError(say.notLinked, { file: shown });
  const findings = file!.findings.filter((f) => f.severity !== 'info').map((f) => ({ ruleId: f.ruleId, pointer: f.pointer, message: f.message }));
  const text = judgementSkeleton({ file: shown, fingerprint: account.fingerprint, verzekeraar: { ...account.approval.request.verzekeraars.coordinerend }, datum: invocation.datum, findings, lang });
  return { text, exitCode: 0 };
}

/** The states per project and year of one run: the round's approved projects with the run's accounts. */
function statesOf(result: RunResult): AccountStateRow[] {
  const status = computeStatus(result.report, result.round);
  return accountStatusSection(result.round.verantwoording ?? { accounts: [], decisions: [] }, status.aanvragen, result.report).rijen;
}

const noDir: Localized = { nl: 'uitvoermap {dir} bestaat niet (het gereedschap maakt geen mappen)', en: 'output folder {dir} does not exist (the tool creates no folders)' };

export interface AccountExportResult {
  files: { name: string; content: string }[];
  overview: NzaVerantwoordingOverview;
  exitCode: 0;
}

export async function runExportNzaVerantwoording(invocation: ExportVerantwoordingInvocation, io: RunIO): Promise<AccountExportResult> {
  let isDir = false;
  try {
    isDir = statSync(invocation.outputDir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(noDir, { dir: escapeControl(invocation.shownDir) });
  const result = await runCheck(invocation.check, io);
  const overview = buildAccountOverview(statesOf(result), invocation.jaar, result.frame.budgetkader);
  const field = (v: string) => csvField(spreadsheetSafe(v), invocation.separator);
  const name = `nza-verantwoording-${invocation.jaar}`;
  return {
    files: [
      { name: `${name}.json`, content: JSON.stringify(overview, null, 2) + '\n' },
      { name: `${name}.csv`, content: accountOverviewCsv(overview, invocation.separator, field) },
    ],
    overview,
    exitCode: 0,
  };
}

export async function runVoortgang(invocation: VoortgangInvocation, io: RunIO): Promise<{ voortgang: Voortgang; report: Report; exitCode: 0 }> {
  const result = await runCheck(invocation.check, io);
  const voortgang = buildProgress(result.round.verantwoording, statesOf(result), result.frame, invocation.check.lang);
  return { voortgang, report: result.report, exitCode: 0 };
}
