/**
 * The budget totals (nota §4.2): after the individual assessments the insurers show the BO IZA/AZWA
 * the total of all applications, so over- or under-subscription per theme can be corrected before
 * final approval. Every amount is whole euros as a bigint, so sums and products are exact at any size;
 * every breakdown adds up to `overall.requested`.
 */
import type { Decision, DocumentKind, Lang } from '../report/types.js';

/** Whole euros. */
export type Euros = bigint;

/** How an over-subscribed theme is brought back to its richtbedrag (src/budget/allocate.ts). */
export type Allocation = 'geen' | 'pro-rata' | 'rangorde' | 'verschuiven';
export const ALLOCATIONS: readonly Allocation[] = ['geen', 'pro-rata', 'rangorde', 'verschuiven'];

/** An allocation that assigns amounts: every one but `geen`. */
export type ScenarioMethod = Exclude<Allocation, 'geen'>;
export const SCENARIO_METHODS: readonly ScenarioMethod[] = ['pro-rata', 'rangorde', 'verschuiven'];

/** One allocation scenario's amounts; they add up exactly per theme and in total. */
export interface Scenario {
  method: ScenarioMethod;
  /** Per theme (the order of `themas`): the money this scenario makes available, and what it allocates. */
  themas: { id: string; available: Euros | null; requested: Euros; allocated: Euros }[];
  /** The Zvw route against its cap; null when the budgetkader has no Zvw cap. */
  zvw: { plafond: Euros; allocated: Euros } | null;
  requested: Euros;
  allocated: Euros;
  /** Per counted application, in the order of the report's `aanvragen`. */
  perAanvraag: Euros[];
}

export interface BudgetOptions {
  allocation: Allocation;
  /** Leave out applications that need additional review (`--zonder-aanvullende-beoordeling`). */
  excludeAdditionalReview: boolean;
}

/**
 * A share of a reference amount, in tenths of a percent, rounded half up from the exact integers
 * (832n is 83.2%). Display only: decisions use the exact amounts. Null when the reference is 0.
 */
export type PercentTenths = bigint | null;

/** requested against a reference amount. */
export type Subscription = 'over' | 'exact' | 'under';

/** An exact fraction (reduced), e.g. the pro-rata factor richtbedrag / requested. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

export interface ThemeTotal {
  id: string;
  naam: string;
  financieringsroute: string;
  /** False for a theme that applications name but the budgetkader does not hold (no richtbedrag). */
  inBudgetkader: boolean;
  richtbedrag: Euros | null;
  /** Set for a theme whose amount is reserved and allocated, not a guide amount (the social domain, nota §1 and §4.3). */
  gereserveerd?: true;
  count: number;
  /** Of `count`, the applications that need additional review. */
  additionalReview: number;
  requested: Euros;
  /** requested − richtbedrag; null without a richtbedrag. */
  difference: Euros | null;
  percentage: PercentTenths;
  subscription: Subscription | null;
  /** Only for an over-subscribed theme: the factor that brings it to its richtbedrag. */
  proRata?: { factor: Fraction; percentage: PercentTenths };
}

export interface PlafondTotal {
  id: string;
  naam: string;
  financieringsroute: string;
  bedrag: Euros;
  totEnMet: number;
  /** Requested on this route in the years up to and including `totEnMet`. */
  requested: Euros;
  /** Requested on this route in later years (outside the plafond's period). */
  requestedLater: Euros;
  difference: Euros;
  percentage: PercentTenths;
  subscription: Subscription;
}

export interface YearAmount {
  jaar: number;
  /** The theme's amount for this year; null for a year the budgetkader sets no amount for. */
  bedrag: Euros | null;
  requested: Euros;
  difference: Euros | null;
  percentage: PercentTenths;
  subscription: Subscription | null;
}

/** A theme with amounts per year (the social domain, nota §4.3): requested per year against them. */
export interface ThemeYears {
  thema: string;
  naam: string;
  jaren: YearAmount[];
}

export interface BreakdownRow {
  key: string;
  label: string;
  /** The row of applications without a value here (no zorgpad, no insurer): formatters give it their own label. */
  none?: true;
  count: number;
  requested: Euros;
}

export interface YearRow extends BreakdownRow {
  /** False for a year outside the budgetkader's spending years. */
  inBudgetkader: boolean;
  /**
   * Where the budgetkader records an earlier cash rhythm for this year (`eerder_kasritme.per_jaar`,
   * seed 004: €400m in 2027 and in 2028, replaced by the rhythm 2027–2029 of nota §5a): that amount,
   * and requested against it, for comparison only: not a cap and not the total for the year.
   */
  eerderKasritme?: { bedrag: Euros; difference: Euros; percentage: PercentTenths; subscription: Subscription };
}

export interface AreaRow extends BreakdownRow {
  thema: string;
  /** Only for a modelplan with zorgpaden; the rows add up to this row. */
  zorgpaden?: BreakdownRow[];
}

/** One receiving party (begroting[].ontvanger): key is its AGB code, KvK number or gemeentecode. */
export interface PartyRow extends BreakdownRow {
  /** The member's sector. */
  sector: string;
}

export interface Breakdowns {
  perJaar: YearRow[];
  perToepassingsgebied: AreaRow[];
  perSector: BreakdownRow[];
  /** Key is the UZOVI code of the coordinating insurer, or `geen` (spuk: no insurer). */
  perVerzekeraar: BreakdownRow[];
  /** Per receiving party over all counted applications (count: applications it receives money from), sorted by key. */
  perOntvanger: PartyRow[];
}

export type CountedDecision = Exclude<Decision, 'ongeldig'>;

export interface CountedApplication {
  file: string;
  titel: string;
  aanvrager: string;
  modelplan: { id: string; versie: string };
  thema: string;
  sector: string;
  zorgpad?: string;
  verzekeraar?: { uzovi: string; naam: string };
  decision: CountedDecision;
  /** The review score (0..100), the order of `--toewijzing rangorde`; absent when not scored. */
  score?: number;
  requested: Euros;
  /** With `--toewijzing` other than `geen`: the amount the scenario allocates (the request itself when the theme is not over-subscribed). */
  allocated?: Euros;
}

export interface InvalidEntry {
  file: string;
  kind: DocumentKind | null;
  /** The first error (or, failing that, the first finding); null when the file has no findings at all. */
  ruleId: string | null;
  line: number | null;
  column: number | null;
  message: string;
  /**
   * What the file asks, when that is known: the total of an application that passed its schema but
   * not its rules, or the budget lines of one that parsed but failed its schema. Shown apart, never counted.
   */
  requested?: Euros;
}

export interface LeftOut {
  invalid: InvalidEntry[];
  /** The same application given again (same fingerprint); the first by sorted path counts. */
  duplicates: { file: string; duplicateOf: string; requested: Euros }[];
  /** Left out by `--zonder-aanvullende-beoordeling`. */
  additionalReview: { file: string; thema: string; requested: Euros }[];
  /** With a register: files not in it (register-toegevoegd), added after the one submission moment; they count for nothing. */
  late: { file: string }[];
  /** Modelplannen and budgetkaders among the inputs: the frame, not applications. */
  /** Files that are no application: frame files and insurers' decision files. */
  frameFiles: { file: string; kind: 'modelplan' | 'budgetkader' | 'referentielijsten' | 'beoordeling' | 'bo-besluit' | 'bevestiging' | 'verantwoording' | 'plausibiliteit' }[];
}

export interface BudgetReport {
  /** Version of this JSON shape. */
  budgetReportVersion: string;
  lang: Lang;
  budgetkader: { id: string; versie: string; status: string; totaal: Euros; jaren: number[] };
  options: BudgetOptions;
  overall: {
    count: number;
    additionalReview: number;
    /** Files not counted: invalid, duplicates, left-out additional reviews and frame files together. */
    leftOut: number;
    requested: Euros;
    /** With `--toewijzing` other than `geen`: what the scenario allocates in all. */
    allocated?: Euros;
    /** The budgetkader's total. */
    budget: Euros;
    difference: Euros;
    percentage: PercentTenths;
    subscription: Subscription;
  };
  themas: ThemeTotal[];
  plafonds: PlafondTotal[];
  jaarbedragen: ThemeYears[];
  breakdowns: Breakdowns;
  /** Every counted application, sorted by file. */
  aanvragen: CountedApplication[];
  leftOut: LeftOut;
  /** Only when decision files are among the inputs: the totals by assessment outcome (src/budget/assessed.ts). */
  beoordeeld?: AssessedView;
}

/**
 * How an application stands after the insurers' assessment (src/budget/assessed.ts), from its
 * round status (src/round/status.ts): `goedgekeurd` is approved by both (at the approved amount),
 * `strijdig` also holds `verouderd` (a decision on older content: it needs a new decision), `wacht`
 * is not yet assessed (wacht-op-coordinerend, wacht-op-tweede), `buiten-ronde` names no insurers
 * (the SPUK route: not assessed by insurers).
 */
export const ASSESSED_OUTCOMES = ['goedgekeurd', 'aangehouden', 'afgewezen', 'strijdig', 'wacht', 'buiten-ronde'] as const;
export type AssessedOutcome = (typeof ASSESSED_OUTCOMES)[number];

/** Per outcome: how many applications, and their amount (approved for `goedgekeurd`, requested for the rest). */
export type OutcomeAmounts = Record<AssessedOutcome, { count: number; bedrag: Euros }>;

/** One year after assessment: requested, and per outcome (approved amounts distributed over the years exactly). */
export interface AssessedYear {
  jaar: number;
  requested: Euros;
  perUitkomst: Record<AssessedOutcome, Euros>;
}

/**
 * One theme after assessment: the budget's theme total without its review count, with the amounts per outcome;
 * `difference`, `percentage`, `subscription` and `proRata` are of the approved amount against the richtbedrag.
 */
export interface AssessedTheme extends Omit<ThemeTotal, 'additionalReview'> {
  perUitkomst: OutcomeAmounts;
  /** Approved by both insurers (= perUitkomst.goedgekeurd.bedrag). */
  approved: Euros;
  jaren: AssessedYear[];
}

/**
 * A cap against what both insurers approved on its route (in the years up to and including `totEnMet`): the
 * budget's cap total with the approved amounts in place of the later requested ones; `difference`, `percentage`
 * and `subscription` are of the approved amount.
 */
export interface AssessedPlafond extends Omit<PlafondTotal, 'requestedLater'> {
  approved: Euros;
  /** Approved on this route in later years (outside the cap's period). */
  approvedLater: Euros;
}

export interface AssessedApplication {
  file: string;
  thema: string;
  /** The round status; null outside the insurers' round (`buiten-ronde`). */
  status: string | null;
  uitkomst: AssessedOutcome;
  requested: Euros;
  /** Approved by both insurers; null unless `goedgekeurd`. */
  approved: Euros | null;
  /** The approved amount per year (largest remainder, per receiving party as the decision splits it); null unless `goedgekeurd`. */
  approvedPerJaar: { jaar: number; bedrag: Euros }[] | null;
  /** With `--toewijzing` other than `geen`: what the scenario on the approved amounts gives (only `goedgekeurd`). */
  allocated?: Euros;
}

/**
 * The BO's view (nota §4.2): the totals of the assessments, per theme and year, against the
 * richtbedragen and the caps; present only when decision files are among the inputs.
 */
export interface AssessedView {
  themas: AssessedTheme[];
  plafonds: AssessedPlafond[];
  /** Over every theme, per year (the budgetkader's years first, then others found). */
  jaren: AssessedYear[];
  overall: { count: number; requested: Euros; perUitkomst: OutcomeAmounts; approved: Euros; budget: Euros; difference: Euros; percentage: PercentTenths; subscription: Subscription };
  /** Every counted application, in the order of the report's `aanvragen`. */
  aanvragen: AssessedApplication[];
  /** The allocation scenarios on the approved amounts (only `goedgekeurd` applications take part), side by side. */
  scenarios: Scenario[];
}
