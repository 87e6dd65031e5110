/**
 * Rule and message IDs as types, derived from the registry: a finding built with a rule ID the
 * registry lacks, or a message ID its rule does not declare, fails to compile. Types only, so the
 * parse layer can use them without loading a single rule.
 */
import type { RawFinding } from './define.js';
import type { registry, RuleId } from './index.js';

export type { RuleId };

/** The message IDs one rule declares (the keys of its `messages`). */
export type MessageIdOf<R extends RuleId> = Extract<keyof (typeof registry)[R]['messages'], string>;

/**
 * A raw finding of rule R (of any rule in R, for a union), with a message ID of that same rule.
 * Distributes over R, so `TypedFinding<'a' | 'b'>` pairs each rule with its own message IDs only.
 */
export type TypedFinding<R extends RuleId = RuleId> = { [K in R]: RawFinding<MessageIdOf<K>> & { ruleId: K } }[R];

/** `Ids`, checked to be message IDs of rule R: `MessageIds<'schema', 'required' | 'tpyo'>` does not compile. */
export type MessageIds<R extends RuleId, Ids extends MessageIdOf<R>> = Ids;
