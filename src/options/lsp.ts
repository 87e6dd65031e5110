/** `modelplan lsp` flags → server options: pure. */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/read.js';
import { timerScheduler, type LspOptions } from '../lsp/types.js';
import { DEFAULT_CHECK_BUDGET_MS } from '../offthread/checker.js';
import type { Lang, Localized } from '../report/types.js';
import { parseByteSize, parseCount } from './shared.js';

export const DEFAULT_DEBOUNCE_MS = 200;

export interface LspFlags {
  stdio?: boolean;
  modelplannen?: string;
  lang?: string;
  maxFileSize?: string;
  debounce?: string;
  checkBudget?: string;
}

const needStdio: Localized = {
  nl: 'modelplan lsp spreekt alleen via standaardinvoer en -uitvoer: geef --stdio',
  en: 'modelplan lsp speaks over standard input and output only: pass --stdio',
};

export function lspOptions(flags: LspFlags, cwd: string, lang: Lang): LspOptions {
  if (!flags.stdio) throw new UsageError(needStdio);
  const options: LspOptions = {
    lang,
    cwd,
    maxFileBytes: flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_BYTES : parseByteSize(flags.maxFileSize),
    debounceMs: parseCount('--debounce', flags.debounce) ?? DEFAULT_DEBOUNCE_MS,
    schedule: timerScheduler,
    checkBudgetMs: parseCount('--check-budget', flags.checkBudget) ?? DEFAULT_CHECK_BUDGET_MS,
  };
  if (flags.modelplannen) options.modelplannenDir = resolve(cwd, flags.modelplannen);
  return options;
}
