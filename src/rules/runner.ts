/**
 * Runs the registered rules for one document. Deviation findings of rules whose part the
 * application declared (afwijkingen, with a motivation) become info findings and review reasons;
 * undeclared ones stay warnings. Rules of phase 'after-deviations' see which parts deviated.
 */
import type { ResolvedAanvraag } from '../domain/aanvraag.js';
import type { Budgetkader, Frame, Modelplan } from '../domain/types.js';
import type { FindingInput } from '../report/finding.js';
import type { DeviationPart } from '../report/types.js';
import type { AanvraagFacts, AanvraagRule, AanvragenRule, BeoordelingenContext, BeoordelingenRule, BudgetkaderRule, RegisterContext, RegisterRule, ModelplanFile, ModelplannenRule, ModelplanRule, Rule } from './define.js';
import { allRules } from './index.js';

const byScope = <S extends Rule['scope']>(scope: S) =>
  allRules.filter((rule): rule is Extract<Rule, { scope: S }> => rule.scope === scope);

/**
 * The rules of one application, on its per-file context (src/domain/aanvraag.ts), built once by the caller.
 * `partial`: the application does not pass its schema yet (the form's live preview, src/form/partial.ts):
 * a rule that trips over a missing value gives no findings instead of failing the run.
 */
export function runAanvraagRules(resolved: ResolvedAanvraag, frame: Frame, options: { partial?: boolean } = {}): FindingInput[] {
  const { aanvraag, modelplan } = resolved;
  const rules = byScope('aanvraag') as AanvraagRule[];
  const ctx = { ...resolved, frame, detectedDeviations: new Set<DeviationPart>() };
  const checked = (rule: AanvraagRule) => {
    if (!options.partial) return rule.check(ctx);
    try {
      return rule.check(ctx);
    } catch {
      return [];
    }
  };
  const run = (rule: AanvraagRule) =>
    modelplan || rule.withoutModelplan ? checked(rule).map((raw) => ({ ...raw, ruleId: rule.id })) : [];

  const findings = rules.filter((r) => r.phase === undefined).flatMap(run);
  const declared = new Map<DeviationPart, string>();
  for (const afwijking of aanvraag.afwijkingen ?? []) {
    if (!declared.has(afwijking.onderdeel)) declared.set(afwijking.onderdeel, afwijking.motivering);
  }
  for (const finding of findings) {
    if (!finding.deviation) continue;
    ctx.detectedDeviations.add(finding.deviation);
    const motivering = declared.get(finding.deviation);
    if (motivering !== undefined) {
      finding.severity = 'info';
      finding.reviewReason = true;
      finding.args = { ...finding.args, motivering };
    }
  }
  return [...findings, ...rules.filter((r) => r.phase === 'after-deviations').flatMap(run)];
}

export function runModelplanRules(modelplan: Modelplan, frame: Frame): FindingInput[] {
  return (byScope('modelplan') as ModelplanRule[]).flatMap((rule) =>
    rule.check({ modelplan, frame }).map((raw) => ({ ...raw, ruleId: rule.id })),
  );
}

export function runModelplannenRules(files: readonly ModelplanFile[], frame: Frame): (FindingInput & { file: string })[] {
  return (byScope('modelplannen') as ModelplannenRule[]).flatMap((rule) =>
    rule.check({ files, frame }).map((raw) => ({ ...raw, ruleId: rule.id })),
  );
}

/** Set-level rules over every application of the run (duplicates, the same care provider twice). */
export function runAanvragenRules(files: readonly AanvraagFacts[]): (FindingInput & { file: string })[] {
  return (byScope('aanvragen') as AanvragenRule[]).flatMap((rule) => rule.check({ files }).map((raw) => ({ ...raw, ruleId: rule.id })));
}

export function runBudgetkaderRules(budgetkader: Budgetkader): FindingInput[] {
  return (byScope('budgetkader') as BudgetkaderRule[]).flatMap((rule) =>
    rule.check({ budgetkader }).map((raw) => ({ ...raw, ruleId: rule.id })),
  );
}

/** Set-level rules over the decision files of the run (soort: beoordeling) against its applications. */
export function runBeoordelingenRules(ctx: BeoordelingenContext): (FindingInput & { file: string })[] {
  return (byScope('beoordelingen') as BeoordelingenRule[]).flatMap((rule) => rule.check(ctx).map((raw) => ({ ...raw, ruleId: rule.id })));
}

/** Set-level rules over the files of the run against the register of the submission. */
export function runRegisterRules(ctx: RegisterContext): (FindingInput & { file: string })[] {
  return (byScope('register') as RegisterRule[]).flatMap((rule) => rule.check(ctx).map((raw) => ({ ...raw, ruleId: rule.id })));
}
