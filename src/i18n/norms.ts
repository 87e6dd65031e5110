/**
 * The norm prose of a modelplan, written once: how a norm of the frame reads wherever it is shown
 * to an applicant (the comments of `init`, src/init/skeleton.ts; the form, src/form/frame-links.ts;
 * the language server's hover, src/lsp/frame-info.ts; `list`, src/format/list.ts). The norms
 * themselves are data (the modelplan); this module only puts them into words, and marks an assumed
 * norm (bron 'aanname: …') as one wherever it stands. Every phrase template is in NORM_TEXT and
 * nowhere else in src/ (tests/i18n/norms.test.ts).
 */
import { AANNAME_LABEL, AANNAME_WORD, isAanname } from '../domain/bron.js';
import type { Modelplan } from '../domain/types.js';
import type { Lang, Localized } from '../report/types.js';
import { t } from './ui.js';

type Kostencategorie = Modelplan['kostencategorieen'][number];
type Mijlpaal = Modelplan['mijlpalen'][number];
type Randvoorwaarde = Modelplan['randvoorwaarden'][number];

export const NORM_TEXT = {
  norm: { nl: 'Norm: {norm}', en: 'Norm: {norm}' },
  bovengrens: { nl: 'Bovengrens per project: € {bedrag:euro}{mark}', en: 'Upper limit per project: € {bedrag:euro}{mark}' },
  looptijd: { nl: 'Looptijd: {van}–{tot}{mark}', en: 'Term: {van}–{tot}{mark}' },
  minFte: { nl: 'minstens {n} fte{mark}', en: 'at least {n} FTE{mark}' },
  perFte: { nl: 'hooguit € {bedrag:euro} gevraagd per bespaarde fte{mark}', en: 'at most € {bedrag:euro} requested per FTE saved{mark}' },
  fundable: { nl: 'financierbaar', en: 'fundable' },
  notFundable: { nl: 'niet financierbaar', en: 'not fundable' },
  category: { nl: '{id}: {titel}{norm}', en: '{id}: {titel}{norm}' },
  deadline: { nl: 'uiterlijk {datum}{mark}', en: 'by {datum}{mark}' },
  milestone: { nl: '{titel}, {deadline}', en: '{titel}, {deadline}' },
  milestoneMoney: {
    nl: 'Het geld hangt aan de mijlpalen: hun bedragen tellen op tot het totaal van de begroting{mark}.',
    en: 'The money is tied to the milestones: their amounts add up to the budget total{mark}.',
  },
  toelichtingVerplicht: { nl: 'toelichting verplicht', en: 'explanation required' },
  toelichtingNietVerplicht: { nl: 'toelichting niet verplicht', en: 'no explanation required' },
  precondition: { nl: '{titel}{norm}', en: '{titel}{norm}' },
  assumedNote: {
    nl: '(aanname) = een aanname van deze tool, geen norm uit de nota (zie bron in het modelplan).',
    en: '(assumption) = an assumption of this tool, not a norm of the note (see bron in the modelplan).',
  },
} satisfies Record<string, Localized>;

/** ' (aanname)' after a norm whose bron is this tool's assumption, '' otherwise. */
export function assumedMark(bron: string, lang: Lang): string {
  return isAanname(bron) ? ` ${AANNAME_LABEL[lang]}` : '';
}

/** What '(aanname)' means, under a text that marks assumed norms (init, list). */
export function assumedNote(lang: Lang): string {
  return t(NORM_TEXT.assumedNote, lang);
}

/** 'Norm: …' before a norm shown on its own (the form's fields, the hover). */
export function normLine(norm: string, lang: Lang): string {
  return t(NORM_TEXT.norm, lang, { norm });
}

/** 'Bovengrens per project: € 2.000.000 (aanname)'. */
export function bovengrensNorm(m: Modelplan, lang: Lang): string {
  return t(NORM_TEXT.bovengrens, lang, { bedrag: m.bovengrens.bedrag, mark: assumedMark(m.bovengrens.bron, lang) });
}

/** The years of the term, '2027–2029' (the same in both languages). */
export function termYears(m: Modelplan): string {
  return `${m.looptijd.van}–${m.looptijd.tot_en_met}`;
}

/** 'Looptijd: 2027–2029', marked when the term is assumed. */
export function looptijdNorm(m: Modelplan, lang: Lang): string {
  return t(NORM_TEXT.looptijd, lang, { van: m.looptijd.van, tot: m.looptijd.tot_en_met, mark: assumedMark(m.looptijd.bron, lang) });
}

/** The minimum labour saving: 'minstens 3 fte (aanname)'. */
export function minFteNorm(m: Modelplan, lang: Lang): string {
  const norm = m.businesscase.minimale_fte_besparing;
  return t(NORM_TEXT.minFte, lang, { n: norm.waarde, mark: assumedMark(norm.bron, lang) });
}

/** The efficiency norm: 'hooguit € 175.000 gevraagd per bespaarde fte (aanname)'. */
export function perFteNorm(m: Modelplan, lang: Lang): string {
  const norm = m.businesscase.maximaal_bedrag_per_fte;
  return t(NORM_TEXT.perFte, lang, { bedrag: norm.bedrag, mark: assumedMark(norm.bron, lang) });
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

/** A cost category's norm on its own (the hover): 'financierbaar (≤ 40%, aanname)' or 'niet financierbaar'. */
export function fundabilityNorm(c: Kostencategorie, lang: Lang): string {
  return c.financierbaar ? t(NORM_TEXT.fundable, lang) + shareNorm(c, lang) : t(NORM_TEXT.notFundable, lang);
}

/** A cost category with its norm: 'opleiding: Opleiding en training (≤ 30%, aanname)'. */
export function categoryLine(c: Kostencategorie, lang: Lang): string {
  return t(NORM_TEXT.category, lang, { id: c.id, titel: c.titel, norm: categoryNorm(c, lang) });
}

/** A milestone's deadline: 'uiterlijk 2027-06-30 (aanname)' / 'by 2027-06-30 (assumption)'. */
export function deadlineNorm(mp: Mijlpaal, lang: Lang): string {
  return t(NORM_TEXT.deadline, lang, { datum: mp.uiterlijk, mark: assumedMark(mp.bron, lang) });
}

/** A milestone with its deadline: 'Eindevaluatie opgeleverd, uiterlijk 2029-06-30 (aanname)'. */
export function milestoneLine(mp: Mijlpaal, lang: Lang): string {
  return t(NORM_TEXT.milestone, lang, { titel: mp.titel, deadline: deadlineNorm(mp, lang) });
}

/** The money tied to the milestones (geld_aan_mijlpalen), or undefined when the modelplan does not tie it. */
export function milestoneMoneyNorm(m: Modelplan, lang: Lang): string | undefined {
  return m.geld_aan_mijlpalen ? t(NORM_TEXT.milestoneMoney, lang, { mark: assumedMark(m.geld_aan_mijlpalen_bron, lang) }) : undefined;
}

/** A precondition's norm on its own (the hover): 'toelichting verplicht (aanname)'. */
export function explanationNorm(rv: Randvoorwaarde, lang: Lang): string {
  return t(rv.toelichting_verplicht ? NORM_TEXT.toelichtingVerplicht : NORM_TEXT.toelichtingNietVerplicht, lang) + assumedMark(rv.bron, lang);
}

/** A precondition as it is listed: 'DPIA uitgevoerd (toelichting verplicht, aanname)', in the shape of the shares. */
export function preconditionLine(rv: Randvoorwaarde, lang: Lang): string {
  const parts = [rv.toelichting_verplicht ? t(NORM_TEXT.toelichtingVerplicht, lang) : '', isAanname(rv.bron) ? AANNAME_WORD[lang] : ''].filter(Boolean);
  return t(NORM_TEXT.precondition, lang, { titel: rv.titel, norm: parts.length ? ` (${parts.join(', ')})` : '' });
}
