/** The usage error a call throws, rendered in a language as the edge (src/program.ts) renders it; fails when it throws anything else. */
import { UsageError } from '../../src/errors.js';
import type { Lang } from '../../src/report/types.js';

export function usageText(call: () => unknown, lang: Lang): string {
  try {
    call();
  } catch (error) {
    if (error instanceof UsageError) return error.render(lang);
    throw error;
  }
  throw new Error('no usage error thrown');
}
