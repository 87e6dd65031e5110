/**
 * The norm prose of a modelplan, written once: how a norm of the frame reads wherever it is shown
 * to an applicant (the comments of `init`, src/init/skeleton.ts; the form, src/form/frame-links.ts;
 * the language server's hover, src/lsp/frame-info.ts). The norms themselves are data (the
 * modelplan); this module only puts them into words, and marks an assumed norm (bron 'aanname: …')
 * as one wherever it stands.
 */
import { AANNAME_LABEL, AANNAME_WORD, isAanname } from '../domain/bron.js';
import type { Modelplan } from '../domain/types.js';
import type { Lang, Localized } from '../report/types.js';
import { t } from './ui.js';

type Kostencategorie = Modelplan['kostencategorieen'][number];

export const NORM_TEXT = {
  notFundable: { nl: 'niet financierbaar', en: 'not fundable' },
  deadline: { nl: 'uiterlijk {datum}', en: 'by {datum}' },
  toelichtingVerplicht: { nl: 'toelichting verplicht', en: 'explanation required' },
} satisfies Record<string, Localized>;

/** ' (aanname)' after a norm whose bron is this tool's assumption, '' otherwise. */
export function assumedMark(bron: string, lang: Lang): string {
  return isAanname(bron) ? ` ${AANNAME_LABEL[lang]}` : '';
}

/** A cost category's norm shares, ' (≥ 30%, ≤ 70%, aanname)', or '' when it has none. */
export function shareNorm(c: Kostencategorie, lang: Lang): string {
  const parts = [c.min_aandeel !== undefined ? `≥ ${c.min_aandeel}%` : '', c.max_aandeel !== undefined ? `≤ ${c.max_aandeel}%` : ''].filter(Boolean);
  if (parts.length && isAanname(c.bron)) parts.push(AANNAME_WORD[lang]);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A cost category's norm as it follows its title: its shares, or ' (niet financierbaar)'. */
export function categoryNorm(c: Kostencategorie, lang: Lang): string {
  return c.financierbaar ? shareNorm(c, lang) : ` (${t(NORM_TEXT.notFundable, lang)})`;
}

/** A milestone's deadline: 'uiterlijk 2027-06-30' / 'by 2027-06-30'. */
export function deadlineNorm(datum: string, lang: Lang): string {
  return t(NORM_TEXT.deadline, lang, { datum });
}
