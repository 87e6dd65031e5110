/**
 * A round up to the BO and beyond in a temporary folder: two AI applications approved by both
 * insurers, a register, a BO decision started with init-bo-besluit, and confirmations that name
 * the decision's SHA-256. Every step through the real CLI in this process.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import type { BoBesluit, Bevestiging, Rol } from '../../src/round/types.js';
import { EXAMPLES, runInProcess } from '../helpers/cli.js';
import { baseAanvraag, decision, fingerprintOf, totalOf, writeBatch, type Batch } from './harness.js';

/** The second AI application: capacity planning (€ 3.000.000), with its one review reason answered. */
export const capaciteit = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'afwijking-gemotiveerd-capaciteitsplanning-msz.yaml'), 'utf8')) as Aanvraag;
const reacties = [{ regel: 'kostenverdeling', pointer: '/begroting/0/categorie', motivering: 'Aannemelijk.' }];

/** Applications a.yaml (spraak, € 2.400.000) and b.yaml (capaciteit, € 3.000.000), both approved in full by both insurers. */
export function approvedBatch(extra: Record<string, unknown> = {}): Batch {
  return writeBatch(approvedFiles(extra));
}

/** The files of approvedBatch, for roundCases. */
export function approvedFiles(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const a = baseAanvraag();
  const b = capaciteit();
  return {
    'a.yaml': a,
    'b.yaml': b,
    'a.c.yaml': decision(a, 'coordinerend'),
    'a.t.yaml': decision(a, 'tweede'),
    'b.c.yaml': decision(b, 'coordinerend', { reacties }, 'b.yaml'),
    'b.t.yaml': decision(b, 'tweede', { reacties }, 'b.yaml'),
    ...extra,
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function makeRegister(batch: Batch): Promise<void> {
  const result = await runInProcess(['register', '.', '--peildatum', '2026-12-01', '-o', 'register.json'], { cwd: batch.dir });
  expect(result.code, result.stderr).toBe(0);
}

/** init-bo-besluit on the batch, then `edit` on the parsed skeleton; written as bo.yaml. */
export async function writeBo(batch: Batch, edit: (b: BoBesluit) => void = () => undefined, name = 'bo.yaml'): Promise<BoBesluit> {
  const result = await runInProcess(['init-bo-besluit', '.', '--register', 'register.json', '--datum', '2026-12-20'], { cwd: batch.dir });
  expect(result.code, result.stderr).toBe(0);
  const besluit = parse(result.stdout) as BoBesluit;
  besluit.motivering = 'Het BO stuurt bij op het totaal.';
  edit(besluit);
  write(batch, name, besluit);
  return besluit;
}

export function write(batch: Batch, name: string, doc: unknown): void {
  batch.texts[name] = typeof doc === 'string' ? doc : stringify(doc, { lineWidth: 0 });
  writeFileSync(join(batch.dir, name), batch.texts[name]);
}

/** A confirmation of `aanvraag` (file `bestand`) at `bedrag`, on bo.yaml as written, with a closed agreement with every receiver. */
export function confirmation(batch: Batch, aanvraag: Aanvraag, bestand: string, rol: Rol, bedrag: number, over: Partial<Bevestiging> = {}, bo = 'bo.yaml'): Bevestiging {
  const v = aanvraag.zorgverzekeraars![rol];
  const receivers = [...new Set(aanvraag.begroting.map((l) => l.ontvanger))].sort();
  return {
    soort: 'bevestiging',
    aanvraag: { bestand, fingerprint: fingerprintOf(aanvraag) },
    rol,
    verzekeraar: { naam: v.naam, uzovi: v.uzovi },
    datum: '2026-12-22',
    bo_besluit: { bestand: bo, sha256: sha256(batch.texts[bo]!) },
    bedrag,
    overeenkomsten: receivers.map((ontvanger) => ({ ontvanger, status: 'gesloten' as const, datum: '2026-12-21' })),
    ...over,
  };
}

/** Confirmations by both insurers of a.yaml and b.yaml at the given amounts. */
export function confirmBoth(batch: Batch, amounts: { a: number; b: number }): void {
  const a = baseAanvraag();
  const b = capaciteit();
  for (const rol of ['coordinerend', 'tweede'] as const) {
    write(batch, `a.${rol}.bevestiging.yaml`, confirmation(batch, a, 'a.yaml', rol, amounts.a));
    write(batch, `b.${rol}.bevestiging.yaml`, confirmation(batch, b, 'b.yaml', rol, amounts.b));
  }
}

export { baseAanvraag, totalOf };
