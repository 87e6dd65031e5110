/** The status as plain sections (rows of cells), shared by the text and Markdown formatters. */
import { formatEuros, t } from '../../i18n/ui.js';
import type { Lang } from '../../report/types.js';
import type { Counts, StatusReport } from '../../round/status.js';
import { STATUSES } from '../../round/types.js';
import { label } from './labels.js';
import { assessedSections, assessedSummary } from '../budget/assessed.js';
import { themeLabel } from '../budget/sections.js';

export interface Section {
  title: string;
  head: string[];
  rows: string[][];
}

const countsRow = (counts: Counts) => STATUSES.map((s) => String(counts[s]));

export function statusSections(status: StatusReport, lang: Lang): Section[] {
  const euro = (n: number) => formatEuros(n, lang);
  return [
    {
      title: t(label.heading, lang),
      head: [label.file, label.theme, label.coordinating, label.second, label.requested, label.status, label.approved, label.afterBo].map((l) => l[lang]),
      rows: status.aanvragen.map((r) => [r.bestand, r.thema, r.coordinerend.uzovi, r.tweede.uzovi, euro(r.gevraagd), r.status, r.toegekend === null ? '' : euro(r.toegekend), r.boBedrag === null ? '' : euro(r.boBedrag)]),
    },
    { title: label.perStatus[lang], head: [label.status[lang], label.count[lang]], rows: STATUSES.map((s) => [s, String(status.tellingen.perStatus[s])]) },
    { title: label.perTheme[lang], head: [label.theme[lang], ...STATUSES], rows: status.tellingen.perThema.map((x) => [x.thema, ...countsRow(x.perStatus)]) },
    {
      title: label.perInsurer[lang],
      head: [label.coordinating[lang], ...STATUSES],
      rows: status.tellingen.perCoordinerendeVerzekeraar.map((x) => [`${x.uzovi} ${x.naam}`, ...countsRow(x.perStatus)]),
    },
    ...assessedStatusSections(status, lang),
    ...accountSections(status, lang),
  ];
}

/** With decision files: the BO's totals of the assessments, the same table model as `budget` shows. */
function assessedStatusSections(status: StatusReport, lang: Lang): Section[] {
  if (!status.beoordeeld) return [];
  return assessedSections(status.beoordeeld, lang, (thema) => themeLabel(thema, lang)).map((section) => ({
    title: section.title,
    head: section.columns.map((c) => c.header),
    rows: section.rows.map((row) => row.cells.map((cell) => cell.text)),
  }));
}

/** After approval: per project and year, only when the run holds accounts or judgements. */
function accountSections(status: StatusReport, lang: Lang): Section[] {
  const v = status.verantwoording;
  if (!v) return [];
  return [
    {
      title: label.accounts[lang],
      head: [label.file, label.year, label.coordinating, label.status, label.realised, label.account, label.judgement].map((l) => l[lang]),
      rows: v.rijen.map((r) => [r.aanvraag, String(r.jaar), r.coordinerend.uzovi, r.status, r.gerealiseerd === null ? '' : formatEuros(r.gerealiseerd, lang), r.verantwoording ?? '', r.plausibiliteit ?? '']),
    },
  ];
}

/** The lines under the tables: register, totals, what is outside the round, errors. */
export function statusNotes(status: StatusReport, lang: Lang): string[] {
  const notes = [status.register ? t(label.register, lang, { bestand: status.register.bestand, peildatum: status.register.peildatum }) : label.noRegister[lang]];
  notes.push(t(label.total, lang, { aantal: status.tellingen.totaal, bedrag: formatEuros(status.tellingen.toegekend, lang) }));
  notes.push(status.boBesluit ? t(label.bo, lang, { bestand: status.boBesluit.bestand, datum: status.boBesluit.datum, bedrag: formatEuros(status.tellingen.definitief, lang) }) : label.noBo[lang]);
  if (status.buitenRonde.length > 0) notes.push(t(label.outside, lang, { files: status.buitenRonde.join(', ') }));
  if (status.naIndienmoment.length > 0) notes.push(t(label.late, lang, { files: status.naIndienmoment.join(', ') }));
  if (status.beoordeeld) notes.push(...assessedSummary(status.beoordeeld, lang));
  if (status.fouten > 0) notes.push(t(label.errors, lang, { aantal: status.fouten }));
  return notes;
}
