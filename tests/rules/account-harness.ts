/**
 * Rule tests after approval: an approved application, its NZa request (both copied byte for byte
 * from examples/, as export nza wrote the request) and accounts or judgements, in a fresh folder,
 * through the real CLI (tests/round/harness.ts roundCases: findings exact, positions by text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLES } from '../helpers/cli.js';
import { accountFingerprint } from '../../src/verantwoording/link.js';
import type { Plausibiliteit, Verantwoording } from '../../src/verantwoording/types.js';

export const APPLICATION = readFileSync(join(EXAMPLES, 'digitaal-zorgpad-copd-msz.yaml'), 'utf8');
export const REQUEST_TEXT = readFileSync(join(EXAMPLES, 'verantwoording/nza/examples_digitaal-zorgpad-copd-msz.afbdbddfc1fc932c.nza.json'), 'utf8');

/** A clean account for 2027 of the COPD project (the minder-besparing variant with the full saving). */
export function baseAccount(): Verantwoording {
  const v = parse(readFileSync(join(EXAMPLES, 'verantwoording/varianten/digitaal-zorgpad-copd-msz.minder-besparing.2027.yaml'), 'utf8')) as Verantwoording;
  return { ...v, nza_aanvraag: 'p.nza.json', aanvraag: { ...v.aanvraag, bestand: 'aanvraag.yaml' }, besparing: { ...v.besparing, fte: 14 } };
}

/** The batch: application, request, and the given accounts or judgements. */
export function batch(files: Record<string, unknown>): Record<string, unknown> {
  return { 'aanvraag.yaml': APPLICATION, 'p.nza.json': REQUEST_TEXT, ...files };
}

export function judgement(account: Verantwoording, over: Partial<Plausibiliteit> = {}, bestand = 'v.yaml'): Plausibiliteit {
  return {
    soort: 'plausibiliteit',
    verantwoording: { bestand, fingerprint: accountFingerprint(account) },
    verzekeraar: { naam: 'Zorgverzekeraar Voorbeeld Zuid', uzovi: '3358' },
    datum: '2028-03-01',
    uitkomst: 'plausibel',
    motivering: 'Binnen de goedgekeurde bedragen.',
    reacties: [],
    ...over,
  };
}

export const withLines = (v: Verantwoording, kosten: Verantwoording['kosten']): Verantwoording => ({ ...v, kosten });
