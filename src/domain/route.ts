/**
 * The SPUK route (the social domain's €200m, nota §4.3) has no frame in the seeds: "Over de €200 mln
 * voor het sociaal domein zijn aparte afspraken gemaakt" (§3), and the seeds describe no
 * applications, modelplannen or bovengrens for it. On that route the bundled modelplannen are this
 * tool's assumption, so `standaard` there means conformity with an assumed frame, and the
 * bovengrens is a deviation at most, never an error.
 */
import type { Financieringsroute, Modelplan } from './types.js';

export const ASSUMED_FRAME_ROUTES: readonly Financieringsroute[] = ['spuk'];

export function frameIsAssumed(modelplan: Pick<Modelplan, 'financieringsroute'>): boolean {
  return ASSUMED_FRAME_ROUTES.includes(modelplan.financieringsroute);
}
