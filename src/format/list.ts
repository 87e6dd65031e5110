/**
 * `modelplan list`: the modelplannen of the frame as a table or as JSON. Pure formatters over the
 * frame; an assumed norm (bron 'aanname: …') is marked as one, in the words of src/i18n/norms.ts.
 */
import type { Frame } from '../domain/types.js';
import { assumedMark, assumedNote, termYears } from '../i18n/norms.js';
import { formatEuros } from '../i18n/ui.js';
import type { Lang } from '../report/types.js';

export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

const head: Record<Lang, string[]> = {
  nl: ['id', 'versie', 'status', 'thema', 'sectoren', 'bovengrens (€)', 'looptijd'],
  en: ['id', 'version', 'status', 'theme', 'sectors', 'upper limit (€)', 'term'],
};

export async function listAsTable(frame: Frame, lang: Lang): Promise<string> {
  // Loaded only for a table: a run that prints none does not pay for it.
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: head[lang],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'left', 'left', 'left', 'left', 'right', 'left'],
  });
  const mark = (bron: string) => assumedMark(bron, lang);
  for (const m of frame.modelplannen) {
    const id = m.zorgpaden ? `${m.id}\n  ${m.zorgpaden.map((z) => z.id).join(', ')}` : m.id;
    table.push([id, m.versie, m.status, m.thema, m.sectoren.join(', ') + mark(m.sectoren_bron), formatEuros(m.bovengrens.bedrag, lang) + mark(m.bovengrens.bron), termYears(m) + mark(m.looptijd.bron)]);
  }
  return table.toString() + '\n' + assumedNote(lang) + '\n';
}

export function listAsJson(frame: Frame): string {
  const rows = frame.modelplannen.map((m) => ({
    id: m.id,
    versie: m.versie,
    status: m.status,
    titel: m.titel,
    thema: m.thema,
    financieringsroute: m.financieringsroute,
    sectoren: m.sectoren,
    zorgpaden: (m.zorgpaden ?? []).map((z) => z.id),
    bovengrens: m.bovengrens.bedrag,
    bovengrens_bron: m.bovengrens.bron,
    looptijd: { van: m.looptijd.van, tot_en_met: m.looptijd.tot_en_met },
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}

/** The list in the chosen format. */
export async function formatList(frame: Frame, format: ListFormat, lang: Lang): Promise<string> {
  return format === 'json' ? listAsJson(frame) : listAsTable(frame, lang);
}
