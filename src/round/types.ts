/**
 * The assessment round (nota §4.2): the register of the submission, the insurers' decisions
 * (`soort: beoordeling`) and where each application stands. Shapes only; the decision file's
 * shape mirrors schemas/beoordeling.schema.json, the register's schemas/register.schema.json.
 */
import type { Aanvraag } from '../domain/types.js';
import type { Decision } from '../report/types.js';

export type Rol = 'coordinerend' | 'tweede';
export const ROLLEN: readonly Rol[] = ['coordinerend', 'tweede'];

export type Uitkomst = 'akkoord' | 'akkoord-onder-voorwaarden' | 'aanhouden' | 'afwijzen';
export const UITKOMSTEN: readonly Uitkomst[] = ['akkoord', 'akkoord-onder-voorwaarden', 'aanhouden', 'afwijzen'];

export interface Beoordeling {
  soort: 'beoordeling';
  aanvraag: { bestand: string; fingerprint: string };
  rol: Rol;
  verzekeraar: { naam: string; uzovi: string };
  datum: string;
  uitkomst: Uitkomst;
  motivering: string;
  reacties: { regel: string; pointer: string; motivering: string }[];
  toegekend?: { bedrag: number; per_ontvanger?: { ontvanger: string; bedrag: number }[] };
  voorwaarden?: string[];
}

/** What the round needs of one schema-valid application of the run (read from its FileResult). */
export interface RoundApplication {
  file: string;
  fingerprint: string;
  decision: Decision;
  /** The review reasons (rule and place) a decision must answer. */
  reasons: { ruleId: string; pointer: string }[];
  totaal: number;
  perOntvanger: { id: string; bedrag: number }[];
  /** The modelplan's upper limit; undefined when the modelplan does not resolve. */
  bovengrens?: number;
  verzekeraars?: Record<Rol, { naam: string; uzovi: string }>;
  /** The theme of the application's modelplan (the BO decides per theme). */
  thema: string;
  /** The review score, the order of the BO's `rangorde`; absent when not scored. */
  score?: number;
}

/** One schema-valid decision file of the run. */
export interface RoundDecision {
  file: string;
  beoordeling: Beoordeling;
}

/** Which application a decision is about: the same content, the same file but changed content, or none. */
export type DecisionMatch =
  | { kind: 'actueel'; application: RoundApplication }
  | { kind: 'verouderd'; application: RoundApplication }
  | { kind: 'onbekend' };

/**
 * 2.0.0: `bestand` is relative to the register file's folder (before: to the folder register ran in).
 * Registers of 1.x are still read, their paths relative to the folder check runs in, as before.
 */
export const REGISTER_VERSION = '2.0.0';

export interface RegisterEntry {
  bestand: string;
  sha256: string;
  soort: string | null;
  aanvraag?: {
    fingerprint: string;
    aanvrager: string;
    modelplan: { id: string; versie: string };
    thema: string;
    gevraagd: number;
    beslissing: Decision;
  };
}

export interface Register {
  registerVersie: string;
  peildatum: string;
  tool: { name: string; version: string };
  modelplannen: { id: string; versie: string; status: string }[];
  budgetkader: { id: string; versie: string; status: string };
  schemas: { name: string; version: string }[];
  bestanden: RegisterEntry[];
  totaal: { bestanden: number; aanvragen: number; gevraagd: number };
  /** When (ISO 8601, UTC) and by whom the register was made; absent in registers of version 1.0.0. */
  gemaakt?: { op: string; door: string };
  /** SHA-256 over the canonical JSON of the register without this field and without the signature. */
  registerHash: string;
  /** The desk's signature (`register --sign`) over the register without this field. */
  handtekening?: RegisterSignature;
}

export interface RegisterSignature {
  algoritme: 'Ed25519';
  /** `sha256:` and the SHA-256 over the signing key's public key (SPKI, DER). */
  sleutel: string;
  /** The Ed25519 signature, base64. */
  waarde: string;
}

/** The register as the run has it: loaded, or the problem that kept it from loading. */
export interface LoadedRegister {
  display: string;
  register?: Register;
  /** The register cannot be trusted (register-ongeldig): the files are not compared with it. */
  problem?: { messageId: 'unreadable' | 'json' | 'schema' | 'hash' | 'unsigned' | 'otherKey' | 'signature'; args: Record<string, string> };
  /** What the register's authenticity leaves open (register-echtheid); the files are compared. */
  notices?: { messageId: 'unsigned' | 'notVerified' | 'late' | 'undated'; args: Record<string, string>; severity?: 'error' | 'info' }[];
}

/**
 * Where an application stands, in the seed's order (nota §4.2): assessed by both insurers
 * (akkoord: both approved, the BO has not decided yet), then the BO's decision on the total
 * (bo-afgewezen: the BO gave it nothing; wacht-op-bevestiging: the BO gave an amount, both insurers
 * still have to confirm it), then formal approval (definitief: both confirmed at the BO's amount).
 * `dubbel`: more than one current decision for one role (a conflict the insurers settle by removing
 * all but one; never settled by sort order or file name). `gewijzigd`: the application's file
 * changed since the register, so no decision on it counts.
 */
export const STATUSES = ['wacht-op-coordinerend', 'wacht-op-tweede', 'akkoord', 'wacht-op-bevestiging', 'definitief', 'bo-afgewezen', 'aangehouden', 'afgewezen', 'strijdig', 'verouderd', 'dubbel', 'gewijzigd'] as const;
export type Status = (typeof STATUSES)[number];
/** The statuses only the BO's decision and the confirmations reach (src/round/status.ts); the others come from the insurers' decisions (src/round/base.ts). */
export const AFTER_BO_STATUSES: readonly Status[] = ['wacht-op-bevestiging', 'definitief', 'bo-afgewezen'];

export const BO_BESLUITEN = ['accepteren', 'pro-rata', 'rangorde', 'verschuiven', 'per-aanvraag'] as const;
export type BoBesluitSoort = (typeof BO_BESLUITEN)[number];

/** The BO IZA/AZWA's decision on the total (schemas/bo-besluit.schema.json). */
export interface BoBesluit {
  soort: 'bo-besluit';
  datum: string;
  register: { bestand: string; registerHash: string };
  cijfers: string;
  motivering: string;
  themas: { thema: string; besluit: BoBesluitSoort; beschikbaar?: number; motivering?: string; aanvragen?: { bestand?: string; fingerprint: string; bedrag: number; reden: string }[] }[];
}

/** One insurer's formal approval after the BO decision (schemas/bevestiging.schema.json). */
export interface Bevestiging {
  soort: 'bevestiging';
  aanvraag: { bestand: string; fingerprint: string };
  rol: Rol;
  verzekeraar: { naam: string; uzovi: string };
  datum: string;
  bo_besluit: { bestand: string; sha256: string };
  bedrag: number;
  overeenkomsten: { ontvanger: string; status: 'beoogd' | 'gesloten'; datum?: string }[];
}

export interface RoundBoDecision {
  file: string;
  /** SHA-256 over the bytes read. */
  sha256: string;
  besluit: BoBesluit;
}

export interface RoundConfirmation {
  file: string;
  bevestiging: Bevestiging;
}

/** The figures the BO decides on: per theme the applications both insurers approved (status akkoord before the BO). */
export interface RoundFigures {
  themas: { thema: string; aanvragen: { bestand: string; fingerprint: string; toegekend: number; perOntvanger: { ontvanger: string; bedrag: number }[]; score?: number }[] }[];
  /** SHA-256 over the canonical JSON of the themes with each application's fingerprint and approved amount. */
  hash: string;
}

/** What one BO decision gives, computed exactly (src/round/bo.ts). */
export interface BoOutcome {
  file: string;
  sha256: string;
  datum: string;
  /** Per application of the figures (by file): the amount after the decision, per receiving party. */
  perAanvraag: Map<string, { fingerprint: string; thema: string; toegekend: number; bedrag: number; perOntvanger: { ontvanger: string; bedrag: number }[] }>;
  themas: { thema: string; besluit: BoBesluitSoort; toegekend: number; toegestaan: number; bedrag: number }[];
  /** What does not fit (read by the rule bo-besluit-bedrag): pointers into the decision file. */
  problems: { pointer: string; messageId: 'unknownTheme' | 'themeMissing' | 'unknownApplication' | 'missingApplication' | 'aboveApproved' | 'themeAbove' | 'notPerAanvraag' | 'twice'; args: Record<string, string | number> }[];
}

/** The BO step of the round (src/engine/set.ts step 4b). */
export interface RoundBo {
  figures: RoundFigures;
  /** The BO decision that counts: the one valid decision of the run (two are bo-besluit-dubbel: none counts). */
  outcome?: BoOutcome;
  decisions: RoundBoDecision[];
  confirmations: RoundConfirmation[];
}

/** What the assessment round needs of a run besides the report (status, export nza). */
export interface RoundData {
  applications: RoundApplication[];
  decisions: RoundDecision[];
  /** The BO's figures, its decision and the confirmations; present when the run holds decision files or a register. */
  bo?: RoundBo;
  register?: LoadedRegister;
  /** SHA-256 over the bytes read, per display path of every input read from disk. */
  hashes: Map<string, string>;
  /** The data of every valid application, when the run kept it (EngineOptions.keepApplications). */
  aanvragen?: Map<string, Aanvraag>;
}

/** One file of `export nza` (schemas/nza-aanvraag.schema.json): the joint request to the NZa for one definitief application. */
export interface NzaProvider {
  ontvanger: string;
  naam: string;
  agb: string | null;
  kvk: string | null;
  /** The amount after the BO decision for this provider; the sum over the years. */
  toegekend: number;
  perJaar: { jaar: number; bedrag: number }[];
  perMijlpaal: { mijlpaal: string; datum: string; bedrag: number }[];
  /** The contract requirement (nota §4.2): the agreement with one or more insurers, gesloten, with its date. */
  overeenkomst: { status: 'gesloten'; verzekeraars: { uzovi: string; naam: string; datum: string }[] };
}

export interface NzaRequest {
  exportVersie: string;
  aanvraag: { bestand: string; fingerprint: string; titel: string; aanvrager: string; modelplan: { id: string; versie: string }; thema: string };
  verzekeraars: { coordinerend: { naam: string; uzovi: string }; tweede: { naam: string; uzovi: string } };
  bovengrens: number;
  gevraagd: number;
  /** What both insurers approved before the BO decision. */
  toegekendDoorVerzekeraars: number;
  /** The amount after the BO decision, confirmed by both insurers; the sum over the providers. */
  toegekend: number;
  zorgaanbieders: NzaProvider[];
  beoordelingen: { rol: string; bestand: string; sha256: string | null; datum: string; uitkomst: string; voorwaarden: string[] }[];
  boBesluit: { bestand: string; sha256: string; datum: string; besluit: string };
  /** Who files the request jointly: both insurers (with their confirmation) and the receiving providers. */
  indieners: {
    verzekeraars: { rol: string; naam: string; uzovi: string; bevestiging: string; sha256: string | null; datum: string }[];
    zorgaanbieders: { ontvanger: string; naam: string }[];
  };
  register: { bestand: string; peildatum: string; registerHash: string };
}
