/**
 * Loads the normative frame (every modelplan and the budget frame) from a directory. The frame
 * must be sound for a run to mean anything, so any problem in it is a usage error (exit 2) that
 * names the file and says how to see all its findings. Language-neutral: the error carries its
 * text in both languages and is rendered at the edge.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Budgetkader, Frame, Modelplan, Referentielijsten } from '../domain/types.js';
import { compareText, compareVersions } from '../domain/compare.js';
import { UsageError } from '../errors.js';
import { findingMessage, neutralFinding } from '../rules/finding.js';
import type { Localized } from '../report/types.js';
import { readDocument } from '../validate/document.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/read.js';
import { displayPath } from '../load/discover.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../paths.js';
import { schemaHash } from '../validate/schema-files.js';

const text = {
  notDir: { nl: 'modelplannen-map is onbruikbaar: {dir} is geen map', en: 'modelplannen directory is unusable: {dir} is not a directory' },
  broken: {
    nl: "modelplannen-map is onbruikbaar: {file}:{line}:{column}: {message} (zie alle bevindingen met 'modelplan check {dir}')",
    en: "modelplannen directory is unusable: {file}:{line}:{column}: {message} (see all findings with 'modelplan check {dir}')",
  },
  noBudget: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat geen budgetkader (soort: budgetkader)', en: 'modelplannen directory is unusable: {dir} holds no budget frame (soort: budgetkader)' },
  twoBudgets: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat meer dan één budgetkader', en: 'modelplannen directory is unusable: {dir} holds more than one budget frame' },
  twoLists: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat meer dan één bestand met referentielijsten', en: 'modelplannen directory is unusable: {dir} holds more than one reference-lists file' },
  noPlans: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat geen modelplannen', en: 'modelplannen directory is unusable: {dir} holds no modelplannen' },
} satisfies Record<string, Localized>;

export async function loadFrame(dir: string, cwd: string): Promise<Frame> {
  const shownDir = displayPath(cwd, dir);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(text.notDir, { dir: shownDir });
  const files = await readFrameFiles(dir);
  const cached = await cachedFrame(dir, files);
  if (cached) return { dir, ...cached };
  const modelplannen: Modelplan[] = [];
  const budgetkaders: Budgetkader[] = [];
  const lijsten: Referentielijsten[] = [];
  for (const { name, bytes } of files) {
    const path = join(dir, name);
    const shown = displayPath(cwd, path);
    const outcome = bytes && bytes.length <= DEFAULT_MAX_FILE_BYTES ? readDocument(bytes) : undefined;
    if (!outcome || !outcome.valid) {
      const first = outcome?.findings[0];
      const finding = first
        ? neutralFinding(first, shown, first.position ? () => first.position! : outcome.locate)
        : undefined;
      const message = finding ? { nl: findingMessage(finding.ruleId, finding.messageId, finding.args, 'nl'), en: findingMessage(finding.ruleId, finding.messageId, finding.args, 'en') } : 'unreadable';
      throw new UsageError(text.broken, { file: shown, line: finding?.line ?? 1, column: finding?.column ?? 1, message, dir: shownDir });
    }
    if (outcome.kind === 'modelplan') modelplannen.push(outcome.data as Modelplan);
    else if (outcome.kind === 'budgetkader') budgetkaders.push(outcome.data as Budgetkader);
    else if (outcome.kind === 'referentielijsten') lijsten.push(outcome.data as Referentielijsten);
  }
  if (budgetkaders.length === 0) throw new UsageError(text.noBudget, { dir: shownDir });
  if (budgetkaders.length > 1) throw new UsageError(text.twoBudgets, { dir: shownDir });
  if (lijsten.length > 1) throw new UsageError(text.twoLists, { dir: shownDir });
  if (modelplannen.length === 0) throw new UsageError(text.noPlans, { dir: shownDir });
  modelplannen.sort((a, b) => compareText(a.id, b.id) || compareVersions(a.versie, b.versie));
  const frame: Frame = { dir, modelplannen, budgetkader: budgetkaders[0]! };
  if (lijsten[0]) frame.referentielijsten = lijsten[0];
  return frame;
}

interface FrameFile {
  name: string;
  bytes: Uint8Array | undefined;
}

async function readFrameFiles(dir: string): Promise<FrameFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(dir, name)).catch(() => undefined) })));
}

/** Fingerprint of a frame: its files (names and bytes) and the schemas they were validated against. */
function frameKey(files: readonly FrameFile[]): string | undefined {
  const hash = createHash('sha256').update(schemaHash());
  for (const { name, bytes } of files) {
    if (!bytes) return undefined;
    hash.update('\0').update(name).update('\0').update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The bundled frame as the build parsed and validated it (dist/frame/bundled-frame.json), used
 * only while its fingerprint matches the files on disk: an edited modelplan is read afresh. This
 * takes parsing and validating 18 files off every cold start.
 */
const BUNDLED_CACHE = new URL('./bundled-frame.json', import.meta.url);

interface CachedFrame {
  key: string;
  modelplannen: Modelplan[];
  budgetkader: Budgetkader;
  referentielijsten?: Referentielijsten;
}

async function cachedFrame(dir: string, files: readonly FrameFile[]): Promise<Omit<CachedFrame, 'key'> | undefined> {
  if (dir !== BUNDLED_MODELPLANNEN_DIR) return undefined;
  const cache = await readFile(BUNDLED_CACHE, 'utf8').catch(() => undefined);
  if (!cache) return undefined;
  const { key, ...frame } = JSON.parse(cache) as CachedFrame;
  return key === frameKey(files) ? frame : undefined;
}

/** Build step: writes the bundled frame's cache (see cachedFrame). */
export async function writeBundledFrameCache(): Promise<void> {
  const frame = await loadFrame(BUNDLED_MODELPLANNEN_DIR, BUNDLED_MODELPLANNEN_DIR);
  const key = frameKey(await readFrameFiles(BUNDLED_MODELPLANNEN_DIR));
  if (!key) return;
  const cache: CachedFrame = { key, modelplannen: frame.modelplannen, budgetkader: frame.budgetkader };
  if (frame.referentielijsten) cache.referentielijsten = frame.referentielijsten;
  await writeFile(BUNDLED_CACHE, JSON.stringify(cache));
}
