/** Raw findings (pointer + messageId) become full findings here: position, severity and text. */
import type { RawFinding } from './define.js';
import { renderMessage } from './define.js';
import { findRule } from './index.js';
import type { Finding, Lang, MessageArgs, Position, Severity } from '../report/types.js';

export interface FindingInput extends RawFinding {
  ruleId: string;
}

export function makeFinding(
  input: FindingInput,
  file: string,
  lang: Lang,
  locate: (pointer: string, atKey?: boolean) => Position,
): Finding {
  const rule = findRule(input.ruleId);
  if (!rule) throw new Error(`unknown rule ${input.ruleId}`);
  const template = (rule.messages as Record<string, { nl: string; en: string }>)[input.messageId];
  if (!template) throw new Error(`rule ${input.ruleId} has no message ${input.messageId}`);
  const args: MessageArgs = input.args ?? {};
  const severity: Severity = input.severity ?? rule.severity;
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    file,
    pointer: input.pointer,
    ...locate(input.pointer, input.atKey),
    messageId: input.messageId,
    args,
    message: renderMessage(template[lang], args, lang),
  };
  if (input.deviation) finding.deviation = input.deviation;
  if (input.reviewReason) finding.reviewReason = true;
  if (input.fix) finding.fix = input.fix;
  return finding;
}
