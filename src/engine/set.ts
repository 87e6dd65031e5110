/**
 * The engine's set stage, run over every file's work before any file is finished, in this order:
 *
 *   1. register      every file against the register of the submission (changed, added, missing);
 *                    a file the register does not hold (register-toegevoegd) came after the one
 *                    submission moment and counts for nothing from here on: no batch rule sees it,
 *                    the round has no application for it, and its result says so (naIndienmoment),
 *                    so every summary, queue and total leaves it out and lists it apart;
 *   2. applications  the batch rules over the applications of the submission (aanvraag-dubbel: which
 *                    copy counts, decided here once; agb-dubbel), on facts where `counted` already
 *                    reflects step 1;
 *   3. finish        the applications and every other file that is no modelplan or decision file;
 *   4. decisions     the decision files against the finished applications (and the register's peildatum);
 *   4b. BO decision  the round's figures (per theme the applications both insurers approved, from
 *                    the decisions as step 4 left them, src/round/base.ts), then the BO decisions
 *                    (soort: bo-besluit) against those figures and the register; what the one
 *                    decision that counts gives per application is computed once (src/round/bo.ts);
 *   4c. confirmations the insurers' confirmations (soort: bevestiging) against that decision, when
 *                    the decision file has no error of its own;
 *   5. accounts      after approval, only when the run holds accounts or judgements (the stage
 *                    src/engine/accounts.ts, loaded by the engine with the accounts already
 *                    tied to their approval): the accounts checked together and finished, then
 *                    the judgements against the finished accounts and finished;
 *   6. finish        the modelplannen (after the rules over them as a set), the decision files, the
 *                    BO decisions, the confirmations and the files known only by a register finding.
 *
 * Each file is finished exactly once (src/engine/finish.ts): placed, sorted, counted, its review
 * decided and its score computed, with every finding it will ever have; language-neutral, its texts
 * are rendered at the edge (src/report/render.ts). The works themselves are
 * left as the file stage made them (the cache keeps them): the set stage's findings are held apart.
 */
import { compareText } from '../domain/compare.js';
import type { Frame, Modelplan } from '../domain/types.js';
import { FILE_START, type NeutralFileResult } from '../report/types.js';
import type { AanvraagFacts, ModelplanFile } from '../rules/define.js';
import { findRule } from '../rules/index.js';
import { runRules } from '../rules/runner.js';
import { roundApplications } from '../round/applications.js';
import { baseStatuses } from '../round/base.js';
import { applyBoDecision, roundFigures } from '../round/bo.js';
import type { Beoordeling, BoBesluit, Bevestiging, LoadedRegister, RoundApplication, RoundBoDecision, RoundConfirmation, RoundData as RoundBase, RoundDecision } from '../round/types.js';
import { ROUND_KINDS } from '../domain/kinds.js';
import type { AccountData, LinkedAccount } from '../verantwoording/types.js';
import type { accountStage } from './accounts.js';
import { findingOnly, type FileWork, type RawFileFinding } from './file.js';
import { finishFile } from './finish.js';

/** What the assessment round needs of a run besides the report (status, export nza, the commands after approval). */
export interface RoundData extends RoundBase {
  /** After approval: the yearly accounts and the plausibility judgements of the run (src/verantwoording/). */
  verantwoording?: AccountData;
}

/** The account stage, given by the engine when the run holds accounts or judgements. */
export interface AccountsInput {
  stage: typeof accountStage;
  /** The run's valid accounts tied to their approval (read before the set stage). */
  linked: readonly LinkedAccount[];
}

export interface SetOptions {
  /** false: the summaries leave out the fingerprint, unless decision files or a register need it. Default true. */
  fingerprints?: boolean;
  register?: LoadedRegister;
  /** Keep the data of every valid application in the round data (RoundData.aanvragen). */
  keepApplications?: boolean;
  /** Without it, accounts and judgements are finished with their own findings only (checkOneText). */
  accounts?: AccountsInput;
  /** Today (JJJJ-MM-DD, the injected clock): a decision dated later is an error. Absent: no upper bound. */
  today?: () => string;
}

/** A work with where it came from: only files read from disk have a hash the register compares. */
export interface PlacedWork {
  work: FileWork;
  fromDisk: boolean;
}

export function setStage(placed: readonly PlacedWork[], frame: Frame, options: SetOptions): { files: NeutralFileResult[]; round: RoundData } {
  const works = placed.map((p) => p.work);
  const hashes = new Map<string, string>();
  for (const { work, fromDisk } of placed) if (fromDisk && work.sha256 !== undefined) hashes.set(work.file, work.sha256);
  const byFile = new Map(works.map((w) => [w.file, w]));
  const extra: FileWork[] = [];
  const added = new Map<FileWork, RawFileFinding[]>();
  const add = (work: FileWork, finding: RawFileFinding) => {
    const list = added.get(work);
    if (list) list.push(finding);
    else added.set(work, [finding]);
  };
  const { register } = options;
  // Files outside the register: after the submission moment, they take part in nothing below.
  const late = new Set<FileWork>();

  // 1. The register.
  if (register?.problem) {
    extra.push(findingOnly(register.display, { ruleId: 'register-ongeldig', messageId: register.problem.messageId, args: register.problem.args, pointer: '' }));
  } else if (register?.register) {
    const ctx = { register: register.register, files: works.map((w) => ({ file: w.file, kind: w.kind, ...(hashes.has(w.file) ? { sha256: hashes.get(w.file)! } : {}) })) };
    for (const input of runRules('register', ctx)) {
      const { file, ...finding } = input;
      const work = byFile.get(file);
      if (work) {
        add(work, { ...finding, position: FILE_START });
        if (input.ruleId === 'register-toegevoegd') late.add(work);
      } else {
        // A file from the register that is not in the run: its finding stands at its path.
        const missing = findingOnly(file, finding);
        byFile.set(file, missing);
        extra.push(missing);
      }
    }
  }

  // What the register's authenticity leaves open (unsigned, not verified, made late) stands on the register itself.
  if (register?.notices && register.notices.length > 0) {
    const [first, ...rest] = register.notices.map((notice) => ({ ruleId: 'register-echtheid', pointer: '', ...notice }));
    const notices = findingOnly(register.display, first!);
    for (const notice of rest) notices.findings.push({ ...notice, position: FILE_START });
    extra.push(notices);
  }

  // 2. The batch rules over the applications.
  const duplicateOf = new Map<string, string>();
  const facts: AanvraagFacts[] = works
    .filter((w) => w.application && !late.has(w))
    .map((w) => ({ ...w.application!.facts, counted: !hasError(w.findings) && !hasError(added.get(w) ?? []) }))
    .sort((a, b) => compareText(a.file, b.file));
  const positions = new Map(facts.map((f) => [f.file, f.positions]));
  for (const input of runRules('aanvragen', { files: facts })) {
    const { file, ...finding } = input;
    const work = byFile.get(file);
    if (work) add(work, { ...finding, position: positions.get(file)?.[finding.pointer] ?? FILE_START });
    if (input.ruleId === 'aanvraag-dubbel' && input.messageId === 'copy') duplicateOf.set(file, String(input.args?.telt));
  }

  // 3. Applications and the other files finished.
  const decisionWorks = works.filter((w) => w.kind === 'beoordeling');
  const roundWorks = works.filter((w) => w.kind !== null && ROUND_KINDS.includes(w.kind));
  const modelplanWorks = works.filter((w) => w.kind === 'modelplan');
  const accountWorks = works.filter((w) => w.kind === 'verantwoording' || w.kind === 'plausibiliteit');
  const fingerprints = options.fingerprints !== false || roundWorks.length > 0 || register !== undefined;
  const finishOptions = { fingerprints };
  const files: NeutralFileResult[] = [];
  for (const work of works) {
    if (roundWorks.includes(work) || work.kind === 'modelplan' || work.kind === 'verantwoording' || work.kind === 'plausibiliteit') continue;
    const result = finishFile(work, added.get(work) ?? [], finishOptions);
    const telt = duplicateOf.get(work.file);
    if (telt !== undefined) result.duplicateOf = telt;
    if (late.has(work)) result.naIndienmoment = true;
    files.push(result);
  }

  // 4. The decision files against the finished applications.
  const decisions: RoundDecision[] = decisionWorks
    .filter((w) => w.valid)
    .map((w) => ({ file: w.file, beoordeling: w.data as Beoordeling }))
    .sort((a, b) => compareText(a.file, b.file));
  const round = { decisions, hashes } as RoundData;
  if (register) round.register = register;
  const kept = options.keepApplications ? works.filter((w) => w.application?.data && !late.has(w)) : [];
  if (kept.length > 0) round.aanvragen = new Map(kept.map((w) => [w.file, w.application!.data!]));
  if (roundWorks.length > 0 || register) {
    const applications = (round.applications = roundApplications(files, frame));
    const peildatum = register?.register?.peildatum;
    const ctx = { aanvragen: applications, beoordelingen: decisions, ...(peildatum === undefined ? {} : { peildatum }), ...(options.today === undefined || decisions.length === 0 ? {} : { vandaag: options.today() }) };
    for (const input of runRules('beoordelingen', ctx)) {
      place(byFile.get(input.file), input, add);
    }

    // 4b. The BO decision on the figures of the assessments.
    const valid = (file: string) => {
      const work = byFile.get(file);
      return work !== undefined && !hasError(work.findings) && !hasError(added.get(work) ?? []);
    };
    // A file changed since the register is gewijzigd, as in status: its decisions count for nothing here either.
    const changed = (file: string) => {
      const work = byFile.get(file);
      return work !== undefined && [...work.findings, ...(added.get(work) ?? [])].some((f) => f.ruleId === 'register-gewijzigd');
    };
    const figures = roundFigures(applications, baseStatuses(applications, decisions, valid, changed));
    const boDecisions: RoundBoDecision[] = roundWorks
      .filter((w) => w.kind === 'bo-besluit' && w.valid)
      .map((w) => ({ file: w.file, sha256: w.sha256 ?? '', besluit: w.data as BoBesluit }))
      .sort((a, b) => compareText(a.file, b.file));
    const outcome = boDecisions.length === 1 ? applyBoDecision(boDecisions[0]!, figures, frame) : undefined;
    const boContext = { decisions: boDecisions, figures, ...(outcome ? { outcome } : {}), ...(register?.register ? { register: register.register } : {}) };
    for (const input of runRules('bo-besluit', boContext)) place(byFile.get(input.file), input, add);

    // 4c. The confirmations against the decision that counts (a decision with an error counts for nothing).
    const confirmations: RoundConfirmation[] = roundWorks
      .filter((w) => w.kind === 'bevestiging' && w.valid)
      .map((w) => ({ file: w.file, bevestiging: w.data as Bevestiging }))
      .sort((a, b) => compareText(a.file, b.file));
    const counts = outcome && valid(outcome.file) ? outcome : undefined;
    for (const input of runRules('bevestigingen', { confirmations, applications, decisions: boDecisions, ...(counts ? { outcome: counts } : {}) })) place(byFile.get(input.file), input, add);
    round.bo = { figures, decisions: boDecisions, confirmations, ...(counts ? { outcome: counts } : {}) };
  } else {
    // No decision files and no register: nothing in the run reads the round's view of the
    // applications (a caller may), so it is made when first asked for, not held for every file.
    let applications: RoundApplication[] | undefined;
    Object.defineProperty(round, 'applications', { enumerable: true, get: () => (applications ??= roundApplications(files, frame)) });
  }

  // 5. After approval: the accounts, then the judgements against the finished accounts.
  if (accountWorks.length > 0) {
    if (options.accounts) {
      const io = { place: (input: Omit<RawFileFinding, 'position'> & { file: string }) => place(byFile.get(input.file), input, add), finish: (work: FileWork) => finishFile(work, added.get(work) ?? [], finishOptions) };
      const stage = options.accounts.stage(accountWorks, options.accounts.linked, frame, io);
      files.push(...stage.files);
      round.verantwoording = stage.data;
    } else {
      for (const work of accountWorks) files.push(finishFile(work, added.get(work) ?? [], finishOptions));
    }
  }

  // 6. The modelplannen as a set, then the rest finished.
  const modelplanFiles: ModelplanFile[] = modelplanWorks.filter((w) => w.valid).map((w) => ({ file: w.file, modelplan: w.data as Modelplan }));
  for (const input of runRules('modelplannen', { files: modelplanFiles, frame })) place(byFile.get(input.file), input, add);
  for (const work of [...modelplanWorks, ...roundWorks, ...extra]) files.push(finishFile(work, added.get(work) ?? [], finishOptions));
  files.sort((a, b) => compareText(a.file, b.file));
  return { files, round };
}

/** A set-level finding on a modelplan or decision file, placed by that file's own positions. */
function place(work: FileWork | undefined, input: Omit<RawFileFinding, 'position'> & { file: string }, add: (work: FileWork, finding: RawFileFinding) => void): void {
  if (!work) return;
  const { file: _file, ...finding } = input;
  let position = FILE_START;
  try {
    if (work.locate) position = work.locate(finding.pointer, finding.atKey);
  } catch {
    // A position is a courtesy: the finding stands at the start of the file.
  }
  add(work, { ...finding, position });
}

/** Whether a file's findings make it ongeldig (an error at the severity the finding will have). */
function hasError(findings: readonly RawFileFinding[]): boolean {
  return findings.some((f) => (f.severity ?? findRule(f.ruleId)?.severity) === 'error');
}
