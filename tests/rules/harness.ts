/**
 * Table-driven rule tests: start from a valid document, mutate it, write it as YAML, run it through
 * the real stages (parse → schema → rules → positions) and compare one rule's findings exactly.
 */
import { resolveAanvraag } from '../../src/domain/aanvraag.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Aanvraag, Budgetkader, Frame, Modelplan } from '../../src/domain/types.js';
import { loadFrame } from '../../src/frame/load.js';
import { readDocument } from '../../src/validate/document.js';
import { makeFinding, type FindingInput } from '../../src/rules/finding.js';
import { compareFindings } from '../../src/report/summarize.js';
import type { Finding, Lang } from '../../src/report/types.js';
import { runAanvraagRules, runBudgetkaderRules, runModelplanRules, runRules } from '../../src/rules/runner.js';
import { EXAMPLES, MODELPLANNEN, ROOT } from '../helpers/cli.js';

export const frame: Frame = await loadFrame(MODELPLANNEN, ROOT);

const read = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

/** A valid application (AI, spraakgestuurd rapporteren, vvt; total € 2.400.000, 18 fte). */
export const baseAanvraag = (): Aanvraag => read(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml')) as Aanvraag;
/** A valid application on the SPUK route (valpreventie, gemeente Utrecht). */
export const spukAanvraag = (): Aanvraag => read(join(EXAMPLES, 'sociaal-domein-valpreventie.yaml')) as Aanvraag;
export const baseModelplan = (): Modelplan => read(join(MODELPLANNEN, 'spraakgestuurd-rapporteren.yaml')) as Modelplan;
export const baseBudgetkader = (): Budgetkader => read(join(MODELPLANNEN, 'budgetkader.yaml')) as Budgetkader;

export interface Expected {
  messageId: string;
  severity: Finding['severity'];
  pointer: string;
  args?: Finding['args'];
  deviation?: Finding['deviation'];
  reviewReason?: boolean;
  /**
   * Text in the generated YAML where the finding must point: its first occurrence gives line and
   * column; a `|` inside it marks the exact column (`fte_besparing: |0` points at the value).
   */
  at?: string;
}

export interface Case<T> {
  name: string;
  base: () => T;
  mutate?: (doc: T) => void;
  expected: Expected[];
}

export interface Checked {
  yaml: string;
  findings: Finding[];
}

/** Runs one document through the pipeline; the document must pass its schema. */
export function checkDocument(doc: unknown, lang: Lang = 'nl', frameOverride: Frame = frame): Checked {
  const yaml = stringify(doc, { lineWidth: 0 });
  const outcome = readDocument(Buffer.from(yaml));
  expect(outcome.findings.map((f) => `${f.ruleId}:${String(f.args?.path ?? '')}`), 'the test document must pass its schema').toEqual([]);
  let inputs: FindingInput[];
  if (outcome.kind === 'aanvraag') inputs = runAanvraagRules(resolveAanvraag(outcome.data as Aanvraag, frameOverride), frameOverride);
  else if (outcome.kind === 'modelplan') {
    inputs = [
      ...runModelplanRules(outcome.data as Modelplan, frameOverride),
      ...runRules('modelplannen', { files: [{ file: 'test.yaml', modelplan: outcome.data as Modelplan }], frame: frameOverride }),
    ];
  } else inputs = runBudgetkaderRules(outcome.data as Budgetkader);
  const findings = inputs.map((input) => makeFinding(input, 'test.yaml', lang, outcome.locate)).sort(compareFindings);
  return { yaml, findings };
}

export function positionOf(yaml: string, at: string): { line: number; column: number } {
  const needle = at.replace('|', '');
  const found = yaml.indexOf(needle);
  if (found < 0) throw new Error(`"${needle}" is not in the generated YAML`);
  const offset = found + Math.max(0, at.indexOf('|'));
  const before = yaml.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** One `it` per case: the rule's findings equal the expected ones, in order. */
export function ruleCases<T>(ruleId: string, cases: Case<T>[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const doc = c.base();
      c.mutate?.(doc);
      const { yaml, findings } = checkDocument(doc);
      const actual = findings
        .filter((f) => f.ruleId === ruleId)
        .map((f) => {
          const shown: Record<string, unknown> = { messageId: f.messageId, severity: f.severity, pointer: f.pointer };
          if (f.deviation) shown.deviation = f.deviation;
          if (f.reviewReason) shown.reviewReason = true;
          return shown;
        });
      const expected = c.expected.map(({ at: _at, args: _args, ...rest }) => rest);
      expect(actual).toEqual(expected);
      const own = findings.filter((f) => f.ruleId === ruleId);
      c.expected.forEach((e, i) => {
        if (e.args) expect(own[i]!.args).toEqual(e.args);
        if (e.at) expect({ line: own[i]!.line, column: own[i]!.column }).toEqual(positionOf(yaml, e.at));
      });
    });
  }
}
