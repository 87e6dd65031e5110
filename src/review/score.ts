/**
 * A transparent score that ranks, derived from the rule outcomes: each normative element counts
 * the modelplan's items, and an item is unmet when a rule that decides that element reported it.
 * Norms are never checked here a second time; SCORE_RULES is the one map from score element to
 * the rules that decide it. Doelmatigheid is not capped at the norm: it keeps rising with more fte
 * saved per euro, so two conforming applications with different euros per fte score differently,
 * up to the modelplan's plausible limit (businesscase.max_doelmatigheid), so an implausible claim
 * cannot top a ranking.
 *
 *   conformiteit  = Σ weight × met / counted  ÷  Σ weight            (0..1)
 *   doelmatigheid = norm euro per fte ÷ actual euro per fte           (0..max_doelmatigheid; 1 at the norm)
 *                 = norm × fte_besparing ÷ total requested
 *   total         = (wc × conformiteit + wd × doelmatigheid) ÷ (wc + wd)   (shown × 100)
 */
import type { ResolvedAanvraag } from '../domain/aanvraag.js';
import type { Aanvraag, Modelplan, ScoreElementName } from '../domain/types.js';
import { SCORE_ELEMENTS } from '../domain/types.js';
import type { Finding, Score, ScoreElement } from '../report/types.js';
import type { RuleId } from '../rules/index.js';

const oneDecimal = (fraction: number) => Math.round(fraction * 1000) / 10;

interface ElementRule {
  /** The rules whose findings mark an item of this element as unmet. */
  rules: readonly RuleId[];
  /** How many items the element counts for this application. */
  counted: (aanvraag: Aanvraag, modelplan: Modelplan) => number;
}

/** Score element → the rules that decide it. A missing element is a compile error. */
export const SCORE_RULES = {
  randvoorwaarden: { rules: ['randvoorwaarden'], counted: (_a, m) => m.randvoorwaarden.length },
  mijlpalen: { rules: ['mijlpalen-verplicht', 'mijlpaal-termijn', 'mijlpaal-looptijd'], counted: (_a, m) => m.mijlpalen.length },
  kostenverdeling: {
    rules: ['kostenverdeling'],
    counted: (_a, m) => m.kostencategorieen.filter((c) => c.min_aandeel !== undefined || c.max_aandeel !== undefined).length,
  },
  businesscase: { rules: ['fte-minimum', 'fte-plausibel'], counted: () => 1 },
  looptijd: { rules: ['looptijd', 'aandeel-2029'], counted: (a) => a.begroting.length },
} as const satisfies Record<ScoreElementName, ElementRule>;

/** One frozen list per element, shared by every score (a run holds thousands of scores). */
const RULES_OF = Object.fromEntries(SCORE_ELEMENTS.map((element) => [element, Object.freeze([...SCORE_RULES[element].rules]) as unknown as string[]])) as Record<ScoreElementName, string[]>;

/**
 * Most applications share their weights and elements (the same counts met of the same modelplan):
 * one frozen object per value, shared by every score that has it, so a run of 10,000 holds a few.
 */
const shared = new Map<string, object>();
const MAX_SHARED = 10_000;
function intern<T extends object>(key: string, make: () => T): T {
  const known = shared.get(key) as T | undefined;
  if (known) return known;
  const value = Object.freeze(make());
  if (shared.size < MAX_SHARED) shared.set(key, value);
  return value;
}

/** The item a finding is about: a milestone or condition id, a cost category, else its place. */
function subject(finding: ScoredFinding): string {
  const { id, categorie } = finding.args ?? {};
  if (typeof id === 'string') return `id:${id}`;
  if (typeof categorie === 'string') return `categorie:${categorie}`;
  return `pointer:${finding.pointer}`;
}

/**
 * What the score needs of an application before its findings are known (plain data, so it can
 * cross from a worker): the modelplan's weights and norm, the items each element counts, fte, total.
 */
export interface ScoreBasis {
  weights: Modelplan['score'];
  counted: Record<ScoreElementName, number>;
  fte: number;
  norm: number;
  totaal: number;
  /** businesscase.max_doelmatigheid: doelmatigheid is capped at waarde / 100 (an implausible claim cannot top a ranking). */
  cap?: number;
}

export function scoreBasis({ aanvraag, modelplan, totaal }: ResolvedAanvraag & { modelplan: Modelplan }): ScoreBasis {
  const counted = Object.fromEntries(SCORE_ELEMENTS.map((element) => [element, (SCORE_RULES[element] as ElementRule).counted(aanvraag, modelplan)])) as Record<ScoreElementName, number>;
  const basis: ScoreBasis = { weights: modelplan.score, counted, fte: aanvraag.businesscase.fte_besparing, norm: modelplan.businesscase.maximaal_bedrag_per_fte.bedrag, totaal };
  const cap = modelplan.businesscase.max_doelmatigheid;
  if (cap !== undefined) basis.cap = cap.waarde / 100;
  return basis;
}

/** The score of an application whose modelplan resolved, from its per-file context and its findings. */
export function scoreAanvraag(resolved: ResolvedAanvraag & { modelplan: Modelplan }, findings: readonly ScoredFinding[]): Score {
  return scoreFrom(scoreBasis(resolved), findings);
}

/** What the score reads of a finding (a raw finding of the engine or a finished one). */
export type ScoredFinding = Pick<Finding, 'ruleId' | 'pointer'> & { args?: Finding['args'] };

export function scoreFrom({ weights, counted: countedOf, fte, norm, totaal, cap }: ScoreBasis, findings: readonly ScoredFinding[]): Score {
  const elements: ScoreElement[] = SCORE_ELEMENTS.map((element) => {
    const decide: ElementRule = SCORE_RULES[element];
    const counted = countedOf[element];
    const unmet = new Set(findings.filter((f) => (decide.rules as readonly string[]).includes(f.ruleId)).map(subject));
    const weight = weights.elementen[element];
    const met = Math.max(0, counted - unmet.size);
    return intern(`e\0${element}\0${weight}\0${met}\0${counted}`, () => ({ element, weight, met, counted, rules: RULES_OF[element] }));
  });
  const weightSum = elements.reduce((s, e) => s + e.weight, 0);
  const conformiteit =
    weightSum === 0 ? 1 : elements.reduce((s, e) => s + e.weight * (e.counted === 0 ? 1 : e.met / e.counted), 0) / weightSum;

  const euroPerFte = fte > 0 && totaal > 0 ? totaal / fte : null;
  // Twice the fte for the same money doubles doelmatigheid, up to what is plausible
  // (businesscase.max_doelmatigheid): beyond it the doelmatigheid rule asks for review, and an
  // implausible claim cannot top a ranking.
  const raw = euroPerFte === null ? 0 : (norm * fte) / totaal;
  const doelmatigheid = cap === undefined ? raw : Math.min(raw, cap);

  const wc = weights.conformiteit_gewicht;
  const wd = weights.doelmatigheid_gewicht;
  const total = wc + wd === 0 ? conformiteit : (wc * conformiteit + wd * doelmatigheid) / (wc + wd);
  return {
    total: oneDecimal(total),
    conformiteit: oneDecimal(conformiteit),
    doelmatigheid: oneDecimal(doelmatigheid),
    weights: intern(`w\0${wc}\0${wd}`, () => ({ conformiteit: wc, doelmatigheid: wd })),
    elements: intern(`l\0${elements.map((e) => `${e.element}\0${e.weight}\0${e.met}\0${e.counted}`).join('\0')}`, () => elements) as ScoreElement[],
    euroPerFte: euroPerFte === null ? null : Math.floor(euroPerFte),
    normEuroPerFte: norm,
  };
}
