/**
 * Live from the first keystroke: the frame's rules on an application that does not pass its
 * schema yet. `check` runs the rules only on a schema-valid document (a rule may assume every
 * field is there), so while an application is being filled in one missing field would hide every
 * norm. Here the same rules (src/rules/runner.ts, the same engine) run on what is there:
 *
 * - every value with an error (schema, placeholder, as-typed) is left out, so nothing is read that
 *   `check` would not read as typed (`300.000` is not € 300);
 * - a budget line with an error is left out as a whole, so the total and the shares are those of
 *   the lines that are finished (the bovengrens is seen as soon as one line exceeds it);
 * - a required group or list that is missing is there but empty, so a rule does not trip over it;
 * - a finding at (or under) a place that has an error is not repeated.
 *
 * A rule that cannot read the partial document (it trips over a missing value) gives nothing
 * (the runner's `partial` mode); the others still speak. What comes out is marked preliminary: the
 * decision and the score stay check's own (ongeldig while the schema does not hold). Never a crash.
 */
import { resolveAanvraag } from '../domain/aanvraag.js';
import type { Aanvraag, Frame } from '../domain/types.js';
import { readDocument } from '../validate/document.js';
import { decodePointer, encodePointer } from '../parse/pointer.js';
import { makeFinding } from '../rules/finding.js';
import type { FileResult, Finding, Lang } from '../report/types.js';
import { runAanvraagRules } from '../rules/runner.js';
import type { FormNode } from './model.js';

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A pointer at or under another. */
const within = (pointer: string, base: string) => pointer === base || pointer.startsWith(base + '/');

function removeAt(data: Json, segments: string[]): void {
  let holder: Json = data;
  for (const segment of segments.slice(0, -1)) {
    holder = Array.isArray(holder) ? holder[Number(segment)] : isRecord(holder) ? holder[segment] : undefined;
    if (holder === undefined) return;
  }
  const last = segments.at(-1);
  if (last === undefined) return;
  if (isRecord(holder)) delete holder[last];
  // An item of a list keeps its place (indices stay the same); it becomes an empty item.
  else if (Array.isArray(holder) && /^\d+$/.test(last) && Number(last) < holder.length) holder[Number(last)] = {};
}

/** Required groups and lists that are missing become empty ones. */
function fill(node: FormNode, value: Json): void {
  if (node.type === 'object' && isRecord(value)) {
    for (const child of node.children ?? []) {
      if (!(child.key in value) && child.required && (child.type === 'object' || child.type === 'array')) value[child.key] = child.type === 'object' ? {} : [];
      if (child.key in value) fill(child, value[child.key]);
    }
  } else if (node.type === 'array' && node.item && Array.isArray(value)) {
    for (const item of value) fill(node.item, item);
  }
}

export function partialFindings(text: string, result: FileResult, model: FormNode, frame: Frame, lang: Lang): Finding[] {
  if (result.kind !== 'aanvraag' || result.aanvraag) return [];
  try {
    const doc = readDocument(new TextEncoder().encode(text));
    if (doc.kind !== 'aanvraag' || !isRecord(doc.data)) return [];
    const data = structuredClone(doc.data);
    // The places with an error: a value (left out, with everything under it) or a group or list
    // (kept; only a finding at that very place is not repeated). A missing key is its own place.
    const valueAt = (pointer: string) => decodePointer(pointer).reduce<Json>((v, s) => (Array.isArray(v) ? v[Number(s)] : isRecord(v) ? v[s] : undefined), data);
    const errors: string[] = [];
    const groups: string[] = [];
    for (const f of result.findings) {
      if (f.severity !== 'error') continue;
      if (f.ruleId === 'schema' && f.messageId === 'required' && typeof f.args.path === 'string') {
        const key = /([\p{L}\p{N}_-]+)$/u.exec(f.args.path)?.[1];
        if (key) errors.push(f.pointer + encodePointer([key]));
        continue;
      }
      const value = valueAt(f.pointer);
      if (isRecord(value) || Array.isArray(value)) groups.push(f.pointer);
      else errors.push(f.pointer);
    }
    // Budget lines whose amount is not read leave the total; the others keep their original index for the findings.
    const lines = Array.isArray(data.begroting) ? data.begroting : [];
    const lineAt = (index: number) => encodePointer(['begroting', String(index)]);
    const kept = lines
      .map((_line, index) => index)
      .filter((index) => {
        const line: Json = lines[index];
        return isRecord(line) && typeof line.bedrag === 'number' && !errors.some((e) => e === lineAt(index) || within(e, `${lineAt(index)}/bedrag`));
      });
    const dropped = (pointer: string) => lines.some((_line, index) => !kept.includes(index) && within(pointer, lineAt(index)));
    for (const pointer of errors) removeAt(data, decodePointer(pointer));
    if (Array.isArray(data.begroting)) data.begroting = kept.map((index) => lines[index]);
    // A finding above a place with an error (a member without its code, a precondition without its answer)
    // would only say again what that error says; lines left out of the total are not such places, and
    // the budget as a whole (total, shares) is judged on the lines counted.
    const above = errors.filter((e) => !dropped(e));
    fill(model, data);
    const resolved = resolveAanvraag(data as unknown as Aanvraag, frame);
    if (!resolved.modelplan || !Number.isSafeInteger(resolved.totaal)) return [];
    const original = (pointer: string) => {
      const segments = decodePointer(pointer);
      if (segments[0] === 'begroting' && segments[1] !== undefined && /^\d+$/.test(segments[1])) segments[1] = String(kept[Number(segments[1])] ?? segments[1]);
      return encodePointer(segments);
    };
    return runAanvraagRules(resolved, frame, { partial: true })
      .map((input) => ({ ...input, pointer: original(input.pointer) }))
      .filter((input) => !errors.some((e) => within(input.pointer, e)) && (input.pointer === '/begroting' || !above.some((e) => within(e, input.pointer))) && !groups.includes(input.pointer))
      .map((input) => makeFinding(input, result.file, lang, doc.locate));
  } catch {
    return [];
  }
}
