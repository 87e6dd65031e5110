/** budgetInvocation: flags → options, pure. */
import { usageText } from '../helpers/usage.js';
import { describe, expect, it } from 'vitest';
import { budgetInvocation } from '../../src/options/budget.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../../src/paths.js';

const env = { cwd: '/werk', env: {}, stdoutIsTTY: true };

describe('budgetInvocation', () => {
  it('has defaults: table, no allocation, everything counted, ; and no BOM, colour on a terminal', () => {
    expect(budgetInvocation(['examples/'], {}, env, 'nl')).toEqual({
      check: { paths: ['examples/'], cwd: '/werk', modelplannenDir: BUNDLED_MODELPLANNEN_DIR, lang: 'nl', maxFileBytes: 2 * 1024 * 1024, failOn: 'error' },
      budget: { allocation: 'geen', excludeAdditionalReview: false },
      format: 'table',
      formatOptions: { lang: 'nl', color: true, separator: ';', bom: false, headerLabels: false },
    });
  });

  it('resolves paths against the working directory and turns colour off for a file', () => {
    const invocation = budgetInvocation(['a'], { format: 'csv', output: 'uit/budget.csv', modelplannen: 'kader', separator: 'tab', bom: true, toewijzing: 'pro-rata', zonderAanvullendeBeoordeling: true, maxFileSize: '1kb' }, env, 'en');
    expect(invocation.output).toBe('/werk/uit/budget.csv');
    expect(invocation.check).toMatchObject({ modelplannenDir: '/werk/kader', lang: 'en', maxFileBytes: 1024 });
    expect(invocation.budget).toEqual({ allocation: 'pro-rata', excludeAdditionalReview: true });
    expect(invocation.formatOptions).toEqual({ lang: 'en', color: false, separator: '\t', bom: true, headerLabels: false });
  });

  it('refuses a separator that is not ; , or tab, also an inherited property name', () => {
    expect(usageText(() => budgetInvocation(['a'], { format: 'csv', separator: 'constructor' }, env, 'nl'), 'nl')).toBe('onbekend scheidingsteken "constructor"; kies ; , of tab');
    expect(budgetInvocation(['a'], { format: 'csv', separator: ',' }, env, 'nl').formatOptions.separator).toBe(',');
  });
});
