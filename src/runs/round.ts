/**
 * The round's commands as `run*` functions: options in, a result (text or documents) and an exit
 * code out. They never touch process; the command wiring writes what they return.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { csvField, spreadsheetSafe } from '../format/csv-cell.js';
import { escapeControl } from '../format/escape.js';
import { folderState } from '../write.js';
import { formatterFor } from '../format/table.js';
import { t } from '../i18n/ui.js';
import type { Localized } from '../report/types.js';
import { knownFingerprint } from '../review/application-summary.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import { hasDecisionFiles, runCheck, withoutRegisterFile, type RunIO } from './check.js';
import { assessmentOf } from '../round/assessment.js';
import { buildNzaRequest, buildOverview, exportable, finalParts, missingForRequest, nzaCsv, requestFileName, type NzaOverview, type NzaRequest } from '../round/export.js';
import { boSkeleton, confirmationSkeleton } from '../round/bo-skeleton.js';
import type { ExportInvocation, InitBeoordelingInvocation, InitBevestigingInvocation, InitBoBesluitInvocation, RegisterInvocation, StatusInvocation } from '../options/round.js';
import { buildRegister, registerJson } from '../round/register.js';
import { signRegister } from '../round/signing.js';
import { decisionSkeleton, refreshDecision } from '../round/skeleton.js';
import { computeStatus, statusExitCode, type StatusReport } from '../round/status.js';
import type { Register } from '../round/types.js';

const say = {
  refreshNeedsFile: { nl: '--bijwerken werkt een bestaand bestand bij: geef -o met een bestaand bestand', en: '--bijwerken updates an existing file: give -o with an existing file' },
  noParent: { nl: 'de map boven {dir} bestaat niet (het gereedschap maakt alleen de uitvoermap zelf)', en: 'the folder above {dir} does not exist (the tool makes only the output folder itself)' },
  notEmpty: { nl: 'uitvoermap {dir} is niet leeg: export nza schrijft alleen in een nieuwe of lege map (verwijder een eerdere export eerst)', en: 'output folder {dir} is not empty: export nza writes only into a new or empty folder (remove an earlier export first)' },
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

/** `init-beoordeling`: a new decision, or with `--bijwerken` the existing one (-o) updated to the current application. */
export async function runInitBeoordeling(invocation: InitBeoordelingInvocation, io: RunIO): Promise<{ text: string; exitCode: 0 }> {
  let existing: string | undefined;
  if (invocation.bijwerken) {
    if (!invocation.output || !existsSync(invocation.output)) throw new UsageError(say.refreshNeedsFile);
    existing = readFileSync(invocation.output, 'utf8');
  }
  const { report, frame } = await runCheck(invocation.check, io);
  const lang = invocation.check.lang;
  const file = report.files.find((f) => f.kind === 'aanvraag' && f.aanvraag) ?? report.files[0];
  const shown = file?.file ?? invocation.check.paths[0] ?? '';
  if (!file?.aanvraag) throw new UsageError(say.notApplication, { file: shown });
  const summary = file.aanvraag;
  const verzekeraar = invocation.rol === 'coordinerend' ? summary.coordinerendeVerzekeraar : summary.tweedeVerzekeraar;
  if (!verzekeraar) throw new UsageError(say.noInsurers, { file: shown });
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
  /** File name (inside the output folder) → content; empty when the export is refused. */
  files: { name: string; content: string }[];
  requests: NzaRequest[];
  overview: NzaOverview;
  /** Why nothing is written (exit 1), in the run's language; empty when the export goes ahead. */
  refused: string[];
  /** Applications of the round that are not definitief, by status (they are not exported). */
  notExported: { bestand: string; status: string }[];
  exitCode: 0 | 1;
}

const refusal = {
  noRegister: { nl: 'geen register: export nza schrijft alleen aanvragen van de ene indiening; geef --register R', en: 'no register: export nza writes only applications of the one submission; give --register R' },
  registerFails: { nl: 'de registercontrole van deze run faalt ({aantal} fout(en)); zie modelplan check --register', en: 'the register check of this run fails ({aantal} error(s)); see modelplan check --register' },
  roundErrors: { nl: 'de ronde heeft {aantal} fout(en) (beoordelingen, BO-besluit, bevestigingen of register); zie modelplan status', en: 'the round has {aantal} error(s) (decisions, BO decision, confirmations or register); see modelplan status' },
  noBo: { nl: 'geen BO-besluit dat telt: het BO besluit eerst over het totaal (modelplan init-bo-besluit)', en: 'no BO decision that counts: the BO first decides on the total (modelplan init-bo-besluit)' },
  notGiven: { nl: 'het BO-besluit dat telt geeft {bestand} geen bedrag (zie modelplan status)', en: 'the BO decision that counts gives {bestand} no amount (see modelplan status)' },
  noneFinal: { nl: 'geen aanvraag is definitief ({wachtend} wacht op bevestiging van beide verzekeraars tegen het bedrag van het BO)', en: 'no application is definitief ({wachtend} wait for both insurers to confirm at the BO’s amount)' },
  agreement: { nl: '{bestand}: geen gesloten overeenkomst met {ontvanger} (gevonden: {status}); het contractvereiste vraagt een gesloten overeenkomst met datum in een bevestiging', en: '{bestand}: no closed agreement with {ontvanger} (found: {status}); the contract requirement asks for a closed agreement with its date in a confirmation' },
  bovengrens: { nl: '{bestand}: € {bedrag} is meer dan de bovengrens (€ {bovengrens})', en: '{bestand}: € {bedrag} is more than the upper limit (€ {bovengrens})' },
  collision: { nl: 'twee aanvragen krijgen dezelfde bestandsnaam {naam}', en: 'two applications get the same file name {naam}' },
} satisfies Record<string, Localized>;

export async function runExportNza(invocation: ExportInvocation, io: RunIO): Promise<ExportResult> {
  // The output folder is checked before the run: a long check does not end in a usage error.
  const shown = escapeControl(invocation.shownDir);
  if (folderState(dirname(invocation.outputDir)) === 'absent') throw new UsageError(say.noParent, { dir: shown });
  if (folderState(invocation.outputDir) === 'full') throw new UsageError(say.notEmpty, { dir: shown });
  const { report, round, frame } = await runCheck({ ...invocation.check, keepApplications: true }, io);
  const lang = invocation.check.lang;
  const status = computeStatus(report, round);
  const refused: string[] = [];
  const register = round.register?.register;
  const registerErrorsOf = (late: boolean) =>
    report.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'error' && x.ruleId.startsWith('register-') && (x.ruleId === 'register-toegevoegd') === late).length, 0);
  // A file added after the submission moment counts for nothing (listed apart); it does not make the register check fail.
  const registerErrors = registerErrorsOf(false);
  const lateErrors = registerErrorsOf(true);
  if (!round.register) refused.push(t(refusal.noRegister, lang));
  else if (!register || registerErrors > 0) refused.push(t(refusal.registerFails, lang, { aantal: Math.max(registerErrors, 1) }));
  if (status.fouten - lateErrors > registerErrors) refused.push(t(refusal.roundErrors, lang, { aantal: status.fouten - lateErrors }));
  const bo = status.boBesluit ? round.bo?.outcome : undefined;
  if (!bo) refused.push(t(refusal.noBo, lang));
  const files = exportable(status, report);
  const notExported = status.aanvragen.filter((r) => r.status !== 'definitief').map((r) => ({ bestand: r.bestand, status: r.status }));
  if (bo && files.length === 0) refused.push(t(refusal.noneFinal, lang, { wachtend: status.tellingen.perStatus['wacht-op-bevestiging'] }));
  const requests: { request: NzaRequest; uitvoer: string }[] = [];
  if (bo && register && round.register) {
    const registerRef = { bestand: round.register.display, peildatum: register.peildatum, registerHash: register.registerHash };
    for (const file of files) {
      const row = status.aanvragen.find((r) => r.bestand === file)!;
      const app = round.applications.find((a) => a.file === file)!;
      const parts = finalParts(file, app.fingerprint, report, round)!;
      const given = bo.perAanvraag.get(file)!;
      const besluit = bo.themas.find((x) => x.thema === given.thema)?.besluit ?? 'accepteren';
      const input = {
        // The application as the engine read and assessed it (the same bytes, read once).
        aanvraag: round.aanvragen!.get(file)!,
        file,
        fingerprint: app.fingerprint,
        toegekendDoorVerzekeraars: row.toegekend!,
        bo: { bedrag: given.bedrag, perOntvanger: given.perOntvanger, bestand: bo.file, sha256: bo.sha256, datum: bo.datum, besluit },
        bovengrens: app.bovengrens ?? 0,
        coordinerend: parts.coordinerend,
        tweede: parts.tweede,
        confirmations: parts.confirmations,
        hashes: round.hashes,
        register: registerRef,
        aanvrager: row.aanvrager,
        thema: row.thema,
      };
      for (const m of missingForRequest(input)) refused.push(t(refusal[m.messageId], lang, m.args));
      requests.push({ request: buildNzaRequest(input), uitvoer: requestFileName(file, app.fingerprint) });
    }
  }
  const names = new Set<string>();
  for (const r of requests) {
    if (names.has(r.uitvoer)) refused.push(t(refusal.collision, lang, { naam: r.uitvoer }));
    names.add(r.uitvoer);
  }
  const overview = buildOverview(refused.length > 0 ? [] : requests, frame);
  if (refused.length > 0) return { files: [], requests: [], overview, refused, notExported, exitCode: 1 };
  const field = (v: string) => csvField(spreadsheetSafe(v), invocation.separator);
  const out = [
    ...requests.map((r) => ({ name: r.uitvoer, content: JSON.stringify(r.request, null, 2) + '\n' })),
    { name: 'nza-aanvragen.csv', content: nzaCsv(requests.map((r) => r.request), invocation.separator, field) },
    { name: 'nza-overzicht.json', content: JSON.stringify(overview, null, 2) + '\n' },
  ];
  return { files: out, requests: requests.map((r) => r.request), overview, refused, notExported, exitCode: 0 };
}

export async function runInitBoBesluit(invocation: InitBoBesluitInvocation, io: RunIO): Promise<{ text: string; exitCode: 0 | 1; problem?: string }> {
  const { round, frame } = await runCheck(invocation.check, io);
  const lang = invocation.check.lang;
  const register = round.register?.register;
  if (!register || !round.register || !round.bo) return { text: '', exitCode: 1, problem: t(refusal.registerFails, lang, { aantal: 1 }) };
  return { text: boSkeleton({ figures: round.bo.figures, register: { bestand: round.register.display, registerHash: register.registerHash }, datum: invocation.datum, frame }), exitCode: 0 };
}

export async function runInitBevestiging(invocation: InitBevestigingInvocation, io: RunIO): Promise<{ text: string; exitCode: 0 | 1; problem?: string }> {
  const { report, round } = await runCheck(invocation.check, io);
  const lang = invocation.check.lang;
  const status = computeStatus(report, round);
  const bo = status.boBesluit ? round.bo?.outcome : undefined;
  if (!bo) return { text: '', exitCode: 1, problem: t(refusal.noBo, lang) };
  const given = bo.perAanvraag.get(invocation.aanvraag);
  const app = round.applications.find((a) => a.file === invocation.aanvraag);
  if (!given || !app?.verzekeraars || given.bedrag === 0) return { text: '', exitCode: 1, problem: t(refusal.notGiven, lang, { bestand: invocation.aanvraag }) };
  const text = confirmationSkeleton({ bestand: app.file, fingerprint: app.fingerprint, rol: invocation.rol, verzekeraar: app.verzekeraars[invocation.rol], datum: invocation.datum, bo: { bestand: bo.file, sha256: bo.sha256 }, bedrag: given.bedrag, perOntvanger: given.perOntvanger });
  return { text, exitCode: 0 };
}
