/**
 * The page shell: the state (form model, data, first check, interface texts) as inert JSON, and
 * the script and stylesheet from the package. The form itself is drawn by src/form/assets/form.js.
 */
import { decisionName, severityName, t } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';

const UI = {
  title: { nl: 'Aanvraagformulier', en: 'Application form' },
  intro: {
    nl: 'Vul het formulier in. Elke wijziging wordt gecontroleerd met dezelfde regels als modelplan check; meldingen staan bij het veld. Opslaan schrijft {file}.',
    en: 'Fill in the form. Every change is checked by the same rules as modelplan check; findings are shown at their field. Saving writes {file}.',
  },
  status: { nl: 'Stand van de controle', en: 'Check status' },
  decision: { nl: 'Beoordeling', en: 'Decision' },
  score: { nl: 'Score', en: 'Score' },
  total: { nl: 'Totaal gevraagd', en: 'Total requested' },
  perFte: { nl: '€ per bespaarde fte', en: '€ per FTE saved' },
  counts: { nl: '{errors} fout(en), {warnings} waarschuwing(en), {infos} info', en: '{errors} error(s), {warnings} warning(s), {infos} info' },
  reasons: { nl: 'Redenen ({n})', en: 'Reasons ({n})' },
  otherFindings: { nl: 'Meldingen over het hele document', en: 'Findings on the whole document' },
  save: { nl: 'Opslaan', en: 'Save' },
  saved: { nl: 'Opgeslagen in {file}; modelplan check zegt: {decision}.', en: 'Saved to {file}; modelplan check says: {decision}.' },
  saveFailed: { nl: 'Opslaan mislukt: {error}', en: 'Saving failed: {error}' },
  confirmOverwrite: { nl: 'Overschrijven met wat in dit formulier staat?', en: 'Overwrite with what is in this form?' },
  notSaved: { nl: 'Niet opgeslagen.', en: 'Not saved.' },
  add: { nl: 'Toevoegen: {label}', en: 'Add: {label}' },
  remove: { nl: 'Verwijder {label} {n}', en: 'Remove {label} {n}' },
  choose: { nl: '— kies —', en: '— choose —' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  required: { nl: 'verplicht', en: 'required' },
  norms: { nl: 'Normen van het modelplan', en: 'Norms of the modelplan' },
  checking: { nl: 'Bezig met controleren…', en: 'Checking…' },
  checkFailed: { nl: 'Controle mislukt: {error}', en: 'Check failed: {error}' },
  none: { nl: '—', en: '—' },
} satisfies Record<string, Localized>;

export type UiTexts = Record<keyof typeof UI, string> & { decisions: Record<string, string>; severities: Record<string, string> };

export function uiTexts(lang: Lang): UiTexts {
  const texts = Object.fromEntries(Object.entries(UI).map(([key, text]) => [key, t(text, lang)])) as Record<keyof typeof UI, string>;
  return {
    ...texts,
    decisions: Object.fromEntries(Object.entries(decisionName).map(([k, v]) => [k, v[lang]])),
    severities: Object.fromEntries(Object.entries(severityName).map(([k, v]) => [k, v[lang]])),
  };
}

/** JSON that is safe inside a <script> element: no `<`, and no line separators JavaScript would choke on. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function pageHtml(state: unknown, token: string, lang: Lang): string {
  const title = escapeHtml(t(UI.title, lang));
  const q = `?token=${encodeURIComponent(token)}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/form.css${q}">
</head>
<body>
<main id="app"><h1>${title}</h1><noscript>JavaScript</noscript></main>
<script type="application/json" id="state">${inertJson(state)}</script>
<script src="/form.js${q}"></script>
</body>
</html>
`;
}
