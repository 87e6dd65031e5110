/**
 * The register of the submission (nota §4.2, one submission moment): built from a finished check
 * run and the files' bytes, frozen by a hash over itself; loaded again for `check --register`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { InputRef } from '../load/discover.js';
import type { Report } from '../report/types.js';
import { canonicalJson, knownFingerprint } from '../review/application-summary.js';
import { schemaText } from '../validate/schema-files.js';
import { REGISTER_VERSION, type LoadedRegister, type Register, type RegisterEntry } from './types.js';
import { byText } from '../domain/compare.js';
import { isAfterSubmission } from '../domain/kinds.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 over the bytes of every input on disk (standard input and unreadable inputs have none). */
export async function hashInputs(inputs: readonly InputRef[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    try {
      hashes.set(input.display, sha256(await readFile(input.path)));
    } catch {
      // An input that cannot be read again has no hash: it shows as changed or added.
    }
  }
  return hashes;
}

export function registerHash(register: Omit<Register, 'registerHash'> | Register): string {
  const { registerHash: _ignored, ...rest } = register as Register;
  return sha256(canonicalJson(rest));
}

export function buildRegister(report: Report, hashes: ReadonlyMap<string, string>, peildatum: string): Register {
  const bestanden: RegisterEntry[] = [];
  for (const f of report.files) {
    const hash = hashes.get(f.file);
    // Decisions, accounts and judgements come after the submission: never part of its register.
    if (hash === undefined || isAfterSubmission(f.kind)) continue;
    const entry: RegisterEntry = { bestand: f.file, sha256: hash, soort: f.kind };
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

/** Reads and checks a register; every problem is data (a register-ongeldig finding), never a crash. */
export async function loadRegister(path: string, display: string): Promise<LoadedRegister> {
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
  return { display, register };
}
