/**
 * A rule is metadata plus a pure check. Rules never compute positions or render messages: they
 * return raw findings (pointer + messageId + args); the runner adds positions and text.
 */
import type { ResolvedAanvraag } from '../domain/aanvraag.js';
import type { Budgetkader, Frame, Modelplan } from '../domain/types.js';
import type { BoOutcome, Register, RoundApplication, RoundBoDecision, RoundConfirmation, RoundDecision, RoundFigures } from '../round/types.js';
import type { AccountData, LinkedAccount, PlausibilityDecision } from '../verantwoording/types.js';
import type { DeviationPart, DocumentKind, Fix, Lang, Localized, MessageArgs, Position, Severity } from '../report/types.js';
import { fillTemplate } from '../i18n/template.js';

export type RuleScope = 'pipeline' | 'aanvraag' | 'modelplan' | 'modelplannen' | 'aanvragen' | 'budgetkader' | 'beoordelingen' | 'bo-besluit' | 'bevestigingen' | 'register' | 'verantwoordingen' | 'plausibiliteiten';

export interface RuleDocs {
  /** What the rule checks and why, a few sentences. */
  description: Localized;
  /** The seed paragraph or public source the rule enforces. */
  source: string;
  /** A YAML fragment that triggers the rule. */
  example: string;
}

export interface RawFinding<M extends string = string> {
  pointer: string;
  messageId: M;
  args?: MessageArgs;
  /** Overrides the rule's default severity for this one finding. */
  severity?: Severity;
  /** Point at the key of the last pointer segment instead of its value (misspelt keys). */
  atKey?: boolean;
  deviation?: DeviationPart;
  reviewReason?: boolean;
  /** An unambiguous repair of the source text (see Fix). */
  fix?: Fix;
}

/** A raw finding that belongs to one of several files (set-level rules). */
export interface FileRawFinding<M extends string = string> extends RawFinding<M> {
  file: string;
}

interface RuleBase<M extends string> {
  id: string;
  severity: Severity;
  title: Localized;
  docs: RuleDocs;
  messages: Record<M, Localized>;
}

/** The file's resolved application (modelplan, total requested) and the frame. */
export interface AanvraagContext extends ResolvedAanvraag {
  frame: Frame;
  /** Deviation parts found by the rules that ran before (only for phase 'after-deviations'). */
  detectedDeviations: ReadonlySet<DeviationPart>;
}

export interface ModelplanContext {
  modelplan: Modelplan;
  frame: Frame;
}

export interface ModelplanFile {
  file: string;
  modelplan: Modelplan;
}

export interface ModelplannenContext {
  files: readonly ModelplanFile[];
  frame: Frame;
}

/**
 * What set-level rules over a batch of applications know of one application: gathered when the
 * file is finished (in a worker thread too), with the positions of the places they may point at.
 */
export interface AanvraagFacts {
  file: string;
  /** Hash of the content (ApplicationSummary.fingerprint). */
  fingerprint: string;
  modelplanId: string;
  /** False for an application whose review decision is ongeldig: budget does not count it. */
  counted: boolean;
  /** Every member's AGB code with its pointer (/aanvrager/leden/i/agb). */
  agbs: { agb: string; pointer: string }[];
  /** What makes a project one project (project-regio): its application area, region, organisations and money. */
  project?: {
    zorgpad?: string;
    zorgkantoorregio?: string;
    /** Every member's KvK number with its pointer (/aanvrager/leden/i/kvk). */
    kvks: { kvk: string; pointer: string }[];
    totaal: number;
    bovengrens?: number;
  };
  /** Positions of '/titel', '/aanvrager/zorgkantoorregio' and of every AGB and KvK pointer. */
  positions: Record<string, Position>;
}

export interface AanvragenContext {
  files: readonly AanvraagFacts[];
}

export interface BudgetkaderContext {
  budgetkader: Budgetkader;
}

/** Set-level: every decision file of the run against the run's applications (and the register's peildatum). */
export interface BeoordelingenContext {
  aanvragen: readonly RoundApplication[];
  beoordelingen: readonly RoundDecision[];
  peildatum?: string;
  /** Today (JJJJ-MM-DD) from the run's injected clock; absent where no clock is given (the form, the language server). */
  vandaag?: string;
}

/** Set-level: the BO decisions of the run against the round's figures and register (src/engine/set.ts step 4b). */
export interface BoBesluitContext {
  decisions: readonly RoundBoDecision[];
  figures: RoundFigures;
  /** What the decision gives, when the run holds exactly one valid BO decision. */
  outcome?: BoOutcome;
  register?: Register;
}

/** Set-level: the confirmations against the BO decision that counts (step 4c). */
export interface BevestigingenContext {
  confirmations: readonly RoundConfirmation[];
  applications: readonly RoundApplication[];
  decisions: readonly RoundBoDecision[];
  /** The BO decision's outcome, only when that decision file has no error. */
  outcome?: BoOutcome;
}

/** Set-level: the files of the run against the register of the submission. */
export interface RegisterContext {
  register: Register;
  files: readonly { file: string; kind: DocumentKind | null; sha256?: string }[];
}

/** Set-level: the yearly accounts of the run, each tied to its approval (src/verantwoording/link.ts), and the frame. */
export interface VerantwoordingenContext {
  accounts: readonly LinkedAccount[];
  frame: Frame;
}

/** Set-level: the plausibility judgements against the run's finished accounts (with their findings). */
export interface PlausibiliteitenContext {
  accounts: AccountData['accounts'];
  decisions: readonly PlausibilityDecision[];
}

/** What a rule reads, by its scope: the context its check gets. Pipeline rules are emitted by the parse stage. */
export interface RuleContexts {
  aanvraag: AanvraagContext;
  modelplan: ModelplanContext;
  budgetkader: BudgetkaderContext;
  modelplannen: ModelplannenContext;
  aanvragen: AanvragenContext;
  beoordelingen: BeoordelingenContext;
  'bo-besluit': BoBesluitContext;
  bevestigingen: BevestigingenContext;
  register: RegisterContext;
  verantwoordingen: VerantwoordingenContext;
  plausibiliteiten: PlausibiliteitenContext;
}

/** The scopes whose rules read several files at once (the set stage): their findings name the file. */
export type SetScope = 'modelplannen' | 'aanvragen' | 'beoordelingen' | 'bo-besluit' | 'bevestigingen' | 'register' | 'verantwoordingen' | 'plausibiliteiten';
export type FileScope = Exclude<keyof RuleContexts, SetScope>;

type FindingOf<S extends RuleScope, M extends string> = S extends SetScope ? FileRawFinding<M> : RawFinding<M>;

/** The extra switches of a rule over one application. */
interface AanvraagOptions {
  /** Rules that reason about the deviations other rules found run after them. */
  phase?: 'after-deviations';
  /** Runs without a resolved modelplan too (only the reference check itself). */
  withoutModelplan?: boolean;
}

/**
 * A rule of one shape: metadata, what it reads (scope), and a pure check of that context. A
 * pipeline rule has no check: the parse stage emits its findings.
 */
export type RuleOf<S extends RuleScope, M extends string = string> = RuleBase<M> & { scope: S } & (S extends keyof RuleContexts ? { check(ctx: RuleContexts[S]): FindingOf<S, M>[] } : unknown) &
  (S extends 'aanvraag' ? AanvraagOptions : unknown);

export type PipelineRule<M extends string = string> = RuleOf<'pipeline', M>;
export type AanvraagRule<M extends string = string> = RuleOf<'aanvraag', M>;
export type ModelplanRule<M extends string = string> = RuleOf<'modelplan', M>;
export type ModelplannenRule<M extends string = string> = RuleOf<'modelplannen', M>;
export type AanvragenRule<M extends string = string> = RuleOf<'aanvragen', M>;
export type BudgetkaderRule<M extends string = string> = RuleOf<'budgetkader', M>;
export type BeoordelingenRule<M extends string = string> = RuleOf<'beoordelingen', M>;
export type RegisterRule<M extends string = string> = RuleOf<'register', M>;
export type VerantwoordingenRule<M extends string = string> = RuleOf<'verantwoordingen', M>;
export type PlausibiliteitenRule<M extends string = string> = RuleOf<'plausibiliteiten', M>;

export type Rule<M extends string = string> = { [S in RuleScope]: RuleOf<S, M> }[RuleScope];

/** The one helper: it infers the scope and the message ids, so a check can only emit ids its rule declares. */
export function defineRule<S extends RuleScope, M extends string>(rule: RuleOf<S, M>): RuleOf<S, M> {
  return rule;
}

/*
 * The helpers of before, kept as names for defineRule so a rule written with them still compiles
 * (a port is mechanical: defineXRule( → defineRule(, the scope is already in the rule).
 */
/** @deprecated use defineRule */
export const definePipelineRule = <M extends string>(rule: PipelineRule<M>): PipelineRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineAanvraagRule = <M extends string>(rule: AanvraagRule<M>): AanvraagRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineModelplanRule = <M extends string>(rule: ModelplanRule<M>): ModelplanRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineModelplannenRule = <M extends string>(rule: ModelplannenRule<M>): ModelplannenRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineAanvragenRule = <M extends string>(rule: AanvragenRule<M>): AanvragenRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineBeoordelingenRule = <M extends string>(rule: BeoordelingenRule<M>): BeoordelingenRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineRegisterRule = <M extends string>(rule: RegisterRule<M>): RegisterRule<M> => defineRule(rule);
/** @deprecated use defineRule */
export const defineBudgetkaderRule = <M extends string>(rule: BudgetkaderRule<M>): BudgetkaderRule<M> => defineRule(rule);

/** A rule's message template in one language: the one filler (src/i18n/template.ts), kept under its old name. */
export function renderMessage(template: string, args: MessageArgs, lang: Lang = 'nl'): string {
  return fillTemplate(template, args, lang);
}
