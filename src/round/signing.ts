/**
 * Signing the register with the submission desk's key (Ed25519 through node:crypto, PEM files):
 * `register --sign KEY` signs, `check --register R --verify PUBKEY` verifies. The signature covers
 * the canonical JSON of the whole register except the signature itself (so also registerHash, the
 * moment it was made and by whom). A key that cannot be used is a usage mistake (exit 2).
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import type { Localized } from '../report/types.js';
import { canonicalJson } from '../review/application-summary.js';
import type { Register, RegisterSignature } from './types.js';

export const SIGNATURE_ALGORITHM = 'Ed25519';

const messages = {
  unreadable: { nl: 'sleutel {file} is niet te lezen: {reason}', en: 'key {file} cannot be read: {reason}' },
  notKey: {
    nl: '{file} is geen {kind} sleutel in PEM; maak er een met: openssl genpkey -algorithm ed25519 -out balie.pem && openssl pkey -in balie.pem -pubout -out balie.pub.pem',
    en: '{file} is not a {kind} key in PEM; make one with: openssl genpkey -algorithm ed25519 -out desk.pem && openssl pkey -in desk.pem -pubout -out desk.pub.pem',
  },
  notEd25519: { nl: '{file} is een {type}-sleutel; het register wordt getekend met Ed25519', en: '{file} is a {type} key; the register is signed with Ed25519' },
  kindPrivate: { nl: 'private', en: 'private' },
  kindPublic: { nl: 'publieke', en: 'public' },
} satisfies Record<string, Localized>;

/** Reads a PEM key file: the private key for --sign, the public key for --verify. */
export function readKey(path: string, shown: string, kind: 'private' | 'public'): KeyObject {
  const file = escapeControl(shown);
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(messages.unreadable, { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  let key: KeyObject;
  try {
    key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
  } catch {
    throw new UsageError(messages.notKey, { file, kind: kind === 'private' ? messages.kindPrivate : messages.kindPublic });
  }
  // A private key also yields a public one: --verify given the private file still wants the public.
  if (kind === 'public' && pem.includes('PRIVATE KEY')) throw new UsageError(messages.notKey, { file, kind: messages.kindPublic });
  if (key.asymmetricKeyType !== 'ed25519') throw new UsageError(messages.notEd25519, { file, type: String(key.asymmetricKeyType ?? '?') });
  return key;
}

/** The key's fingerprint: SHA-256 over its public key (SPKI, DER), so a register names the key that signed it. */
export function keyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return 'sha256:' + createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** What the signature covers: the register without its signature, as canonical JSON. */
function signedBytes(register: Register): Buffer {
  const { handtekening: _signature, ...rest } = register;
  return Buffer.from(canonicalJson(rest), 'utf8');
}

export function signRegister(register: Register, privateKey: KeyObject): Register {
  const waarde = sign(null, signedBytes(register), privateKey).toString('base64');
  const handtekening: RegisterSignature = { algoritme: SIGNATURE_ALGORITHM, sleutel: keyFingerprint(privateKey), waarde };
  return { ...register, handtekening };
}

export type Verification = 'ok' | 'unsigned' | 'otherKey' | 'signature';

export function verifyRegister(register: Register, publicKey: KeyObject): Verification {
  const signature = register.handtekening;
  if (!signature) return 'unsigned';
  if (signature.sleutel !== keyFingerprint(publicKey)) return 'otherKey';
  let ok = false;
  try {
    ok = signature.algoritme === SIGNATURE_ALGORITHM && verify(null, signedBytes(register), publicKey, Buffer.from(signature.waarde, 'base64'));
  } catch {
    ok = false;
  }
  return ok ? 'ok' : 'signature';
}
