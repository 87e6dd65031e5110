/**
 * The report for the BO IZA/AZWA (`modelplan rapport`): every figure the HTML page shows, computed
 * once by src/rapport/build.ts from the check report and the budget totals. The formatter only lays
 * it out; it never counts.
 */
import type { AssessedOutcome, BudgetReport, Euros, InvalidEntry, PercentTenths, Scenario, ScenarioMethod, Subscription } from '../budget/types.js';
import type { Decision, Lang } from '../report/types.js';
import type { Status } from '../round/types.js';

export const RAPPORT_VERSION = '1.1.0';

export interface RapportStamp {
  /** JJJJ-MM-DD: the date the figures are as of (`--peildatum`, default today). */
  peildatum: string;
  tool: { name: string; version: string };
  budgetkader: { id: string; versie: string; status: string };
  /** The modelplannen of the frame, sorted by id and version. */
  modelplannen: { id: string; versie: string; status: string }[];
  /** Files given, and how many of them were counted or left out (and why). */
  files: {
    total: number;
    counted: number;
    invalid: number;
    /** Of `invalid`: files of which not even the kind could be read (unreadable, not YAML, no `soort`). */
    unreadable: number;
    duplicates: number;
    additionalReviewLeftOut: number;
    /** With a register: files added after the submission moment (not in it); they count for nothing. */
    late: number;
    frameFiles: number;
  };
  excludeAdditionalReview: boolean;
  /** The frozen submission the figures were checked against (`--register`), or null. */
  register: { bestand: string; peildatum: string; registerHash: string } | null;
}

/** Where the applications stand in the insurers' round, when decision files (or a register) are given. */
export interface RapportRound {
  /** Applications in the insurers' round (Zvw route, schema-valid). */
  totaal: number;
  perStatus: Record<Status, number>;
  /** The amount both insurers approved, over the applications with status akkoord. */
  toegekend: number;
  /** Applications outside the insurers' round (the SPUK route). */
  buitenRonde: number;
  /** With a register: the files added after the submission moment, listed apart (no status, no count, no total). */
  naIndienmoment: string[];
}

/** The demand of the invalid applications, apart from the totals (counted, not hidden). */
export interface InvalidDemand {
  /** Invalid files that are applications, or could be (kind unknown). */
  count: number;
  /** Of `count`: those whose request is known, and its sum. */
  withAmount: number;
  requested: Euros;
  /** Of `count`: those whose request is unknown (the data did not parse, or its amounts are malformed). */
  withoutAmount: number;
  /** Of `withoutAmount`: files that could not be read as a document at all. */
  unreadable: number;
  entries: InvalidEntry[];
}

export interface RegionRow {
  code: string;
  /** From the reference list; null when the frame has none or the code is not on it. */
  naam: string | null;
  count: number;
  requested: Euros;
}

export interface Regions {
  /** True when the frame holds the list of zorgkantoorregio's (so regions without applications are known). */
  listKnown: boolean;
  /** Regions with counted applications, by code; with the list, every region on it (also with none). */
  rows: RegionRow[];
  /** Regions on the list without any counted application (gelijkwaardige toegang, seed 004). */
  without: { code: string; naam: string }[];
  /** Counted applications that name no zorgkantoorregio. */
  noRegion: { count: number; requested: Euros };
}

export type ApplicationStatus = 'counted' | 'invalid' | 'duplicate' | 'additional-review-left-out';

export interface RapportApplication {
  file: string;
  status: ApplicationStatus;
  /** Null where the file did not pass its schema (the fields are not known). */
  titel: string | null;
  aanvrager: string | null;
  modelplan: { id: string; versie: string } | null;
  thema: string | null;
  zorgkantoorregio: string | null;
  requested: Euros | null;
  fteBesparing: number | null;
  euroPerFte: number | null;
  decision: Decision;
  /** Review reasons (additional review) or errors (invalid), as messages in the report's language. */
  reasons: string[];
  score: number | null;
  /**
   * Only for counted applications: the amount of each scenario. After assessment (decision files
   * among the inputs) only for the approved ones: the scenarios divide the approved amounts.
   */
  allocations?: Record<ScenarioMethod, Euros>;
  /** After assessment, for counted applications: the outcome, and the amount both insurers approved (null unless approved). */
  assessed?: { uitkomst: AssessedOutcome; approved: Euros | null };
}

/**
 * The BO's question per theme after assessment (first page): over- or under-subscribed by how much,
 * what is still open, and what each scenario does to the approved applications.
 */
export interface ThemeAdvice {
  thema: string;
  naam: string;
  richtbedrag: Euros | null;
  requested: Euros;
  approved: Euros;
  /** approved − richtbedrag (null without a richtbedrag). */
  difference: Euros | null;
  percentage: PercentTenths;
  subscription: Subscription | null;
  /** Not yet decided (on hold, conflicting or stale, not yet assessed), at the amounts requested. */
  open: Euros;
  /** (approved + open) against the richtbedrag: where the theme ends if every open one were approved as asked. */
  openPercentage: PercentTenths;
  rejected: Euros;
  /** Outside the insurers' round (the SPUK route: not assessed by insurers), at the amounts requested. */
  outside: Euros;
  /** Per scenario: what it gives the theme, how many approved applications get less (and how many nothing), the largest cuts (at most three). */
  scenarios: { method: ScenarioMethod; allocated: Euros; less: number; nothing: number; cut: Euros; largest: { file: string; titel: string | null; approved: Euros; allocated: Euros }[] }[];
}

/** The applications that need additional review, and why: each rule counted once per application. */
export interface ReviewSummary {
  count: number;
  /** Rules behind the reasons, most frequent first (equal: by rule id); `title` in the report's language. */
  reasons: { ruleId: string; title: string; applications: number }[];
}

/** Per scenario, the counted applications that get less than they ask (largest cut first, then by path). */
export interface ScenarioCuts {
  method: ScenarioMethod;
  applications: { file: string; titel: string | null; requested: Euros; allocated: Euros; cut: Euros }[];
}

export interface RapportReport {
  rapportVersion: string;
  lang: Lang;
  stamp: RapportStamp;
  /** The budget totals without allocation (themes, caps, years, breakdowns, what was left out). */
  budget: BudgetReport;
  /** Decisions over every application file (ongeldig includes files of unknown kind). */
  decisions: Record<Decision, number>;
  review: ReviewSummary;
  /** The round's statuses; null when no decision file and no register was given. */
  round: RapportRound | null;
  invalid: InvalidDemand;
  regions: Regions;
  /** The three allocation scenarios, side by side; after assessment on the approved amounts (budget.beoordeeld.scenarios). */
  scenarios: Scenario[];
  /** Who gets less under each scenario (the order of `scenarios`); after assessment: less than approved. */
  cuts: ScenarioCuts[];
  /** After assessment (decision files among the inputs): per theme, the BO's question answered; null otherwise. */
  advice: ThemeAdvice[] | null;
  /** Every application file, sorted by path. */
  applications: RapportApplication[];
}

