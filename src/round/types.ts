/**
 * The assessment round (nota §4.2): the register of the submission, the insurers' decisions
 * (`soort: beoordeling`) and where each application stands. Shapes only; the decision file's
 * shape mirrors schemas/beoordeling.schema.json, the register's schemas/register.schema.json.
 */
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

export const REGISTER_VERSION = '1.0.0';

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
  /** SHA-256 over the canonical JSON of the register without this field. */
  registerHash: string;
}

/** The register as the run has it: loaded, or the problem that kept it from loading. */
export interface LoadedRegister {
  display: string;
  register?: Register;
  problem?: { messageId: 'unreadable' | 'json' | 'schema' | 'hash'; args: Record<string, string> };
}

export const STATUSES = ['wacht-op-coordinerend', 'wacht-op-tweede', 'akkoord', 'aangehouden', 'afgewezen', 'strijdig', 'verouderd'] as const;
export type Status = (typeof STATUSES)[number];

/** One file of `export nza` (schemas/nza-aanvraag.schema.json): the joint request to the NZa for one approved application. */
export interface NzaProvider {
  ontvanger: string;
  naam: string;
  agb: string | null;
  kvk: string | null;
  toegekend: number;
  perJaar: { jaar: number; bedrag: number }[];
  perMijlpaal: { mijlpaal: string; datum: string; bedrag: number }[];
}

export interface NzaRequest {
  exportVersie: string;
  aanvraag: { bestand: string; fingerprint: string; titel: string; aanvrager: string; modelplan: { id: string; versie: string }; thema: string };
  verzekeraars: { coordinerend: { naam: string; uzovi: string }; tweede: { naam: string; uzovi: string } };
  bovengrens: number;
  gevraagd: number;
  toegekend: number;
  zorgaanbieders: NzaProvider[];
  beoordelingen: { rol: string; bestand: string; sha256: string | null; datum: string; uitkomst: string; voorwaarden: string[] }[];
  register: { bestand: string; peildatum: string; registerHash: string } | null;
}
