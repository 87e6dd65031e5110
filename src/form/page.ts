/**
 * The page shell: the state (form model, data, first check, interface texts) as inert JSON, and
 * the script and stylesheet from the package. The form itself is drawn by src/form/assets/form.js.
 */
import { decisionName, severityName, t } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';

const UI = {
  title: { nl: 'Aanvraagformulier AZWA-doorbraakmiddelen', en: 'Application form AZWA breakthrough funds' },
  intro: {
    nl: 'Vul de stappen in. Wat u typt, wordt meteen gecontroleerd met dezelfde regels als modelplan check; een melding staat bij het veld. Bij de laatste stap controleert u alles en slaat u op in {file}.',
    en: 'Fill in the steps. What you type is checked at once by the same rules as modelplan check; a finding is shown at its field. At the last step you check everything and save to {file}.',
  },
  status: { nl: 'Stand van uw aanvraag', en: 'State of your application' },
  decision: { nl: 'Beoordeling', en: 'Decision' },
  score: { nl: 'Score', en: 'Score' },
  total: { nl: 'Totaal gevraagd', en: 'Total requested' },
  bovengrens: { nl: 'Bovengrens', en: 'Upper limit' },
  waiting: { nl: '{n} begrotingsregel(s) nog niet meegeteld', en: '{n} budget line(s) not counted yet' },
  shares: { nl: 'Verdeling over de kostencategorieën', en: 'Spread over the cost categories' },
  perFte: { nl: '€ per bespaarde fte', en: '€ per FTE saved' },
  counts: { nl: '{errors} fout(en), {warnings} waarschuwing(en), {infos} info', en: '{errors} error(s), {warnings} warning(s), {infos} info' },
  reasons: { nl: 'Redenen voor aanvullende beoordeling ({n})', en: 'Reasons for additional review ({n})' },
  otherFindings: { nl: 'Meldingen over de hele aanvraag', en: 'Findings on the whole application' },
  fixed: { nl: 'Vastgelegd door het modelplan', en: 'Fixed by the modelplan' },
  steps: { nl: 'Stappen', en: 'Steps' },
  stepOf: { nl: 'Stap {n} van {total}', en: 'Step {n} of {total}' },
  previous: { nl: 'Vorige stap', en: 'Previous step' },
  next: { nl: 'Volgende stap', en: 'Next step' },
  problems: { nl: 'Er is een probleem', en: 'There is a problem' },
  problemsCount: { nl: '{n} melding(en)', en: '{n} finding(s)' },
  change: { nl: 'Wijzig {label}', en: 'Change {label}' },
  empty: { nl: 'Niet ingevuld', en: 'Not filled in' },
  fix: { nl: 'Verbeter naar {value}', en: 'Correct to {value}' },
  assessors: { nl: 'Voor beoordelaars', en: 'For assessors' },
  rule: { nl: 'Regel {rule}', en: 'Rule {rule}' },
  save: { nl: 'Aanvraag opslaan', en: 'Save application' },
  saved: { nl: 'Opgeslagen in {file}; modelplan check zegt: {decision}.', en: 'Saved to {file}; modelplan check says: {decision}.' },
  saveFailed: { nl: 'Opslaan mislukt: {error}', en: 'Saving failed: {error}' },
  confirmOverwrite: { nl: 'Overschrijven met wat in dit formulier staat?', en: 'Overwrite with what is in this form?' },
  notSaved: { nl: 'Niet opgeslagen.', en: 'Not saved.' },
  add: { nl: 'Toevoegen: {label}', en: 'Add: {label}' },
  remove: { nl: 'Verwijder {label} {n}', en: 'Remove {label} {n}' },
  removed: { nl: '{label} {n} is verwijderd.', en: '{label} {n} was removed.' },
  choose: { nl: '— kies —', en: '— choose —' },
  noMembers: { nl: '— voer eerst de leden in —', en: '— enter the members first —' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  optional: { nl: '(niet verplicht)', en: '(optional)' },
  norms: { nl: 'Normen van het modelplan', en: 'Norms of the modelplan' },
  checking: { nl: 'Bezig met controleren…', en: 'Checking…' },
  checked: { nl: 'Gecontroleerd: {counts}.', en: 'Checked: {counts}.' },
  checkFailed: { nl: 'Controle mislukt: {error}', en: 'Check failed: {error}' },
  offline: {
    nl: 'De verbinding met modelplan formulier is verbroken. Uw invoer is niet verloren: hij staat als concept in deze browser. Start modelplan formulier opnieuw en laad deze pagina opnieuw, of download uw aanvraag als YAML.',
    en: 'The connection to modelplan formulier was lost. Your input is not lost: it is kept as a draft in this browser. Start modelplan formulier again and reload this page, or download your application as YAML.',
  },
  download: { nl: 'Download als YAML', en: 'Download as YAML' },
  draftRestored: { nl: 'Uw concept van {when} is teruggezet (het stond nog in deze browser).', en: 'Your draft of {when} was restored (it was still in this browser).' },
  discardDraft: { nl: 'Concept weggooien en beginnen met het bestand', en: 'Discard the draft and start from the file' },
  partial: { nl: 'voorlopig', en: 'preliminary' },
  partialHelp: {
    nl: 'Voorlopig: de regels van het modelplan op wat er al klopt; de beoordeling volgt als alle velden kloppen.',
    en: 'Preliminary: the modelplan’s rules on what is already right; the decision follows once every field is.',
  },
  none: { nl: '—', en: '—' },
} satisfies Record<string, Localized>;

const MISSING_TOKEN = {
  title: { nl: 'Deze link is niet compleet', en: 'This link is incomplete' },
  body: {
    nl: 'Het formulier opent alleen met de volledige link die modelplan formulier in het terminalvenster toonde (met ?token=… aan het eind). Kopieer die link helemaal, of start modelplan formulier opnieuw.',
    en: 'The form only opens with the full link modelplan formulier showed in the terminal window (ending in ?token=…). Copy that link completely, or start modelplan formulier again.',
  },
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
<link rel="stylesheet" href="/nlds.css${q}">
<link rel="stylesheet" href="/form.css${q}">
</head>
<body class="utrecht-document utrecht-theme modelplan-theme">
<main id="app"><h1>${title}</h1><noscript>JavaScript</noscript></main>
<script type="application/json" id="state">${inertJson(state)}</script>
<script src="/form.js${q}"></script>
</body>
</html>
`;
}

/** The page for an address without its token: what to do, in the user's language. */
export function missingTokenHtml(lang: Lang): string {
  const title = escapeHtml(t(MISSING_TOKEN.title, lang));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<main><h1>${title}</h1><p>${escapeHtml(t(MISSING_TOKEN.body, lang))}</p></main>
</body>
</html>
`;
}
