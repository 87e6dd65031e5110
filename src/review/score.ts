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
function subject(finding: Finding): string {
  const { id, categorie } = finding.args;
  if (typeof id === 'string') return `id:${id}`;
  if (typeof categorie === 'string') return `categorie:${categorie}`;
  return `pointer:${finding.pointer}`;
}

/** The score of an application whose modelplan resolved, from its per-file context and its findings. */
export function scoreAanvraag({ aanvraag, modelplan, totaal }: ResolvedAanvraag & { modelplan: Modelplan }, findings: readonly Finding[]): Score {
  const weights = modelplan.score;
  const elements: ScoreElement[] = SCORE_ELEMENTS.map((element) => {
    const decide: ElementRule = SCORE_RULES[element];
    const counted = decide.counted(aanvraag, modelplan);
    const unmet = new Set(findings.filter((f) => (decide.rules as readonly string[]).includes(f.ruleId)).map(subject));
    const weight = weights.elementen[element];
    const met = Math.max(0, counted - unmet.size);
    return intern(`e\0${element}\0${weight}\0${met}\0${counted}`, () => ({ element, weight, met, counted, rules: RULES_OF[element] }));
  });
  const weightSum = elements.reduce((s, e) => s + e.weight, 0);
  const conformiteit =
    weightSum === 0 ? 1 : elements.reduce((s, e) => s + e.weight * (e.counted === 0 ? 1 : e.met / e.counted), 0) / weightSum;

  const fte = aanvraag.businesscase.fte_besparing;
  const norm = modelplan.businesscase.maximaal_bedrag_per_fte.bedrag;
  const euroPerFte = fte > 0 && totaal > 0 ? totaal / fte : null;
  // Twice the fte for the same money doubles doelmatigheid, up to what is plausible
  // (businesscase.max_doelmatigheid): beyond it the doelmatigheid rule asks for review, and an
  // implausible claim cannot top a ranking.
  const cap = modelplan.businesscase.max_doelmatigheid;
  const raw = euroPerFte === null ? 0 : (norm * fte) / totaal;
  const doelmatigheid = cap === undefined ? raw : Math.min(raw, cap.waarde / 100);

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
