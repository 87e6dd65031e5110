/**
 * The running totals while the application is being filled in: what the budget lines add up to
 * so far, per cost category with its share, beside the modelplan's upper limit. Only lines whose
 * amount `check` read without an error count (`300.000` is not € 300); the others are counted as
 * waiting. A schema-valid application shows check's own total. Figures only: whether they meet a
 * norm is said by the rules' findings, never here.
 */
import { resolveModelplan } from '../domain/aanvraag.js';
import type { Frame } from '../domain/types.js';
import { encodePointer } from '../parse/pointer.js';
import type { FileResult } from '../report/types.js';

export interface BudgetPreview {
  /** Sum of the amounts counted, in whole euros. */
  total: number;
  /** Budget lines whose amount is missing or has an error: not in the total yet. */
  waiting: number;
  bovengrens?: number;
  categories: { id: string; titel: string; bedrag: number; /** Percentage of total, one decimal. */ aandeel: number }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function budgetPreview(data: unknown, result: FileResult, frame: Frame): BudgetPreview {
  const doc = isRecord(data) ? data : {};
  const ref = isRecord(doc.modelplan) ? doc.modelplan : {};
  const modelplan = typeof ref.id === 'string' && typeof ref.versie === 'string' ? resolveModelplan(frame, { id: ref.id, versie: ref.versie }) : undefined;
  const errorAt = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.pointer));
  const lines = Array.isArray(doc.begroting) ? doc.begroting : [];
  const byCategory = new Map<string, number>();
  let total = 0;
  let waiting = 0;
  lines.forEach((line, index) => {
    const pointer = encodePointer(['begroting', String(index), 'bedrag']);
    const bedrag = isRecord(line) ? line.bedrag : undefined;
    if (typeof bedrag !== 'number' || !Number.isSafeInteger(bedrag) || bedrag < 0 || errorAt.has(pointer)) {
      waiting++;
      return;
    }
    total += bedrag;
    const categorie = isRecord(line) && typeof line.categorie === 'string' ? line.categorie : '';
    byCategory.set(categorie, (byCategory.get(categorie) ?? 0) + bedrag);
  });
  if (result.aanvraag && waiting === 0) total = result.aanvraag.totaal;
  const titles = new Map((modelplan?.kostencategorieen ?? []).map((c) => [c.id, c.titel]));
  const categories = [...byCategory.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, bedrag]) => ({ id, titel: titles.get(id) ?? id, bedrag, aandeel: total > 0 ? Math.round((bedrag / total) * 1000) / 10 : 0 }));
  const preview: BudgetPreview = { total, waiting, categories };
  if (modelplan) preview.bovengrens = modelplan.bovengrens.bedrag;
  return preview;
}
