/** What the budget totals and the CSV need of one valid application. */
import { createHash } from 'node:crypto';
import type { Aanvraag, Frame } from '../domain/types.js';
import type { ApplicationSummary } from '../report/types.js';
import { totalRequested } from '../rules/runner.js';

/** JSON with sorted keys, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k]));
    return '{' + entries.join(',') + '}';
  }
  return JSON.stringify(value);
}

export function summarizeApplication(aanvraag: Aanvraag, frame: Frame): ApplicationSummary {
  const perJaar: Record<string, number> = {};
  for (const line of aanvraag.begroting) perJaar[String(line.jaar)] = (perJaar[String(line.jaar)] ?? 0) + line.bedrag;
  const modelplan = frame.modelplannen.find((m) => m.id === aanvraag.modelplan.id && m.versie === aanvraag.modelplan.versie);
  const summary: ApplicationSummary = {
    modelplan: { id: aanvraag.modelplan.id, versie: aanvraag.modelplan.versie },
    titel: aanvraag.titel,
    // The modelplan decides the theme; the application's own field is only checked against it.
    thema: modelplan?.thema ?? aanvraag.thema,
    financieringsroute: modelplan?.financieringsroute ?? aanvraag.financieringsroute,
    sector: aanvraag.sector,
    aanvrager: aanvraag.aanvrager.naam,
    totaal: totalRequested(aanvraag),
    perJaar: Object.fromEntries(Object.entries(perJaar).sort(([a], [b]) => (a < b ? -1 : 1))),
    fteBesparing: aanvraag.businesscase.fte_besparing,
    fingerprint: createHash('sha256').update(canonicalJson(aanvraag)).digest('hex'),
  };
  if (aanvraag.zorgpad !== undefined) summary.zorgpad = aanvraag.zorgpad;
  if (aanvraag.zorgverzekeraars) {
    summary.coordinerendeVerzekeraar = { naam: aanvraag.zorgverzekeraars.coordinerend.naam, uzovi: aanvraag.zorgverzekeraars.coordinerend.uzovi };
  }
  return summary;
}
