/**
 * The register of the submission (nota §4.2, one submission moment): built from a finished check
 * run and the SHA-256 of the files' bytes as the engine read them, frozen by a hash over itself; loaded again for `check --register`.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { displayPath } from '../load/discover.js';
import type { Report } from '../report/types.js';
import { canonicalJson, knownFingerprint } from '../review/application-summary.js';
import { schemaText } from '../validate/schema-files.js';
import { REGISTER_VERSION, type LoadedRegister, type Register, type RegisterEntry } from './types.js';
import { byText } from '../domain/compare.js';
import { verifyRegister } from './signing.js';
import { isAfterSubmission } from '../domain/kinds.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Over everything but itself and the signature (which covers registerHash in turn). */
export function registerHash(register: Omit<Register, 'registerHash'> | Register): string {
  const { registerHash: _ignored, handtekening: _signature, ...rest } = register as Register;
  return sha256(canonicalJson(rest));
}

/** When and by whom a register is made: from an injectable clock and user (tests fix both). */
export interface RegisterMade {
  op: string;
  door: string;
}

/**
 * Where the register's paths are relative to: the folder of the register file, and the folder the
 * run shows its paths from (the working directory). A register written to standard output has its
 * paths relative to the working directory (its folder is not known).
 */
export interface RegisterPlace {
  /** The folder the register file is in. */
  dir: string;
  /** The working directory: the run's display paths are relative to it. */
  cwd: string;
}

/** A run's display path as the register records it: relative to the register's folder. */
export function toRegisterPath(display: string, place: RegisterPlace): string {
  return displayPath(place.dir, resolve(place.cwd, display));
}

/** A register path (2.0.0: relative to the register's folder) as the run displays it (relative to the working directory). */
export function fromRegisterPath(bestand: string, place: RegisterPlace): string {
  return displayPath(place.cwd, resolve(place.dir, bestand));
}

export function buildRegister(report: Report, hashes: ReadonlyMap<string, string>, peildatum: string, gemaakt: RegisterMade, place: RegisterPlace): Register {
  const bestanden: RegisterEntry[] = [];
  for (const f of report.files) {
    const hash = hashes.get(f.file);
    // Decisions, accounts and judgements come after the submission: never part of its register.
    if (hash === undefined || isAfterSubmission(f.kind)) continue;
    const entry: RegisterEntry = { bestand: toRegisterPath(f.file, place), sha256: hash, soort: f.kind };
    if (f.kind === 'aanvraag' && f.aanvraag) {
      const a = f.aanvraag;
      entry.aanvraag = { fingerprint: knownFingerprint(a), aanvrager: a.aanvrager, modelplan: { id: a.modelplan.id, versie: a.modelplan.versie }, thema: a.thema, gevraagd: a.totaal, beslissing: f.review?.decision ?? 'ongeldig' };
    }
    bestanden.push(entry);
  }
  bestanden.sort(byText((b) => b.bestand));
  const aanvragen = bestanden.filter((b) => b.aanvraag);
  const body: Omit<Register, 'registerHash'> = {
    registerVersie: REGISTER_VERSION,
    peildatum,
    tool: report.audit.tool,
    modelplannen: report.audit.modelplannen,
    budgetkader: report.audit.budgetkader,
    schemas: report.audit.schemas,
    bestanden,
    totaal: { bestanden: bestanden.length, aanvragen: aanvragen.length, gevraagd: aanvragen.reduce((s, b) => s + b.aanvraag!.gevraagd, 0) },
    gemaakt,
  };
  return { ...body, registerHash: registerHash(body) };
}

export function registerJson(register: Register): string {
  return JSON.stringify(register, null, 2) + '\n';
}

let validator: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

async function validateRegister(data: unknown): Promise<string | undefined> {
  if (!validator) {
    const { createAjv } = await import('../validate/ajv.js');
    validator = createAjv().compile(JSON.parse(schemaText('register')) as object);
  }
  if (validator(data)) return undefined;
  const first = validator.errors?.[0];
  return `${first?.instancePath || '/'} ${first?.message ?? ''}`.trim();
}

/** The calendar date in the Netherlands of a moment (ISO 8601): the peildatum is a Dutch date. */
export function dutchDate(iso: string): string | undefined {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/**
 * Reads and checks a register; every problem is data (a register-ongeldig finding), never a crash.
 * With `verifyKey` (`--verify`) the desk's signature must be there and hold; without it a signature
 * is not checked and the register's authenticity stays open (register-echtheid says so).
 */
export async function loadRegister(path: string, display: string, cwd: string, verifyKey?: KeyObject): Promise<LoadedRegister> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { display, problem: { messageId: 'unreadable', args: { detail: (error as NodeJS.ErrnoException).code ?? String(error) } } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { display, problem: { messageId: 'json', args: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  const invalid = await validateRegister(data);
  if (invalid !== undefined) return { display, problem: { messageId: 'schema', args: { detail: invalid } } };
  const register = data as Register;
  const expected = registerHash(register);
  if (expected !== register.registerHash) return { display, problem: { messageId: 'hash', args: { verwacht: expected.slice(0, 12) } } };
  const notices: NonNullable<LoadedRegister['notices']> = [];
  if (verifyKey) {
    const verified = verifyRegister(register, verifyKey);
    if (verified !== 'ok') return { display, problem: { messageId: verified, args: { sleutel: register.handtekening?.sleutel ?? '' } } };
  } else {
    // Signed but not verified is worth knowing (info); unsigned proves nothing against a regenerated register (warning).
    notices.push(register.handtekening ? { messageId: 'notVerified', args: { sleutel: register.handtekening.sleutel }, severity: 'info' } : { messageId: 'unsigned', args: {} });
  }
  const made = register.gemaakt ? dutchDate(register.gemaakt.op) : undefined;
  if (!register.gemaakt || made === undefined) notices.push({ messageId: 'undated', args: {} });
  else if (made > register.peildatum) notices.push({ messageId: 'late', args: { op: register.gemaakt.op, door: register.gemaakt.door, peildatum: register.peildatum }, severity: 'error' });
  return { display, register: asRun(register, { dir: dirname(path), cwd }), notices };
}

/**
 * The register with its paths as this run displays them (after its hash and signature were checked
 * on the text as written): 2.x paths are relative to the register's folder; 1.x paths were relative
 * to the folder register ran in and are read relative to the working directory, as before.
 */
function asRun(register: Register, place: RegisterPlace): Register {
  if (Number.parseInt(register.registerVersie, 10) < 2) return register;
  return { ...register, bestanden: register.bestanden.map((e) => ({ ...e, bestand: fromRegisterPath(e.bestand, place) })).sort(byText((b) => b.bestand)) };
}
