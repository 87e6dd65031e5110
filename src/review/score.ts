/**
 * A transparent score, derived from data only: conformity (the weighted share of the modelplan's
 * normative elements met) and doelmatigheid (euros requested per fte saved against the norm).
 * Every weight comes from the modelplan's `score` section.
 */
import type { Aanvraag, Modelplan, ScoreElementName } from '../domain/types.js';
import { SCORE_ELEMENTS } from '../domain/types.js';
import type { Score, ScoreElement } from '../report/types.js';

const oneDecimal = (fraction: number) => Math.round(fraction * 1000) / 10;

function count(aanvraag: Aanvraag, modelplan: Modelplan, totaal: number): Record<ScoreElementName, { met: number; counted: number }> {
  const { van, tot_en_met: tot } = modelplan.looptijd;
  const inLooptijd = (year: number) => year >= van && year <= tot;

  const randvoorwaarden = modelplan.randvoorwaarden.map((rv) => {
    const given = aanvraag.randvoorwaarden.find((r) => r.id === rv.id);
    return given?.voldaan === true && (!rv.toelichting_verplicht || (given.toelichting ?? '').trim() !== '');
  });
  const mijlpalen = modelplan.mijlpalen.map((mp) => {
    const given = aanvraag.mijlpalen.find((m) => m.id === mp.id);
    return given !== undefined && given.datum <= mp.uiterlijk && inLooptijd(Number(given.datum.slice(0, 4)));
  });
  const normed = modelplan.kostencategorieen.filter((c) => c.min_aandeel !== undefined || c.max_aandeel !== undefined);
  const kostenverdeling = normed.map((c) => {
    const sum = aanvraag.begroting.filter((r) => r.categorie === c.id).reduce((s, r) => s + r.bedrag, 0);
    // Integer comparison of shares: 100 * part against percentage * total, no floating point.
    const aboveMin = c.min_aandeel === undefined || 100 * sum >= c.min_aandeel * totaal;
    const belowMax = c.max_aandeel === undefined || 100 * sum <= c.max_aandeel * totaal;
    return aboveMin && belowMax;
  });
  const looptijd = aanvraag.begroting.map((r) => inLooptijd(r.jaar));
  const businesscase = [aanvraag.businesscase.fte_besparing >= modelplan.businesscase.minimale_fte_besparing.waarde];
  const tally = (xs: boolean[]) => ({ met: xs.filter(Boolean).length, counted: xs.length });
  return {
    randvoorwaarden: tally(randvoorwaarden),
    mijlpalen: tally(mijlpalen),
    kostenverdeling: tally(kostenverdeling),
    businesscase: tally(businesscase),
    looptijd: tally(looptijd),
  };
}

export function scoreAanvraag(aanvraag: Aanvraag, modelplan: Modelplan, totaal: number): Score {
  const weights = modelplan.score;
  const counts = count(aanvraag, modelplan, totaal);
  const elements: ScoreElement[] = SCORE_ELEMENTS.map((element) => ({
    element,
    weight: weights.elementen[element],
    ...counts[element],
  }));
  const weightSum = elements.reduce((s, e) => s + e.weight, 0);
  const conformiteit =
    weightSum === 0 ? 1 : elements.reduce((s, e) => s + e.weight * (e.counted === 0 ? 1 : e.met / e.counted), 0) / weightSum;

  const fte = aanvraag.businesscase.fte_besparing;
  const norm = modelplan.businesscase.maximaal_bedrag_per_fte.bedrag;
  const euroPerFte = fte > 0 ? totaal / fte : null;
  const doelmatigheid = euroPerFte === null ? 0 : euroPerFte <= norm ? 1 : norm / euroPerFte;

  const wc = weights.conformiteit_gewicht;
  const wd = weights.doelmatigheid_gewicht;
  const total = wc + wd === 0 ? conformiteit : (wc * conformiteit + wd * doelmatigheid) / (wc + wd);
  return {
    total: oneDecimal(total),
    conformiteit: oneDecimal(conformiteit),
    doelmatigheid: oneDecimal(doelmatigheid),
    weights: { conformiteit: wc, doelmatigheid: wd },
    elements,
    euroPerFte: euroPerFte === null ? null : Math.floor(euroPerFte),
    normEuroPerFte: norm,
  };
}
