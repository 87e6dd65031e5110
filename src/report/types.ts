/** The one finding type, from parse to output, and the report the core returns. */

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** A text in both languages. */
export interface Localized {
  nl: string;
  en: string;
}

export type MessageArgs = Record<string, string | number>;

/** 1-based line and column of a range in the source file. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The start of a file: where a finding about the whole file stands. */
export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Parts of the normative frame an application may deviate from, with a motivation. */
export type DeviationPart = 'kostenverdeling' | 'doelmatigheid' | 'mijlpaalplanning' | 'fte-besparing' | 'inhoud' | 'aandeel-2029';

/**
 * A repair that is unambiguous, as data: replace the source text from offset `start` up to `end`
 * (UTF-16 code units into the decoded text, after a BOM) with `replacement`; `range` is the same
 * span as 1-based line and column (end exclusive). `modelplan check --fix` applies exactly these,
 * and an editor can offer each as a quick fix on that range.
 */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
  range: Position;
}

/**
 * A finding as the engine gives it: language-neutral (a message id and args, no text). The text is
 * rendered once, at the edge (src/report/render.ts), in the language the user asked for.
 */
export interface NeutralFinding extends Position {
  ruleId: string;
  severity: Severity;
  /** Display path of the file, forward slashes, relative to the working directory. */
  file: string;
  /** JSON pointer into the document ('' is the whole document). */
  pointer: string;
  messageId: string;
  args: MessageArgs;
  /** Set on findings that are a deviation from the normative frame. */
  deviation?: DeviationPart;
  /** Set when this finding makes the application need additional review. */
  reviewReason?: boolean;
  /** Set when the finding has an unambiguous repair (applied by `check --fix`). */
  fix?: Fix;
}

/** A finding with its message rendered in the report's language (src/report/render.ts); the JSON keeps message after args. */
export interface Finding extends NeutralFinding {
  message: string;
}

export type { DocumentKind } from '../domain/kinds.js';
import type { DocumentKind } from '../domain/kinds.js';

export type Decision = 'ongeldig' | 'aanvullende-beoordeling' | 'standaard';
export const DECISIONS: readonly Decision[] = ['ongeldig', 'aanvullende-beoordeling', 'standaard'];

export interface ReviewReason {
  ruleId: string;
  pointer: string;
  line: number;
  column: number;
  message: string;
}

/** A review reason as the engine gives it: its finding's message id and args; `motivering` for a declared deviation. */
export interface NeutralReviewReason {
  ruleId: string;
  pointer: string;
  line: number;
  column: number;
  messageId: string;
  args: MessageArgs;
  motivering?: string;
}

export interface ReviewOf<R, K> {
  decision: Decision;
  reasons: R[];
  /**
   * Set on the SPUK route (src/domain/route.ts) when the application is not ongeldig: its frame is
   * this tool's assumption, so `standaard` means conformity with an assumed frame; the message says so.
   */
  kader?: K;
}

export type Review = ReviewOf<ReviewReason, { soort: 'aanname'; message: string }>;
/** The review as the engine decides it (src/review/decide.ts), before its text is rendered. */
export type NeutralReview = ReviewOf<NeutralReviewReason, { soort: 'aanname' }>;

/** One normative element's part in the conformity score. */
export interface ScoreElement {
  element: string;
  weight: number;
  /** Elements met and elements counted; the element's share is met / counted (1 when counted is 0). */
  met: number;
  counted: number;
  /** The rules whose findings decide this element (src/review/score.ts, SCORE_RULES). */
  rules: string[];
}

export interface Score {
  /** Rounded to one decimal; 100 for a conforming application at the efficiency norm, more when it saves more fte per euro. */
  total: number;
  /** 0..100, rounded to one decimal. */
  conformiteit: number;
  /** 100 × norm euro per fte ÷ actual euro per fte, one decimal; not capped at 100, but at the modelplan's max_doelmatigheid. */
  doelmatigheid: number;
  weights: { conformiteit: number; doelmatigheid: number };
  elements: ScoreElement[];
  /** Euros requested per fte saved, rounded down to whole euros; null when no fte is saved. */
  euroPerFte: number | null;
  normEuroPerFte: number;
}

/** What the budget and the CSV output need to know of one application. */
export interface ApplicationSummary {
  modelplan: { id: string; versie: string };
  titel: string;
  thema: string;
  financieringsroute: string;
  /** The receiving members' sectors, sorted and joined with ', '. */
  sector: string;
  zorgpad?: string;
  /** The applicant's zorgkantoorregio (ZK + 2 digits), when given. */
  zorgkantoorregio?: string;
  aanvrager: string;
  coordinerendeVerzekeraar?: { naam: string; uzovi: string };
  tweedeVerzekeraar?: { naam: string; uzovi: string };
  /** Total requested in whole euros. */
  totaal: number;
  /** Requested per spending year in whole euros. */
  perJaar: Record<string, number>;
  /** Requested per receiving member (begroting[].ontvanger) in whole euros; adds up to totaal. */
  perOntvanger: { id: string; naam: string; sector: string; bedrag: number }[];
  fteBesparing: number;
  /** Euros requested per fte saved, rounded down to whole euros; null when no fte is saved. */
  euroPerFte: number | null;
  /**
   * Stable hash of the application's content (SHA-256 over its canonical JSON), used to find the
   * same application given twice; absent only from a run that asked not to show it (CheckOptions.fingerprints).
   */
  fingerprint?: string;
}

/** A file's findings counted by severity, once, when its findings are settled (formatters read these). */
export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** One file's result: `F` and `V` are the finding and review as the engine gives them (neutral) or rendered. */
export interface FileResultOf<F extends NeutralFinding, V extends ReviewOf<unknown, unknown>> {
  file: string;
  kind: DocumentKind | null;
  findings: F[];
  counts: FindingCounts;
  /** Findings beyond the per-file limit of the view (--max-findings), left out of `findings`; `counts` still counts them. */
  omittedFindings?: number;
  review?: V;
  /**
   * An application that parsed but failed its schema: the sum of its budget lines, when every
   * amount is a whole number ≥ 0 (so the demand of invalid applications can be shown, not hidden).
   */
  requestedWhenInvalid?: number;
  score?: Score;
  aanvraag?: ApplicationSummary;
  /**
   * With a register: the file is not in it (register-toegevoegd), so it came after the one
   * submission moment and counts for nothing (no batch rule, no round, no total); listed apart.
   */
  naIndienmoment?: true;
  /** For a copy of another file's application (aanvraag-dubbel): the file that counts (the first by sorted path that is not ongeldig). */
  duplicateOf?: string;
  /** A schema-valid decision file (soort: beoordeling): whose decision it is, what it decides, and on which application. */
  besluit?: { rol: string; uitkomst: string; uzovi: string; aanvraag: string };
}

/** A file as the engine finishes it: findings and review language-neutral. */
export type NeutralFileResult = FileResultOf<NeutralFinding, NeutralReview>;
/** A file with its texts rendered in the report's language: what reports and formatters hold. */
export type FileResult = FileResultOf<Finding, Review>;
/** Either: for what reads no text (counts, decisions, the round's view of the applications). */
export type AnyFileResult = FileResultOf<NeutralFinding, ReviewOf<{ ruleId: string; pointer: string; line: number; column: number }, unknown>>;

export interface Summary {
  files: number;
  /** Files without errors. */
  valid: number;
  withErrors: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Per review decision, over the files of the submission (a file added after the register is not counted here). */
  decisions: Record<Decision, number>;
  /** With a register: the files added after the submission moment (sorted), listed apart; absent when there are none. */
  naIndienmoment?: string[];
}

export interface RuleCatalogueEntry {
  id: string;
  severity: Severity;
  /** What the rule reads: one file of a kind, or a set of files together. */
  scope: string;
  title: Localized;
  description: Localized;
  source: string;
}

export interface RunAudit {
  tool: { name: string; version: string };
  modelplannenDir: string;
  modelplannen: { id: string; versie: string; status: string }[];
  budgetkader: { id: string; versie: string; status: string };
  schemas: { name: string; version: string }[];
}

export interface Report {
  /** Version of this report's JSON shape (schemas/report.schema.json). */
  reportVersion: string;
  lang: Lang;
  audit: RunAudit;
  files: FileResult[];
  summary: Summary;
  rules: RuleCatalogueEntry[];
}
