/**
 * The one render step: a file as the engine finished it (language-neutral: message ids and args)
 * becomes the file of a report in one language, its findings' texts, its review reasons and its
 * note on an assumed frame rendered. Called once per run, at the edge of the engine (src/runs/,
 * the language server, the form), never inside it; every other key is kept as it is, in its order.
 */
import { renderFinding } from '../rules/finding.js';
import { renderReview } from '../review/decide.js';
import type { FileResult, Lang, NeutralFileResult } from './types.js';

export function renderFile(file: NeutralFileResult, lang: Lang): FileResult {
  // The keys in the order finishFile gives them (review right after counts), so the JSON is the
  // same as that of a file rendered as it was made.
  const { file: name, kind, findings, counts, review, ...rest } = file;
  return { file: name, kind, findings: findings.map((f) => renderFinding(f, lang)), counts, ...(review ? { review: renderReview(review, lang) } : {}), ...rest };
}

export function renderFiles(files: readonly NeutralFileResult[], lang: Lang): FileResult[] {
  return files.map((file) => renderFile(file, lang));
}
