/**
 * `modelplan check --fix [--dry-run]`: applies the repairs findings carry (Fix), only those, then
 * checks the repaired text like `check` does. A file is written (atomically) only when it changed
 * and still parses; a file that cannot be parsed except by repairs that do not help is never
 * touched, and standard input never (options.ts refuses it). Repairs run until none is left (a
 * repair can make the next one visible, e.g. an invisible space hid the rest of the file), so a
 * second `--fix` finds nothing to do.
 */
import type { Frame } from '../domain/types.js';
import { fileStage, type FileWork } from '../engine/file.js';
import type { InputRef } from '../load/discover.js';
import { decode } from '../parse/decode.js';
import { makeFinding } from '../rules/finding.js';
import { runCheck, type CheckOptions, type RunResult } from './check.js';
import { contentHash, saveFile } from '../write.js';
import { FILE_START } from '../report/types.js';
import { applyFixes } from '../fix/apply.js';
import type { AppliedFix, FileFixes } from '../fix/types.js';

export type { AppliedFix, FileFixes } from '../fix/types.js';
import { unifiedDiff } from '../fix/diff.js';

export interface FixOptions extends CheckOptions {
  dryRun: boolean;
  /** For tests: runs just before a repaired file is compared and replaced (an editor saving then). */
  beforeSwap?: (file: string) => void | Promise<void>;
}

export interface FixResult extends RunResult {
  fixes: FileFixes[];
  dryRun: boolean;
}

/** Passes of repair per file; one or two are needed in practice. */
const MAX_PASSES = 5;
const UTF8_BOM = '\ufeff';

/**
 * The check run with the file stage replaced by repair-then-check: the same engine, the same set
 * stage (decision files, the register, duplicates) as `check`, on the repaired texts.
 */
export async function runFix(options: FixOptions): Promise<FixResult> {
  const fixes: FileFixes[] = [];
  const noStdin = () => {
    throw new Error('check --fix never reads standard input');
  };
  // Each file is saved in its file stage, before the set stage: a save that is refused leaves the
  // file as it was read, and its result (finished once) is that of the file as read, saying why.
  const stage = async (input: InputRef & { kind: 'file' }, bytes: Uint8Array, frame: Frame): Promise<FileWork> => {
    const repaired = repairFile(input.display, bytes, frame, options);
    if (repaired.fixes.applied.length > 0 || repaired.fixes.untouched) fixes.push(repaired.fixes);
    if (!repaired.changed || options.dryRun) return repaired.work;
    // Through the one writer: the link's target, its mode and owner; only if the file is still as read.
    const beforeSwap = options.beforeSwap;
    const outcome = await saveFile(input.path, repaired.content, {
      expected: contentHash(bytes),
      ...(beforeSwap ? { beforeSwap: () => beforeSwap(input.display) } : {}),
    });
    if (outcome.saved) {
      repaired.fixes.written = true;
      return repaired.work;
    }
    repaired.fixes.notSaved = outcome.reason;
    const messageId = outcome.reason === 'exists' ? 'changed' : outcome.reason;
    return { ...repaired.initial, findings: [...repaired.initial.findings, { ruleId: 'bestand-niet-opgeslagen', messageId, pointer: '', position: FILE_START }] };
  };
  const result = await runCheck(options, { stdin: noStdin }, { stage });
  return { ...result, fixes, dryRun: options.dryRun };
}

function repairFile(display: string, bytes: Uint8Array, frame: Frame, options: FixOptions): { work: FileWork; initial: FileWork; fixes: FileFixes; changed: boolean; content: string } {
  const original = decode(bytes);
  // As the engine's own file stage: each valid application's data kept (accounts are tied to it).
  const stageOptions = { ...options, keepApplications: true };
  const initial = fileStage(display, bytes, frame, stageOptions);
  const untouchedResult = (untouched?: 'unparseable') => ({
    work: initial,
    initial,
    fixes: { file: display, applied: [], diff: '', written: false, ...(untouched ? { untouched } : {}) },
    changed: false,
    content: '',
  });
  if (!original.ok) return untouchedResult('unparseable');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? UTF8_BOM : '';
  let text = original.text;
  let work = initial;
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const repairable = work.findings.filter((input) => input.fix);
    if (repairable.length === 0) break;
    const outcome = applyFixes(text, repairable.map((input) => input.fix!));
    for (const input of repairable) {
      const fix = input.fix!;
      if (!outcome.applied.includes(fix)) continue;
      const finding = makeFinding(input, display, options.lang, () => input.position);
      applied.push({ finding, before: text.slice(fix.start, fix.end), after: fix.replacement });
    }
    text = outcome.text;
    work = fileStage(display, Buffer.from(bom + text, 'utf8'), frame, stageOptions);
  }
  // Never leave a file that does not parse: then the file stays as it was.
  if (!work.parsed) return untouchedResult('unparseable');
  if (applied.length === 0) return untouchedResult();
  applied.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
  const diff = unifiedDiff(original.text, text, `a/${display}`, `b/${display}`);
  return { work, initial, fixes: { file: display, applied, diff, written: false }, changed: text !== original.text, content: bom + text };
}

