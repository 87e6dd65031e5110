/**
 * The red team: adversarial applications (traps) and honest look-alikes, each a mutation of a
 * valid bundled example. A trap names the seed paragraph it violates, the decision it must get and
 * the rule that must give a reason for it; a look-alike must stay `standaard` without any reason.
 * The traps were written from the seeds' rules, before the rules that catch them (issue 24): they
 * use their own words, not the frame's lists. Each case is checked on its own through the real CLI
 * (a batch case holds several files, for the set-level rules).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag, Begrotingsregel, Lid } from '../../../src/domain/types.js';
import type { Decision } from '../../../src/report/types.js';
import { checkBatch } from '../../rules/batch-harness.js';
import { EXAMPLES } from '../../helpers/cli.js';

export type Base = 'ai' | 'copd' | 'medtech' | 'spuk';

const FILES: Record<Base, string> = {
  ai: 'ai-spraakgestuurd-rapporteren-vvt.yaml',
  copd: 'digitaal-zorgpad-copd-msz.yaml',
  medtech: 'medtech-slim-incontinentiemateriaal-vvt.yaml',
  spuk: 'sociaal-domein-valpreventie.yaml',
};

/** A fresh copy of a valid example. */
export function example(base: Base): Aanvraag {
  return parse(readFileSync(join(EXAMPLES, FILES[base]), 'utf8')) as Aanvraag;
}

export interface Trap {
  name: string;
  /** The seed paragraph the trap violates. */
  seed: string;
  /** One application, or several files (set-level principles): file name → document. */
  files: () => Record<string, Aanvraag>;
  decision: Exclude<Decision, 'standaard'>;
  /** The rule that must report it (on every file of the case). */
  rule: string;
}

export interface LookAlike {
  name: string;
  files: () => Record<string, Aanvraag>;
}

export interface Principle {
  id: string;
  title: string;
  traps: Trap[];
  lookAlikes: LookAlike[];
}

/** One application: `mutate` changes a copy of `base`. */
export function one(base: Base, mutate: (a: Aanvraag) => void): () => Record<string, Aanvraag> {
  return () => {
    const a = example(base);
    mutate(a);
    return { 'aanvraag.yaml': a };
  };
}

/** Sets the description (and optionally more) of budget line `index`. */
export function line(a: Aanvraag, index: number, omschrijving: string, more: Partial<Begrotingsregel> = {}): void {
  Object.assign(a.begroting[index]!, { omschrijving, ...more });
}

export function addMember(a: Aanvraag, lid: Lid): void {
  a.aanvrager.leden.push(lid);
}

/** Runs every case of a principle: traps caught with their decision and rule, look-alikes standaard. */
export function redTeam(principle: Principle): void {
  describe(`${principle.id}: ${principle.title}`, () => {
    for (const trap of principle.traps) {
      it(`trap (${trap.seed}): ${trap.name}`, async () => {
        const report = await checkBatch(trap.files());
        expect(report.files.length).toBeGreaterThan(0);
        for (const file of report.files) {
          const reasons = (file.review?.reasons ?? []).map((r) => r.ruleId);
          expect({ file: file.file, decision: file.review?.decision, caughtBy: reasons.includes(trap.rule) }).toEqual({
            file: file.file,
            decision: trap.decision,
            caughtBy: true,
          });
        }
      });
    }
    for (const look of principle.lookAlikes) {
      it(`look-alike: ${look.name}`, async () => {
        const report = await checkBatch(look.files());
        for (const file of report.files) {
          expect({ file: file.file, decision: file.review?.decision, findings: file.findings.map((f) => `${f.ruleId}:${f.messageId}`) }).toEqual({
            file: file.file,
            decision: 'standaard',
            findings: [],
          });
        }
      });
    }
  });
}
