/**
 * One application read against the frame, worked out once per file: the modelplan its reference
 * resolves to and the total it requests. Rules, review, score and the summary all read this.
 */
import type { Aanvraag, Frame, Modelplan } from './types.js';

export interface ResolvedAanvraag {
  aanvraag: Aanvraag;
  /** The resolved modelplan; undefined when the reference does not resolve. */
  modelplan: Modelplan | undefined;
  /** Total requested: the sum of the begroting in whole euros. */
  totaal: number;
}

export function resolveModelplan(frame: Frame, ref: { id: string; versie: string }): Modelplan | undefined {
  return frame.modelplannen.find((m) => m.id === ref.id && m.versie === ref.versie);
}

export function totalRequested(aanvraag: Aanvraag): number {
  return aanvraag.begroting.reduce((sum, line) => sum + line.bedrag, 0);
}

export function resolveAanvraag(aanvraag: Aanvraag, frame: Frame): ResolvedAanvraag {
  return { aanvraag, modelplan: resolveModelplan(frame, aanvraag.modelplan), totaal: totalRequested(aanvraag) };
}
