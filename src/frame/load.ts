/**
 * Loads the normative frame (every modelplan and the budget frame) from a directory. The frame
 * must be sound for a run to mean anything, so any problem in it is a usage error (exit 2) that
 * names the file and says how to see all its findings.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Budgetkader, Frame, Modelplan } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { makeFinding } from '../report/finding.js';
import type { Lang } from '../report/types.js';
import { readDocument } from '../parse/document.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/read.js';
import { displayPath } from '../load/discover.js';

const text = {
  notDir: { nl: 'modelplannen-map is onbruikbaar: {dir} is geen map', en: 'modelplannen directory is unusable: {dir} is not a directory' },
  broken: {
    nl: "modelplannen-map is onbruikbaar: {file}:{line}:{column}: {message} (zie alle bevindingen met 'modelplan check {dir}')",
    en: "modelplannen directory is unusable: {file}:{line}:{column}: {message} (see all findings with 'modelplan check {dir}')",
  },
  noBudget: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat geen budgetkader (soort: budgetkader)', en: 'modelplannen directory is unusable: {dir} holds no budget frame (soort: budgetkader)' },
  twoBudgets: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat meer dan één budgetkader', en: 'modelplannen directory is unusable: {dir} holds more than one budget frame' },
  noPlans: { nl: 'modelplannen-map is onbruikbaar: {dir} bevat geen modelplannen', en: 'modelplannen directory is unusable: {dir} holds no modelplannen' },
} as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

export async function loadFrame(dir: string, cwd: string, lang: Lang): Promise<Frame> {
  const shownDir = displayPath(cwd, dir);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(fill(text.notDir[lang], { dir: shownDir }));
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const modelplannen: Modelplan[] = [];
  const budgetkaders: Budgetkader[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const shown = displayPath(cwd, path);
    const bytes = await readFile(path).catch(() => undefined);
    const outcome = bytes && bytes.length <= DEFAULT_MAX_FILE_BYTES ? readDocument(bytes, lang) : undefined;
    if (!outcome || !outcome.valid) {
      const first = outcome?.findings[0];
      const finding = first
        ? makeFinding(first, shown, lang, first.position ? () => first.position! : outcome.locate)
        : undefined;
      throw new UsageError(
        fill(text.broken[lang], {
          file: shown,
          line: finding?.line ?? 1,
          column: finding?.column ?? 1,
          message: finding?.message ?? 'unreadable',
          dir: shownDir,
        }),
      );
    }
    if (outcome.kind === 'modelplan') modelplannen.push(outcome.data as Modelplan);
    else if (outcome.kind === 'budgetkader') budgetkaders.push(outcome.data as Budgetkader);
  }
  if (budgetkaders.length === 0) throw new UsageError(fill(text.noBudget[lang], { dir: shownDir }));
  if (budgetkaders.length > 1) throw new UsageError(fill(text.twoBudgets[lang], { dir: shownDir }));
  if (modelplannen.length === 0) throw new UsageError(fill(text.noPlans[lang], { dir: shownDir }));
  modelplannen.sort((a, b) => (a.id === b.id ? compareVersions(a.versie, b.versie) : a.id < b.id ? -1 : 1));
  return { dir, modelplannen, budgetkader: budgetkaders[0]! };
}

/** Semantic version order of two "major.minor.patch" strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
