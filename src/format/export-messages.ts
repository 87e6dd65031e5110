/**
 * What `export nza` and `export nza-verantwoording` tell the user after the run: the files written,
 * the applications not exported, or why nothing was written. Pure: a run's result in, text out
 * (escaped, in the run's language); the command writes it.
 */
import type { NzaVerantwoordingOverview } from '../verantwoording/overview.js';
import { t } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';
import { escapeControl } from './escape.js';

const text = {
  written: { nl: '{aantal} bestand(en) met een aanvraag aan de NZa geschreven naar {dir} (na het BO-besluit € {bedrag:euro}); plus nza-aanvragen.csv en nza-overzicht.json\n', en: '{aantal} file(s) with a request to the NZa written to {dir} (after the BO decision € {bedrag:euro}); plus nza-aanvragen.csv and nza-overzicht.json\n' },
  notExported: { nl: 'niet geëxporteerd (niet definitief): {lijst}\n', en: 'not exported (not definitief): {lijst}\n' },
  refused: { nl: 'export nza geweigerd, niets geschreven:\n', en: 'export nza refused, nothing written:\n' },
  accountsWritten: { nl: 'overzicht {jaar} voor de NZa geschreven naar {dir}: plausibel € {bedrag:euro} bij {aantal} verzekeraar(s), {apart} project(en) apart; nza-verantwoording-{jaar}.json en .csv\n', en: 'overview {jaar} for the NZa written to {dir}: plausible € {bedrag:euro} at {aantal} insurer(s), {apart} project(s) apart; nza-verantwoording-{jaar}.json and .csv\n' },
} satisfies Record<string, Localized>;

/** `export nza` refused: why, one reason a line (for standard error). */
export function exportNzaRefused(result: { refused: readonly string[] }, lang: Lang): string {
  return t(text.refused, lang) + result.refused.map((r) => `  - ${escapeControl(r)}\n`).join('');
}

/** `export nza` done: what was written, and what was not exported (for standard output). */
export function exportNzaWritten(result: { files: readonly { name: string }[]; overview: { toegekend: number }; notExported: readonly { bestand: string; status: string }[] }, shownDir: string, lang: Lang): string {
  const written = t(text.written, lang, { aantal: result.files.filter((f) => f.name.endsWith('.nza.json')).length, dir: escapeControl(shownDir), bedrag: result.overview.toegekend });
  if (result.notExported.length === 0) return written;
  return written + t(text.notExported, lang, { lijst: result.notExported.map((r) => `${escapeControl(r.bestand)} (${r.status})`).join(', ') });
}

/** `export nza-verantwoording` done: the yearly overview written (for standard output). */
export function exportAccountsWritten(result: { overview: NzaVerantwoordingOverview }, shownDir: string, lang: Lang): string {
  const o = result.overview;
  return t(text.accountsWritten, lang, { jaar: o.jaar, dir: escapeControl(shownDir), bedrag: o.totaal.plausibel, aantal: o.perVerzekeraar.length, apart: o.apart.length });
}
