/**
 * After approval (nota §4.2): the yearly account of one approved project (`soort: verantwoording`)
 * and the coordinating insurer's plausibility judgement on it (`soort: plausibiliteit`). Shapes
 * only; they mirror schemas/verantwoording.schema.json and schemas/plausibiliteit.schema.json.
 */
import type { Aanvraag, Modelplan } from '../domain/types.js';
import type { NzaRequest } from '../round/types.js';

export interface Verantwoording {
  soort: 'verantwoording';
  jaar: number;
  /** The NZa request (`*.nza.json`, as `export nza` wrote it), relative to the account's folder. */
  nza_aanvraag: string;
  aanvraag: { bestand: string; fingerprint: string };
  penvoerder: { naam: string; agb?: string; kvk?: string };
  kosten: { categorie: string; ontvanger: string; jaar: number; bedrag: number; omschrijving: string; mijlpaal?: string }[];
  mijlpalen: { id: string; datum: string; bewijs: string }[];
  besparing: { fte: number; meetmethode: string; peiljaar: number };
  afwijkingen?: { categorie: string; toelichting: string }[];
}

export const PLAUSIBILITEIT_UITKOMSTEN = ['plausibel', 'niet-plausibel', 'plausibel-onder-voorwaarden'] as const;
export type PlausibiliteitUitkomst = (typeof PLAUSIBILITEIT_UITKOMSTEN)[number];

export interface Plausibiliteit {
  soort: 'plausibiliteit';
  verantwoording: { bestand: string; fingerprint: string };
  verzekeraar: { naam: string; uzovi: string };
  datum: string;
  uitkomst: PlausibiliteitUitkomst;
  motivering: string;
  reacties: { regel: string; pointer: string; motivering: string }[];
  voorwaarden?: string[];
}

/** Why an account could not be tied to its approval: the request or the application it names. */
export type LinkProblem =
  | { messageId: 'nzaUnreadable' | 'nzaInvalid' | 'aanvraagUnreadable' | 'aanvraagInvalid'; args: { bestand: string; detail: string } }
  | { messageId: 'nzaFingerprint'; args: { bestand: string; verwacht: string; gevonden: string } }
  | { messageId: 'aanvraagChanged'; args: { bestand: string } }
  | { messageId: 'modelplanUnknown'; args: { modelplan: string } };

/** One schema-valid account with what it was approved for: the NZa request, the application and its modelplan. */
export interface LinkedAccount {
  file: string;
  /** SHA-256 over the account's canonical JSON: what a plausibility judgement names. */
  fingerprint: string;
  account: Verantwoording;
  /** Present when the request, the application and the modelplan were all found and agree. */
  approval?: { request: NzaRequest; aanvraag: Aanvraag; modelplan: Modelplan };
  problem?: LinkProblem;
}

/** One schema-valid plausibility judgement. */
export interface PlausibilityDecision {
  file: string;
  decision: Plausibiliteit;
}

/** The findings of an account (rule and place, severity), which a judgement must answer. */
export interface AccountFindingRef {
  ruleId: string;
  pointer: string;
  severity: 'error' | 'warning' | 'info';
}

/** What the run knows after approval: the accounts (with their findings) and the judgements. */
export interface AccountData {
  accounts: (LinkedAccount & { findings: AccountFindingRef[]; errors: number })[];
  decisions: (PlausibilityDecision & { errors: number })[];
}
