/**
 * The BO's view of the assessments (BudgetReport.beoordeeld, src/budget/assessed.ts) as localized
 * sections of rows and cells: one table model for `budget` (table, markdown), `status` (text,
 * markdown) and the rapport's HTML. Nothing is counted here; cells hold raw text.
 */
import { ASSESSED_OUTCOMES, type AssessedOutcome, type AssessedTheme, type AssessedView, type Euros, type Fraction } from '../../budget/types.js';
import { formatEuros, t } from '../../i18n/ui.js';
import type { Lang, Localized } from '../../report/types.js';
import { formatPercent, shareBar, signedEuros, type Cell, type Row, type Section } from './cells.js';

export const outcomeText = {
  goedgekeurd: { nl: 'Goedgekeurd (beide)', en: 'Approved (both)' },
  aangehouden: { nl: 'Aangehouden', en: 'On hold' },
  afgewezen: { nl: 'Afgewezen', en: 'Rejected' },
  strijdig: { nl: 'Strijdig of verouderd', en: 'Conflicting or stale' },
  wacht: { nl: 'Nog niet beoordeeld', en: 'Not yet assessed' },
  'buiten-ronde': { nl: 'Buiten de ronde (SPUK)', en: 'Outside the round (SPUK)' },
} satisfies Record<AssessedOutcome, Localized>;

export const assessedText = {
  themas: { nl: 'Na beoordeling: per thema', en: 'After assessment: per theme' },
  jaren: { nl: 'Na beoordeling: per thema en jaar', en: 'After assessment: per theme and year' },
  plafonds: { nl: 'Na beoordeling: plafonds', en: 'After assessment: caps' },
  scenarios: { nl: 'Na beoordeling: scenario’s op de goedgekeurde bedragen', en: 'After assessment: scenarios on the approved amounts' },
  thema: { nl: 'Thema', en: 'Theme' },
  jaar: { nl: 'Jaar', en: 'Year' },
  richtbedrag: { nl: 'Richtbedrag (€)', en: 'Guide amount (€)' },
  count: { nl: 'Aanvragen', en: 'Applications' },
  requested: { nl: 'Gevraagd (€)', en: 'Requested (€)' },
  approved: { nl: 'Goedgekeurd (€)', en: 'Approved (€)' },
  difference: { nl: 'Goedgekeurd − richtbedrag (€)', en: 'Approved − guide amount (€)' },
  differencePlafond: { nl: 'Goedgekeurd − plafond (€)', en: 'Approved − cap (€)' },
  share: { nl: 'Goedgekeurd van richtbedrag', en: 'Approved of guide amount' },
  plafond: { nl: 'Plafond', en: 'Cap' },
  totEnMet: { nl: 'T/m jaar', en: 'Up to' },
  plafondBedrag: { nl: 'Plafond (€)', en: 'Cap (€)' },
  shareOfPlafond: { nl: 'Goedgekeurd van plafond', en: 'Approved of cap' },
  factor: { nl: 'Pro-ratafactor', en: 'Pro-rata factor' },
  proRata: { nl: 'Na pro-rata (€)', en: 'After pro rata (€)' },
  rangorde: { nl: 'Na rangorde (€)', en: 'After rank order (€)' },
  verschuiven: { nl: 'Na verschuiven (€)', en: 'After shifting (€)' },
  total: { nl: 'Totaal', en: 'Total' },
  totalBudget: { nl: 'Totaal (budgetkader)', en: 'Total (budget frame)' },
  totalYear: { nl: 'Alle thema’s', en: 'All themes' },
  amountCount: { nl: '{bedrag} ({count})', en: '{bedrag} ({count})' },
  note: {
    nl: 'Bedragen per uitkomst: goedgekeurd tegen het bedrag dat beide verzekeraars toekenden (per jaar verdeeld naar de gevraagde jaren, per ontvanger zoals de beoordeling verdeelt); de andere uitkomsten tegen het gevraagde bedrag. Tussen haakjes het aantal aanvragen. Alleen goedgekeurd telt tegen het richtbedrag.',
    en: 'Amounts per outcome: approved at the amount both insurers granted (spread over the requested years, per receiving party as the decision splits it); the other outcomes at the amount requested. In brackets the number of applications. Only approved counts against the guide amount.',
  },
  approvedLater: {
    nl: 'Goedgekeurd op de route {route} na {jaar} (buiten de periode van {plafond}): € {bedrag}',
    en: 'Approved on route {route} after {jaar} (outside the period of {plafond}): € {bedrag}',
  },
  scenarioNote: {
    nl: 'Alleen goedgekeurde aanvragen doen mee, met hun goedgekeurde bedrag; per thema tellen de bedragen precies op tot wat het scenario beschikbaar stelt.',
    en: 'Only approved applications take part, at their approved amounts; per theme the amounts add up exactly to what the scenario makes available.',
  },
  summaryOver: {
    nl: 'Na beoordeling overtekend: {themes}',
    en: 'Over-subscribed after assessment: {themes}',
  },
  summaryNoneOver: { nl: 'Na beoordeling is geen thema overtekend.', en: 'After assessment no theme is over-subscribed.' },
  summaryTotal: {
    nl: 'Na beoordeling: € {approved} goedgekeurd door beide verzekeraars ({count} aanvragen) van € {requested} gevraagd; € {open} is nog niet beslist (aangehouden, strijdig of verouderd, nog niet beoordeeld), € {rejected} afgewezen.',
    en: 'After assessment: € {approved} approved by both insurers ({count} applications) of € {requested} requested; € {open} is not yet decided (on hold, conflicting or stale, not yet assessed), € {rejected} rejected.',
  },
} satisfies Record<string, Localized>;

const plain = (value: string | number): Cell => ({ text: String(value) });
const left = (header: Localized, lang: Lang) => ({ header: header[lang], align: 'left' as const });
const right = (header: Localized, lang: Lang) => ({ header: header[lang], align: 'right' as const });
const euros = (amount: Euros | null, lang: Lang) => (amount === null ? '—' : formatEuros(amount, lang));
const amountCount = (x: { count: number; bedrag: Euros }, lang: Lang): Cell => (x.count === 0 ? { text: '—', tone: 'muted' } : plain(t(assessedText.amountCount, lang, { bedrag: formatEuros(x.bedrag, lang), count: x.count })));
export const fractionText = (f: Fraction) => `${f.numerator} / ${f.denominator}`;

/** The theme's name as the budget shows it (reserved, not in the budgetkader). */
type ThemeNamer = (thema: AssessedTheme) => string;

/** The outcomes with at least one application (so an empty column does not take the page). */
export function shownOutcomes(view: AssessedView): AssessedOutcome[] {
  return ASSESSED_OUTCOMES.filter((o) => o === 'goedgekeurd' || view.overall.perUitkomst[o].count > 0);
}

/** The one-line answer to the BO's question, for the budget's and the report's summary. */
export function assessedSummary(view: AssessedView, lang: Lang): string[] {
  const u = view.overall.perUitkomst;
  const open = u.aangehouden.bedrag + u.strijdig.bedrag + u.wacht.bedrag;
  const lines = [
    t(assessedText.summaryTotal, lang, {
      approved: formatEuros(view.overall.approved, lang),
      count: u.goedgekeurd.count,
      requested: formatEuros(view.overall.requested, lang),
      open: formatEuros(open, lang),
      rejected: formatEuros(u.afgewezen.bedrag, lang),
    }),
  ];
  const over = view.themas.filter((th) => th.subscription === 'over');
  lines.push(over.length === 0 ? assessedText.summaryNoneOver[lang] : t(assessedText.summaryOver, lang, { themes: over.map((th) => `${th.naam} (${formatPercent(th.percentage, lang)}, ${signedEuros(th.difference, lang)})`).join(', ') }));
  return lines;
}

export function assessedSections(view: AssessedView, lang: Lang, themeName: ThemeNamer): Section[] {
  const outcomes = shownOutcomes(view);
  const themeRows: Row[] = view.themas.map((th) => ({
    cells: [
      plain(themeName(th)),
      plain(euros(th.richtbedrag, lang)),
      plain(th.count),
      plain(formatEuros(th.requested, lang)),
      ...outcomes.map((o) => amountCount(th.perUitkomst[o], lang)),
      plain(signedEuros(th.difference, lang)),
      shareBar(th.approved, th.richtbedrag, th.percentage, th.subscription, lang),
    ],
  }));
  const o = view.overall;
  themeRows.push({
    kind: 'total',
    cells: [
      plain(assessedText.totalBudget[lang]),
      plain(formatEuros(o.budget, lang)),
      plain(o.count),
      plain(formatEuros(o.requested, lang)),
      ...outcomes.map((x) => amountCount(o.perUitkomst[x], lang)),
      plain(signedEuros(o.difference, lang)),
      shareBar(o.approved, o.budget, o.percentage, o.subscription, lang),
    ],
  });
  const outcomeColumns = outcomes.map((x) => right({ nl: `${outcomeText[x].nl} (€)`, en: `${outcomeText[x].en} (€)` }, lang));
  const sections: Section[] = [
    {
      title: assessedText.themas[lang],
      columns: [left(assessedText.thema, lang), right(assessedText.richtbedrag, lang), right(assessedText.count, lang), right(assessedText.requested, lang), ...outcomeColumns, right(assessedText.difference, lang), left(assessedText.share, lang)],
      rows: themeRows,
      notes: [assessedText.note[lang]],
    },
  ];

  const yearRows: Row[] = [];
  const yearCells = (label: string, y: { requested: Euros; perUitkomst: Record<AssessedOutcome, Euros> }) => [plain(label), plain(formatEuros(y.requested, lang)), ...outcomes.map((x) => plain(formatEuros(y.perUitkomst[x], lang)))];
  for (const th of view.themas.filter((x) => x.count > 0)) {
    yearRows.push({ kind: 'total', cells: [plain(themeName(th)), plain(formatEuros(th.requested, lang)), ...outcomes.map((x) => plain(formatEuros(th.perUitkomst[x].bedrag, lang)))] });
    for (const y of th.jaren) yearRows.push({ kind: 'sub', cells: yearCells(`  └ ${y.jaar}`, y) });
  }
  yearRows.push({ kind: 'total', cells: [plain(assessedText.totalYear[lang]), plain(formatEuros(o.requested, lang)), ...outcomes.map((x) => plain(formatEuros(o.perUitkomst[x].bedrag, lang)))] });
  for (const y of view.jaren) yearRows.push({ kind: 'sub', cells: yearCells(`  └ ${y.jaar}`, y) });
  sections.push({ title: assessedText.jaren[lang], columns: [left(assessedText.thema, lang), right(assessedText.requested, lang), ...outcomeColumns], rows: yearRows, notes: [] });

  if (view.plafonds.length > 0) {
    sections.push({
      title: assessedText.plafonds[lang],
      columns: [left(assessedText.plafond, lang), right(assessedText.totEnMet, lang), right(assessedText.plafondBedrag, lang), right(assessedText.requested, lang), right(assessedText.approved, lang), right(assessedText.differencePlafond, lang), left(assessedText.shareOfPlafond, lang)],
      rows: view.plafonds.map((p) => ({
        cells: [plain(p.naam), plain(p.totEnMet), plain(formatEuros(p.bedrag, lang)), plain(formatEuros(p.requested, lang)), plain(formatEuros(p.approved, lang)), plain(signedEuros(p.difference, lang)), shareBar(p.approved, p.bedrag, p.percentage, p.subscription, lang)],
      })),
      notes: view.plafonds.filter((p) => p.approvedLater > 0n).map((p) => t(assessedText.approvedLater, lang, { route: p.financieringsroute, jaar: p.totEnMet, plafond: p.naam, bedrag: formatEuros(p.approvedLater, lang) })),
    });
  }

  const byMethod = new Map(view.scenarios.map((s) => [s.method, s]));
  const scenarioHeads = view.scenarios.map((s) => right(assessedText[s.method === 'pro-rata' ? 'proRata' : s.method], lang));
  const scenarioRows: Row[] = view.themas
    .filter((th) => th.count > 0 || th.richtbedrag !== null)
    .map((th) => ({
      cells: [
        plain(themeName(th)),
        plain(euros(th.richtbedrag, lang)),
        plain(formatEuros(th.approved, lang)),
        plain(th.proRata ? `${fractionText(th.proRata.factor)} (${formatPercent(th.proRata.percentage, lang)})` : '—'),
        ...view.scenarios.map((s) => {
          const row = s.themas.find((x) => x.id === th.id);
          const allocated = row?.allocated ?? 0n;
          return { text: formatEuros(allocated, lang), ...(allocated < th.approved ? { tone: 'over' as const } : {}) };
        }),
      ],
    }));
  scenarioRows.push({
    kind: 'total',
    cells: [plain(assessedText.total[lang]), plain(formatEuros(o.budget, lang)), plain(formatEuros(o.approved, lang)), plain(''), ...view.scenarios.map((s) => plain(formatEuros(byMethod.get(s.method)!.allocated, lang)))],
  });
  sections.push({
    title: assessedText.scenarios[lang],
    columns: [left(assessedText.thema, lang), right(assessedText.richtbedrag, lang), right(assessedText.approved, lang), right(assessedText.factor, lang), ...scenarioHeads],
    rows: scenarioRows,
    notes: [assessedText.scenarioNote[lang]],
  });
  return sections;
}
