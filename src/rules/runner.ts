/**
 * The one runner: every rule of a scope on its context, each raw finding tagged with its rule.
 * The rules over one application add one step of their own (`runAanvraagRules`): deviation findings
 * of parts the application declared (afwijkingen, with a motivation) become info findings and
 * review reasons, undeclared ones stay warnings, and rules of phase 'after-deviations' then see
 * which parts deviated.
 */
import type { ResolvedAanvraag } from '../domain/aanvraag.js';
import type { Budgetkader, Frame, Modelplan } from '../domain/types.js';
import type { FindingInput } from './finding.js';
import type { DeviationPart } from '../report/types.js';
import type { AanvraagContext, FileRawFinding, RawFinding, Rule, RuleContexts, RuleOf, SetScope } from './define.js';
import { allRules } from './index.js';

type Scope = keyof RuleContexts;
type Tagged<S extends Scope> = (S extends SetScope ? FileRawFinding : RawFinding) & { ruleId: string };

const byScope = new Map<Scope, Rule[]>();
function rulesOf<S extends Scope>(scope: S): RuleOf<S>[] {
  let rules = byScope.get(scope);
  if (!rules) byScope.set(scope, (rules = allRules.filter((rule) => rule.scope === scope)));
  return rules as unknown as RuleOf<S>[];
}

function run<S extends Scope>(rules: readonly RuleOf<S>[], ctx: RuleContexts[S], partial = false): Tagged<S>[] {
  const out: Tagged<S>[] = [];
  for (const rule of rules) {
    const check = (rule as { check(ctx: RuleContexts[S]): RawFinding[] }).check;
    let raws: RawFinding[];
    if (!partial) raws = check(ctx);
    else {
      // A rule that trips over a missing value of a partial document gives nothing.
      try {
        raws = check(ctx);
      } catch {
        raws = [];
      }
    }
    for (const raw of raws) out.push({ ...raw, ruleId: rule.id } as unknown as Tagged<S>);
  }
  return out;
}

/** Every rule of a scope on its context. */
export function runRules<S extends Exclude<Scope, 'aanvraag'>>(scope: S, ctx: RuleContexts[S]): Tagged<S>[] {
  return run(rulesOf(scope), ctx);
}

/**
 * The rules of one application, on its per-file context (src/domain/aanvraag.ts), built once by the caller.
 * `partial`: the application does not pass its schema yet (the form's live preview, src/form/partial.ts):
 * a rule that trips over a missing value gives no findings instead of failing the run.
 */
export function runAanvraagRules(resolved: ResolvedAanvraag, frame: Frame, options: { partial?: boolean } = {}): FindingInput[] {
  const partial = options.partial === true;
  const { aanvraag, modelplan } = resolved;
  const ctx: AanvraagContext = { ...resolved, frame, detectedDeviations: new Set<DeviationPart>() };
  const applicable = rulesOf('aanvraag').filter((rule) => modelplan || rule.withoutModelplan);
  const findings = run(applicable.filter((r) => r.phase === undefined), ctx, partial);
  const declared = new Map<DeviationPart, string>();
  for (const afwijking of aanvraag.afwijkingen ?? []) {
    if (!declared.has(afwijking.onderdeel)) declared.set(afwijking.onderdeel, afwijking.motivering);
  }
  const detected = ctx.detectedDeviations as Set<DeviationPart>;
  for (const finding of findings) {
    if (!finding.deviation) continue;
    detected.add(finding.deviation);
    const motivering = declared.get(finding.deviation);
    if (motivering !== undefined) {
      finding.severity = 'info';
      finding.reviewReason = true;
      finding.args = { ...finding.args, motivering };
    }
  }
  return [...findings, ...run(applicable.filter((r) => r.phase === 'after-deviations'), ctx, partial)];
}

/* The file-level scopes by name, for the file stage and the rule tests. */
export const runModelplanRules = (modelplan: Modelplan, frame: Frame): FindingInput[] => runRules('modelplan', { modelplan, frame });
export const runBudgetkaderRules = (budgetkader: Budgetkader): FindingInput[] => runRules('budgetkader', { budgetkader });
