import { describe, expect, it } from 'vitest';
import { stoppedResult } from '../../src/offthread/stopped.js';
import { renderFile } from '../../src/report/render.js';
import type { TextCheckAnswer } from '../../src/offthread/types.js';

// The end-to-end cases (a hanging check in the language server and the form) are in
// tests/lsp/budget.test.ts and tests/form/hostile.test.ts; here each message, in both languages.
const cases: { name: string; answer: Extract<TextCheckAnswer, { kind: 'timeout' | 'failed' }>; messageId: string; args: Record<string, unknown>; nl: string; en: string }[] = [
  {
    name: 'a check past its budget',
    answer: { kind: 'timeout', budgetMs: 10_000 },
    messageId: 'timeout',
    args: { budget: 10_000 },
    nl: 'de controle duurde langer dan 10000 ms en is afgebroken; controleer het bestand met modelplan check',
    en: 'the check took longer than 10000 ms and was stopped; check the file with modelplan check',
  },
  {
    name: 'a worker that died',
    answer: { kind: 'failed', message: 'exit 1' },
    messageId: 'failed',
    args: { detail: 'exit 1' },
    nl: 'de controle in een eigen thread is mislukt: exit 1',
    en: 'the check in a thread of its own failed: exit 1',
  },
];

describe('controle-afgebroken', () => {
  for (const c of cases) {
    it(c.name, () => {
      const nl = renderFile(stoppedResult('a.yaml', c.answer), 'nl');
      expect(nl.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, args: f.args, at: [f.line, f.column], message: f.message }))).toEqual([
        { ruleId: 'controle-afgebroken', messageId: c.messageId, severity: 'error', args: c.args, at: [1, 1], message: c.nl },
      ]);
      expect(nl.counts).toEqual({ errors: 1, warnings: 0, infos: 0 });
      expect(nl.review?.decision).toBe('ongeldig');
      expect(renderFile(stoppedResult('a.yaml', c.answer), 'en').findings[0]!.message).toBe(c.en);
    });
  }
});
