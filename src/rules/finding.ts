/**
 * Raw findings (pointer + messageId) become findings here: first language-neutral (position,
 * severity, the rule's message id checked), in the engine; their text is rendered only at the edge
 * (src/report/render.ts, renderFinding).
 */
import type { RawFinding } from './define.js';
import { renderMessage } from './define.js';
import { findRule } from './index.js';
import type { Finding, Lang, Localized, MessageArgs, NeutralFinding, Position, Severity } from '../report/types.js';

export interface FindingInput extends RawFinding {
  ruleId: string;
}

/** The rule's template of a message id; throws for an unknown rule or message (a bug, made an internal error by the caller). */
function templateOf(ruleId: string, messageId: string): Localized {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const template = (rule.messages as Record<string, Localized>)[messageId];
  if (!template) throw new Error(`rule ${ruleId} has no message ${messageId}`);
  return template;
}

/** A finding as the engine holds it: placed, its severity decided, its message id known to its rule; no text. */
export function neutralFinding(input: FindingInput, file: string, locate: (pointer: string, atKey?: boolean) => Position): NeutralFinding {
  templateOf(input.ruleId, input.messageId);
  const rule = findRule(input.ruleId)!;
  const args: MessageArgs = input.args ?? {};
  const severity: Severity = input.severity ?? rule.severity;
  const finding: NeutralFinding = {
    ruleId: rule.id,
    severity,
    file,
    pointer: input.pointer,
    ...locate(input.pointer, input.atKey),
    messageId: input.messageId,
    args,
  };
  if (input.deviation) finding.deviation = input.deviation;
  if (input.reviewReason) finding.reviewReason = true;
  if (input.fix) finding.fix = input.fix;
  return finding;
}

/** The text of a rule's message in one language. */
export function findingMessage(ruleId: string, messageId: string, args: MessageArgs, lang: Lang): string {
  return renderMessage(templateOf(ruleId, messageId)[lang], args, lang);
}

/** A neutral finding with its text, the keys in the order of the report (message after args). */
export function renderFinding(finding: NeutralFinding, lang: Lang): Finding {
  const { deviation, reviewReason, fix, ...base } = finding;
  const rendered: Finding = { ...base, message: findingMessage(finding.ruleId, finding.messageId, finding.args, lang) };
  if (deviation) rendered.deviation = deviation;
  if (reviewReason) rendered.reviewReason = reviewReason;
  if (fix) rendered.fix = fix;
  return rendered;
}

/** Placed and rendered at once: for the edge (the form, check --fix's preview, tests) where one finding is shown as it is made. */
export function makeFinding(input: FindingInput, file: string, lang: Lang, locate: (pointer: string, atKey?: boolean) => Position): Finding {
  return renderFinding(neutralFinding(input, file, locate), lang);
}
