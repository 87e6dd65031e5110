/**
 * The BO IZA/AZWA's step of the round (nota §4.2): the figures it decides on (per theme the
 * applications both insurers approved, at their approved amounts), the hash over them that a
 * decision names, and what a decision gives per application, computed exactly. Pure.
 *
 * A scenario (pro-rata, rangorde, verschuiven) is src/budget/allocate.ts run on the APPROVED
 * amounts, with the theme's richtbedrag replaced by the decision's `beschikbaar` where it gives one.
 * Every amount is whole euros; per application the amount is split over its receiving parties by
 * the largest-remainder method in proportion to what both insurers approved for each, so every
 * split adds up exactly.
 */
import { themaBedrag } from '../domain/budgetkader.js';
import { allocateScenario } from '../budget/allocate.js';
import { largestRemainder } from '../budget/money.js';
import type { CountedApplication, PlafondTotal, ThemeTotal } from '../budget/types.js';
import { compareText } from '../domain/compare.js';
import type { Frame } from '../domain/types.js';
import { canonicalJson } from '../review/application-summary.js';
import type { BaseStatus } from './base.js';
import { sha256 } from './register.js';
import type { BoOutcome, RoundApplication, RoundBoDecision, RoundFigures } from './types.js';

/** The approved amount per receiving party: the coordinating decision's split, or all that was asked. */
function approvedSplit(app: RoundApplication, base: BaseStatus): { ontvanger: string; bedrag: number }[] {
  const given = base.current.coordinerend?.beoordeling.toegekend?.per_ontvanger;
  const rows = given ? app.perOntvanger.map((p) => ({ ontvanger: p.id, bedrag: given.find((g) => g.ontvanger === p.id)?.bedrag ?? 0 })) : app.perOntvanger.map((p) => ({ ontvanger: p.id, bedrag: p.bedrag }));
  return rows.sort((a, b) => compareText(a.ontvanger, b.ontvanger));
}

/** The figures of the round: every application with status akkoord before the BO, per theme, sorted. */
export function roundFigures(applications: readonly RoundApplication[], statuses: ReadonlyMap<string, BaseStatus>): RoundFigures {
  const byTheme = new Map<string, RoundFigures['themas'][number]['aanvragen']>();
  for (const app of applications) {
    const base = statuses.get(app.file);
    if (!base || base.status !== 'akkoord' || base.toegekend === null || !app.verzekeraars) continue;
    const list = byTheme.get(app.thema) ?? [];
    list.push({ bestand: app.file, fingerprint: app.fingerprint, toegekend: base.toegekend, perOntvanger: approvedSplit(app, base), ...(app.score === undefined ? {} : { score: app.score }) });
    byTheme.set(app.thema, list);
  }
  const themas = [...byTheme.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([thema, aanvragen]) => ({ thema, aanvragen: aanvragen.sort((a, b) => compareText(a.fingerprint, b.fingerprint) || compareText(a.bestand, b.bestand)) }));
  return { themas, hash: figuresHash(themas) };
}

/** What the hash covers: per theme each application's fingerprint and approved amount (not its path). */
export function figuresHash(themas: RoundFigures['themas']): string {
  return sha256(canonicalJson(themas.map((t) => ({ thema: t.thema, aanvragen: t.aanvragen.map((a) => ({ fingerprint: a.fingerprint, toegekend: a.toegekend })) }))));
}

/** The budget totals a scenario reads, made of the approved amounts (and the decision's `beschikbaar`). */
function scenarioInput(figures: RoundFigures, frame: Frame, beschikbaar: ReadonlyMap<string, number>): { aanvragen: CountedApplication[]; themas: ThemeTotal[]; plafonds: PlafondTotal[] } {
  const aanvragen: CountedApplication[] = figures.themas.flatMap((t) =>
    t.aanvragen.map((a) => ({
      file: a.bestand,
      titel: a.bestand,
      aanvrager: '',
      modelplan: { id: '', versie: '' },
      thema: t.thema,
      sector: '',
      decision: 'standaard' as CountedApplication['decision'],
      ...(a.score === undefined ? {} : { score: a.score }),
      requested: BigInt(a.toegekend),
    })),
  );
  const themas: ThemeTotal[] = figures.themas.map((t) => {
    const known = frame.budgetkader.themas.find((k) => k.id === t.thema);
    const requested = BigInt(t.aanvragen.reduce((s, a) => s + a.toegekend, 0));
    const own = beschikbaar.get(t.thema);
    const richtbedrag = own !== undefined ? BigInt(own) : known ? BigInt(themaBedrag(known).bedrag) : null;
    return {
      id: t.thema,
      naam: known?.naam ?? t.thema,
      financieringsroute: known?.financieringsroute ?? 'zvw',
      inBudgetkader: known !== undefined,
      richtbedrag,
      count: t.aanvragen.length,
      additionalReview: 0,
      requested,
      difference: richtbedrag === null ? null : requested - richtbedrag,
    } as ThemeTotal;
  });
  const plafonds: PlafondTotal[] = frame.budgetkader.plafonds.map((p) => ({ id: p.id, naam: p.naam, financieringsroute: p.financieringsroute, bedrag: BigInt(p.bedrag), totEnMet: p.tot_en_met, requested: 0n, requestedLater: 0n, difference: 0n, percentage: null, subscription: 'under' }));
  return { aanvragen, themas, plafonds };
}

/** Splits `bedrag` over the approved parties (largest remainder), adding up exactly. */
function splitOver(parties: readonly { ontvanger: string; bedrag: number }[], bedrag: number): { ontvanger: string; bedrag: number }[] {
  const total = parties.reduce((s, p) => s + p.bedrag, 0);
  if (total === 0) return parties.map((p) => ({ ontvanger: p.ontvanger, bedrag: 0 }));
  const amounts = largestRemainder(parties.map((p) => ({ key: p.ontvanger, amount: BigInt(p.bedrag) })), BigInt(bedrag));
  return parties.map((p, i) => ({ ontvanger: p.ontvanger, bedrag: Number(amounts[i]!) }));
}

/** What one BO decision gives per application of the figures, and what in it does not fit. */
export function applyBoDecision(decision: RoundBoDecision, figures: RoundFigures, frame: Frame): BoOutcome {
  const { besluit } = decision;
  const problems: BoOutcome['problems'] = [];
  const beschikbaar = new Map<string, number>();
  const entryOf = new Map<string, number>();
  besluit.themas.forEach((t, i) => {
    if (entryOf.has(t.thema)) problems.push({ pointer: `/themas/${i}/thema`, messageId: 'twice', args: { thema: t.thema } });
    else entryOf.set(t.thema, i);
    if (t.beschikbaar !== undefined) beschikbaar.set(t.thema, t.beschikbaar);
    if (!figures.themas.some((f) => f.thema === t.thema)) problems.push({ pointer: `/themas/${i}/thema`, messageId: 'unknownTheme', args: { thema: t.thema } });
    if (t.besluit !== 'per-aanvraag' && t.aanvragen !== undefined) problems.push({ pointer: `/themas/${i}/aanvragen`, messageId: 'notPerAanvraag', args: { thema: t.thema, besluit: t.besluit } });
  });
  const input = scenarioInput(figures, frame, beschikbaar);
  const scenarios = new Map<string, bigint[]>();
  const scenarioFor = (method: 'pro-rata' | 'rangorde' | 'verschuiven') => {
    let amounts = scenarios.get(method);
    if (!amounts) scenarios.set(method, (amounts = allocateScenario(method, input.aanvragen, input.themas, input.plafonds).perAanvraag));
    return amounts;
  };
  const perAanvraag: BoOutcome['perAanvraag'] = new Map();
  const themas: BoOutcome['themas'] = [];
  for (const theme of figures.themas) {
    const index = entryOf.get(theme.thema);
    const approvedTotal = theme.aanvragen.reduce((s, a) => s + a.toegekend, 0);
    if (index === undefined) {
      problems.push({ pointer: '/themas', messageId: 'themeMissing', args: { thema: theme.thema, aantal: theme.aanvragen.length, toegekend: approvedTotal } });
      continue;
    }
    const entry = besluit.themas[index]!;
    const amounts = new Map<string, number>();
    let toegestaan = entry.beschikbaar ?? approvedTotal;
    if (entry.besluit === 'accepteren') {
      for (const a of theme.aanvragen) amounts.set(a.bestand, a.toegekend);
    } else if (entry.besluit === 'per-aanvraag') {
      const given = entry.aanvragen ?? [];
      const seen = new Set<string>();
      given.forEach((g, k) => {
        const app = theme.aanvragen.find((a) => a.fingerprint === g.fingerprint);
        const pointer = `/themas/${index}/aanvragen/${k}`;
        if (!app) problems.push({ pointer: `${pointer}/fingerprint`, messageId: 'unknownApplication', args: { thema: theme.thema, fingerprint: g.fingerprint.slice(0, 12) } });
        else if (seen.has(app.fingerprint)) problems.push({ pointer: `${pointer}/fingerprint`, messageId: 'twice', args: { thema: app.bestand } });
        else if (g.bedrag > app.toegekend) problems.push({ pointer: `${pointer}/bedrag`, messageId: 'aboveApproved', args: { bestand: app.bestand, bedrag: g.bedrag, toegekend: app.toegekend } });
        else amounts.set(app.bestand, g.bedrag);
        if (app) seen.add(app.fingerprint);
      });
      for (const a of theme.aanvragen) if (!seen.has(a.fingerprint)) problems.push({ pointer: `/themas/${index}/aanvragen`, messageId: 'missingApplication', args: { thema: theme.thema, bestand: a.bestand } });
    } else {
      const all = scenarioFor(entry.besluit);
      input.aanvragen.forEach((a, i) => {
        if (a.thema === theme.thema) amounts.set(a.file, Number(all[i]!));
      });
      const row = input.themas.find((t) => t.id === theme.thema)!;
      // What the scenario makes available for the theme (never more than approved).
      if (entry.besluit !== 'verschuiven') toegestaan = row.richtbedrag === null || row.richtbedrag > row.requested ? approvedTotal : Number(row.richtbedrag);
      else toegestaan = [...amounts.values()].reduce((s, v) => s + v, 0);
    }
    const bedrag = [...amounts.values()].reduce((s, v) => s + v, 0);
    if (bedrag > toegestaan) problems.push({ pointer: `/themas/${index}`, messageId: 'themeAbove', args: { thema: theme.thema, bedrag, toegestaan } });
    themas.push({ thema: theme.thema, besluit: entry.besluit, toegekend: approvedTotal, toegestaan, bedrag });
    for (const a of theme.aanvragen) {
      const amount = amounts.get(a.bestand);
      if (amount === undefined) continue;
      perAanvraag.set(a.bestand, { fingerprint: a.fingerprint, thema: theme.thema, toegekend: a.toegekend, bedrag: amount, perOntvanger: splitOver(a.perOntvanger, amount) });
    }
  }
  return { file: decision.file, sha256: decision.sha256, datum: besluit.datum, perAanvraag, themas, problems };
}
