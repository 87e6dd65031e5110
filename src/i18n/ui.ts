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

/** An interface text in one language: the one filler (src/i18n/template.ts) on its template. */
export function t(text: Localized, lang: Lang, args: TemplateArgs = {}): string {
  return fillTemplate(text[lang], args, lang);
}

export { formatDecimal, formatEuros } from './numbers.js';

