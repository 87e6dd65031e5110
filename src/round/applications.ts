/** The round's view of a run's applications, read from their finished FileResults. */
import type { AnyFileResult } from '../report/types.js';
import { knownFingerprint } from '../review/application-summary.js';
import type { Frame } from '../domain/types.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import type { RoundApplication } from './types.js';
import { byText } from '../domain/compare.js';

/** The round's view of every schema-valid application of a run, sorted by file. */
export function roundApplications(files: readonly AnyFileResult[], frame: Frame): RoundApplication[] {
  const out: RoundApplication[] = [];
  for (const f of files) {
    // A file added after the register's submission moment is no application of the round.
    if (f.kind !== 'aanvraag' || !f.aanvraag || f.naIndienmoment) continue;
    const a = f.aanvraag;
    const app: RoundApplication = {
      file: f.file,
      fingerprint: knownFingerprint(a),
      decision: f.review?.decision ?? 'ongeldig',
      reasons: (f.review?.decision === 'aanvullende-beoordeling' ? f.review.reasons : []).map((r) => ({ ruleId: r.ruleId, pointer: r.pointer })),
      totaal: a.totaal,
      perOntvanger: a.perOntvanger.map((p) => ({ id: p.id, bedrag: p.bedrag })),
      thema: a.thema,
    };
    if (f.score) app.score = f.score.total;
    const bovengrens = resolveModelplan(frame, a.modelplan)?.bovengrens.bedrag;
    if (bovengrens !== undefined) app.bovengrens = bovengrens;
    if (a.coordinerendeVerzekeraar && a.tweedeVerzekeraar) app.verzekeraars = { coordinerend: a.coordinerendeVerzekeraar, tweede: a.tweedeVerzekeraar };
    out.push(app);
  }
  return out.sort(byText((a) => a.file));
}

