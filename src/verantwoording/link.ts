/**
 * Ties each account to what was approved: the NZa request it names (as `export nza` wrote it) and
 * the application that request names by fingerprint, both read from disk with the run's size
 * limit and checked (schema, fingerprint); every problem is data, never a crash. Paths are
 * relative to the account's own folder, so an account checks the same from any working folder.
 */
import { dirname, resolve } from 'node:path';
import type { Aanvraag, Frame } from '../domain/types.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import { readInput } from '../load/read.js';
import { readDocument } from '../validate/document.js';
import { canonicalJson, fingerprintOf } from '../review/application-summary.js';
import { sha256 } from '../round/register.js';
import type { NzaRequest } from '../round/types.js';
import { schemaText } from '../validate/schema-files.js';
import type { LinkedAccount, LinkProblem, Verantwoording } from './types.js';

let validator: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

export async function validateRequest(data: unknown): Promise<string | undefined> {
  if (!validator) {
    const { createAjv } = await import('../validate/ajv.js');
    validator = createAjv().compile(JSON.parse(schemaText('nza-aanvraag')) as object);
  }
  if (validator(data)) return undefined;
  const first = validator.errors?.[0];
  return `${first?.instancePath || '/'} ${first?.message ?? ''}`.trim();
}

const noStdin = () => {
  throw new Error('a linked file is never standard input');
};

async function readLinked(base: string, relative: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { detail: string }> {
  const path = resolve(base, relative);
  const read = await readInput({ kind: 'file', path, display: relative }, maxBytes, noStdin);
  return read.ok ? { bytes: read.bytes } : { detail: read.messageId };
}

export function accountFingerprint(account: Verantwoording): string {
  return sha256(canonicalJson(account));
}

/** A file of the run, by absolute path: a valid application's data, or the kind of a file that is none. */
export type InRun = (absolutePath: string) => { aanvraag: Aanvraag } | { kind: string | null } | undefined;

export async function linkAccount(file: string, account: Verantwoording, frame: Frame, options: { cwd: string; maxFileBytes: number; inRun?: InRun }): Promise<LinkedAccount> {
  const out: LinkedAccount = { file, fingerprint: accountFingerprint(account), account };
  const fail = (problem: LinkProblem): LinkedAccount => ({ ...out, problem });
  // Standard input has no folder: its links are relative to the working folder.
  const base = file === '<stdin>' ? options.cwd : dirname(resolve(options.cwd, file));
  const nza = await readLinked(base, account.nza_aanvraag, options.maxFileBytes);
  if ('detail' in nza) return fail({ messageId: 'nzaUnreadable', args: { bestand: account.nza_aanvraag, detail: nza.detail } });
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(nza.bytes).toString('utf8'));
  } catch (error) {
    return fail({ messageId: 'nzaInvalid', args: { bestand: account.nza_aanvraag, detail: error instanceof Error ? error.message : String(error) } });
  }
  const invalid = await validateRequest(data);
  if (invalid !== undefined) return fail({ messageId: 'nzaInvalid', args: { bestand: account.nza_aanvraag, detail: invalid } });
  const request = data as NzaRequest;
  if (request.aanvraag.fingerprint !== account.aanvraag.fingerprint) {
    return fail({ messageId: 'nzaFingerprint', args: { bestand: account.nza_aanvraag, verwacht: request.aanvraag.fingerprint.slice(0, 12), gevonden: account.aanvraag.fingerprint.slice(0, 12) } });
  }
  // An application that is part of the run is taken from the run: no input is read twice.
  const own = options.inRun?.(resolve(base, account.aanvraag.bestand));
  let aanvraag: Aanvraag;
  if (own && 'aanvraag' in own) aanvraag = own.aanvraag;
  else if (own) return fail({ messageId: 'aanvraagInvalid', args: { bestand: account.aanvraag.bestand, detail: own.kind ?? 'soort' } });
  else {
    const app = await readLinked(base, account.aanvraag.bestand, options.maxFileBytes);
    if ('detail' in app) return fail({ messageId: 'aanvraagUnreadable', args: { bestand: account.aanvraag.bestand, detail: app.detail } });
    const doc = readDocument(app.bytes);
    if (doc.kind !== 'aanvraag' || !doc.valid) return fail({ messageId: 'aanvraagInvalid', args: { bestand: account.aanvraag.bestand, detail: doc.kind ?? 'soort' } });
    aanvraag = doc.data as Aanvraag;
  }
  // The application must still be what the insurers approved and the NZa was asked for.
  if (fingerprintOf(aanvraag) !== request.aanvraag.fingerprint) return fail({ messageId: 'aanvraagChanged', args: { bestand: account.aanvraag.bestand } });
  const modelplan = resolveModelplan(frame, request.aanvraag.modelplan);
  if (!modelplan) return fail({ messageId: 'modelplanUnknown', args: { modelplan: `${request.aanvraag.modelplan.id} ${request.aanvraag.modelplan.versie}` } });
  return { ...out, approval: { request, aanvraag, modelplan } };
}
