/**
 * `modelplan check --fix [--dry-run]`: applies the repairs findings carry (Fix), only those, then
 * checks the repaired text like `check` does. A file is written (atomically) only when it changed
 * and still parses; a file that cannot be parsed except by repairs that do not help is never
 * touched, and standard input never (options.ts refuses it). Repairs run until none is left (a
 * repair can make the next one visible, e.g. an invisible space hid the rest of the file), so a
 * second `--fix` finds nothing to do.
 */
import { realpath, stat } from 'node:fs/promises';
import { factsOf, finish, processBytes, processInput, type ApplicationFacts, type WorkFile } from '../check-file.js';
import type { Frame } from '../domain/types.js';
import { loadFrame } from '../frame/load.js';
import { discoverInputs } from '../load/discover.js';
import { readInput } from '../load/read.js';
import { decode } from '../parse/decode.js';
import { makeFinding } from '../report/finding.js';
import type { FileResult, Finding } from '../report/types.js';
import { assembleReport, type CheckOptions, type RunResult } from '../run.js';
import { writeFileAtomic } from '../write.js';
import { applyFixes } from './apply.js';
import { unifiedDiff } from './diff.js';

export interface FixOptions extends CheckOptions {
  dryRun: boolean;
}

/** One repair as it was applied: the finding it answers (with its place before the repair), old and new text. */
export interface AppliedFix {
  finding: Finding;
  before: string;
  after: string;
}

export interface FileFixes {
  file: string;
  applied: AppliedFix[];
  /** Set when the file was left alone although it had findings with repairs. */
  untouched?: 'unparseable';
  /** The unified diff of the repairs (empty when nothing changed). */
  diff: string;
  written: boolean;
}

export interface FixResult extends RunResult {
  fixes: FileFixes[];
  dryRun: boolean;
}

/** Passes of repair per file; one or two are needed in practice. */
const MAX_PASSES = 5;
const UTF8_BOM = '\ufeff';

export async function runFix(options: FixOptions): Promise<FixResult> {
  const frame = await loadFrame(options.modelplannenDir, options.cwd, options.lang);
  const inputs = await discoverInputs(options.paths, options.cwd, options.lang, { followLinks: options.followLinks === true });
  const files: FileResult[] = [];
  const modelplanWork: WorkFile[] = [];
  const fixes: FileFixes[] = [];
  const noStdin = () => {
    throw new Error('check --fix never reads standard input');
  };
  const facts: ApplicationFacts[] = [];
  for (const input of inputs) {
    const read = input.kind === 'file' ? await readInput(input, options.maxFileBytes, noStdin) : undefined;
    let work: WorkFile;
    if (input.kind !== 'file' || !read?.ok) {
      // Unreadable: reported as by `check`, nothing to repair.
      work = await processInput(input, frame, options, { stdin: noStdin });
    } else {
      const repaired = repairFile(input.display, read.bytes, frame, options);
      if (repaired.fixes.applied.length > 0 || repaired.fixes.untouched) fixes.push(repaired.fixes);
      if (repaired.changed && !options.dryRun) {
        // The file itself (not a symbolic link to it is replaced), with its permissions.
        const target = await realpath(input.path);
        await writeFileAtomic(target, repaired.content, { mode: (await stat(target)).mode & 0o7777 });
        repaired.fixes.written = true;
      }
      work = repaired.work;
    }
    if (work.kind === 'modelplan') {
      modelplanWork.push(work);
      continue;
    }
    const finished = finish(work, frame, options.lang);
    files.push(finished);
    // The set-level rules (the same application twice, …) see the repaired files, as check does.
    const known = factsOf(work, finished);
    if (known) facts.push(known);
  }
  const result = await assembleReport(files, modelplanWork, facts, frame, options, { beoordelingWork: [], inputs });
  return { ...result, fixes, dryRun: options.dryRun };
}

function repairFile(display: string, bytes: Uint8Array, frame: Frame, options: FixOptions): { work: WorkFile; fixes: FileFixes; changed: boolean; content: string } {
  const original = decode(bytes);
  const initial = processBytes(display, bytes, frame);
  const untouchedResult = (untouched?: 'unparseable') => ({
    work: initial,
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
    const repairable = work.inputs.filter((input) => input.fix);
    if (repairable.length === 0) break;
    const outcome = applyFixes(text, repairable.map((input) => input.fix!));
    for (const input of repairable) {
      const fix = input.fix!;
      if (!outcome.applied.includes(fix)) continue;
      const finding = makeFinding(input, display, options.lang, input.position ? () => input.position! : work.locate);
      applied.push({ finding, before: text.slice(fix.start, fix.end), after: fix.replacement });
    }
    text = outcome.text;
    work = processBytes(display, Buffer.from(bom + text, 'utf8'), frame);
  }
  // Never leave a file that does not parse: then the file stays as it was.
  if (work.data === undefined) return untouchedResult('unparseable');
  if (applied.length === 0) return untouchedResult();
  applied.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
  const diff = unifiedDiff(original.text, text, `a/${display}`, `b/${display}`);
  return { work, fixes: { file: display, applied, diff, written: false }, changed: text !== original.text, content: bom + text };
}
