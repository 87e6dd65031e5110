/** Interface texts (headings, summary line, help), in Dutch and English. Rule messages live with their rule. */
import { fillTemplate, type TemplateArgs } from './template.js';
import type { Decision, Lang, Localized, Severity } from '../report/types.js';

export const severityName: Record<Severity, Localized> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};

export const decisionName: Record<Decision, Localized> = {
  ongeldig: { nl: 'ongeldig', en: 'invalid' },
  'aanvullende-beoordeling': { nl: 'aanvullende beoordeling', en: 'additional review' },
  standaard: { nl: 'standaard', en: 'standard' },
};

export const ui = {
  noFindings: { nl: 'geen bevindingen', en: 'no findings' },
  note: { nl: 'let op', en: 'note' },
  moreFindings: { nl: '… en {count} meer (zie --max-findings)', en: '… and {count} more (see --max-findings)' },
  score: { nl: 'score', en: 'score' },
  reasons: { nl: 'redenen voor aanvullende beoordeling', en: 'reasons for additional review' },
  summaryFiles: {
    nl: '{files} bestand(en): {valid} zonder fouten, {withErrors} met fouten; {errors} fout(en), {warnings} waarschuwing(en), {infos} info',
    en: '{files} file(s): {valid} without errors, {withErrors} with errors; {errors} error(s), {warnings} warning(s), {infos} info',
  },
  summaryLate: {
    nl: 'na het indienmoment toegevoegd, telt nergens mee ({aantal}): {files}',
    en: 'added after the submission moment, counts for nothing ({aantal}): {files}',
  },
  summaryDecisions: {
    nl: 'beoordeling: {standaard} standaard, {review} aanvullende beoordeling, {ongeldig} ongeldig',
    en: 'review: {standaard} standard, {review} additional review, {ongeldig} invalid',
  },
  scoreHeader: {
    nl: 'score {total} = conformiteit {conformiteit} × {wc} + doelmatigheid {doelmatigheid} × {wd}, gedeeld door {wsum}',
    en: 'score {total} = conformity {conformiteit} × {wc} + efficiency {doelmatigheid} × {wd}, divided by {wsum}',
  },
  scoreElement: {
    nl: '{element}: {met} van {counted} voldaan, gewicht {weight} (bepaald door {rules})',
    en: '{element}: {met} of {counted} met, weight {weight} (decided by {rules})',
  },
  scoreEfficiency: {
    nl: 'doelmatigheid {doelmatigheid} = 100 × norm € {norm} ÷ € {euroPerFte} per bespaarde fte (meer fte per euro geeft een hogere score, tot de plausibele grens max_doelmatigheid van het modelplan)',
    en: 'efficiency {doelmatigheid} = 100 × norm € {norm} ÷ € {euroPerFte} per fte saved (more fte per euro scores higher, up to the modelplan’s plausible limit max_doelmatigheid)',
  },
  requested: { nl: 'gevraagd € {totaal}', en: 'requested € {totaal}' },
  perFte: { nl: '€ {euroPerFte} per bespaarde fte', en: '€ {euroPerFte} per fte saved' },
  noFteSaved: { nl: 'geen bespaarde fte', en: 'no fte saved' },
  scoreNoFte: { nl: 'doelmatigheid: geen bespaarde fte, dus 0', en: 'efficiency: no fte saved, so 0' },
  watchWaiting: {
    nl: '[{time}] {files} bestand(en), {errors} fout(en), {warnings} waarschuwing(en); wacht op wijzigingen (Ctrl+C stopt)',
    en: '[{time}] {files} file(s), {errors} error(s), {warnings} warning(s); waiting for changes (Ctrl+C stops)',
  },
  watchStopped: { nl: 'gestopt met volgen', en: 'stopped watching' },
} satisfies Record<string, Localized>;

export function t(text: Localized, lang: Lang, args: TemplateArgs = {}): string {
  return fillTemplate(text[lang], args);
}

/**
 * A number with the language's decimal mark (65,8 in Dutch, 65.8 in English); `digits` fixes the
 * number of decimals, otherwise the number is shown as computed.
 */
export function formatDecimal(value: number, lang: Lang, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

const GROUP_SEPARATOR: Record<Lang, string> = { nl: '.', en: ',' };
const eurosFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * Whole euros with Dutch or English digit grouping, e.g. 1.250.000 or 1,250,000. Whole amounts (all
 * money here) are grouped directly, exactly as Intl.NumberFormat groups them (tests/i18n), because
 * starting ICU's number formatting costs a single-file run a sixth of its time; anything else goes
 * through one cached Intl.NumberFormat per language.
 */
export function formatEuros(amount: number | bigint, lang: Lang): string {
  if (typeof amount === 'bigint' || (Number.isSafeInteger(amount) && !Object.is(amount, -0))) {
    const digits = String(amount);
    const sign = digits.startsWith('-') ? '-' : '';
    return sign + digits.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang]);
  }
  let format = eurosFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0, useGrouping: true });
    eurosFormats.set(lang, format);
  }
  return format.format(amount);
}
