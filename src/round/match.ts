/** Which application a decision belongs to, decided once for the rules and for `status`. */
import type { DecisionMatch, RoundApplication, RoundDecision } from './types.js';

/**
 * The same content (fingerprint) wins: a copy under another path is the same application. Else
 * the file the decision names, when it is in the run with other content: the application changed
 * after the decision (verouderd). Else the decision points at nothing the run knows.
 */
export function matchDecision(decision: RoundDecision, applications: readonly RoundApplication[]): DecisionMatch {
  const { bestand, fingerprint } = decision.beoordeling.aanvraag;
  const same = applications.filter((a) => a.fingerprint === fingerprint);
  const exact = same.find((a) => a.file === bestand) ?? same[0];
  if (exact) return { kind: 'actueel', application: exact };
  const named = applications.find((a) => a.file === bestand);
  return named ? { kind: 'verouderd', application: named } : { kind: 'onbekend' };
}
