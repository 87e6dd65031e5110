/** `modelplan lsp`: flags → server options, and the usage errors. */
import { usageText } from '../helpers/usage.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEBOUNCE_MS, lspOptions } from '../../src/options/lsp.js';
import { timerScheduler } from '../../src/lsp/types.js';
import { runInProcess } from '../helpers/cli.js';

describe('lspOptions', () => {
  it('turns flags into server options', () => {
    expect(lspOptions({ stdio: true, modelplannen: 'kader', debounce: '50', maxFileSize: '1MB', checkBudget: '250' }, '/werk', 'nl')).toEqual({
      lang: 'nl',
      cwd: '/werk',
      modelplannenDir: '/werk/kader',
      maxFileBytes: 1024 * 1024,
      debounceMs: 50,
      schedule: timerScheduler,
      checkBudgetMs: 250,
    });
    expect(lspOptions({ stdio: true }, '/werk', 'en')).toEqual({ lang: 'en', cwd: '/werk', maxFileBytes: 2 * 1024 * 1024, debounceMs: DEFAULT_DEBOUNCE_MS, schedule: timerScheduler, checkBudgetMs: 10_000 });
  });

  it('refuses a missing --stdio and a debounce that is not a whole number', () => {
    expect(usageText(() => lspOptions({}, '/werk', 'nl'), 'nl')).toBe('modelplan lsp spreekt alleen via standaardinvoer en -uitvoer: geef --stdio');
    expect(usageText(() => lspOptions({ stdio: true, debounce: 'snel' }, '/werk', 'en'), 'en')).toBe('--debounce expects a whole number of 0 or more, found "snel"');
  });

  it('exits 2 with the message when run without --stdio', async () => {
    expect(await runInProcess(['lsp'])).toEqual({ code: 2, stdout: '', stderr: 'modelplan: modelplan lsp spreekt alleen via standaardinvoer en -uitvoer: geef --stdio\n' });
  });
});
