/**
 * The report for the BO IZA/AZWA as one self-contained HTML page: inline CSS (with an A4 print
 * stylesheet), charts as inline SVG with a text alternative, every figure also in a table, and a
 * small inline script that only adds sorting and filtering to the table of applications. The page
 * loads nothing and reads fully without script. Every text from the inputs is escaped; no input
 * reaches the script (it reads only the table's cells). Figure cells carry their exact value in
 * `data-euro` (whole euros) so tests can compare them with `budget --format json`.
 */
import type { Euros, PercentTenths, Scenario, ScenarioMethod } from '../../budget/types.js';
import { formatEuros, t } from '../../i18n/ui.js';
import type { RapportApplication, RapportReport } from '../../rapport/types.js';
import { DECISIONS, type Lang, type Localized } from '../../report/types.js';
import { escapeControl } from '../escape.js';
import { formatPercent, reservedNotes, signedEuros, themeLabel, type Section } from '../budget/sections.js';
import { assessedSections, assessedSummary } from '../budget/assessed.js';
import { decisionText, rapportText as text, scenarioText } from './labels.js';
import { statusName } from '../status/labels.js';
import type { Status } from '../../round/types.js';
import type { RapportFormatter } from './types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute: control characters visible, markup characters as entities. */
export function escapeHtml(value: string | number): string {
  return escapeControl(String(value)).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const NO_VALUE = '—';

interface Ctx {
  lang: Lang;
}

const L = (ctx: Ctx, label: Localized, args?: Record<string, string | number>) => escapeHtml(args ? t(label, ctx.lang, args) : label[ctx.lang]);

/** A cell with a whole-euro figure; its exact value in data-euro (empty when unknown). */
function euroCell(amount: Euros | null, ctx: Ctx, extra = ''): string {
  if (amount === null) return `<td class="num" data-euro="" data-sort=""${extra}>${NO_VALUE}</td>`;
  return `<td class="num" data-euro="${amount}" data-sort="${amount}"${extra}>${escapeHtml(formatEuros(amount, ctx.lang))}</td>`;
}

function countCell(count: number, field: string): string {
  return `<td class="num" data-count="${field}" data-sort="${count}">${count}</td>`;
}

function percentCell(tenths: PercentTenths, over: boolean, ctx: Ctx): string {
  const shown = escapeHtml(formatPercent(tenths, ctx.lang));
  return `<td class="num${over ? ' over' : ''}">${shown}${over ? ` <span class="tag">▲ ${L(ctx, text.over)}</span>` : ''}</td>`;
}

const th = (label: string, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}>${label}</th>`;

interface Bar {
  label: string;
  requested: Euros;
  reference: Euros | null;
  percentage: PercentTenths;
  over: boolean;
}

/**
 * A horizontal bar chart: one bar per row (requested), a dark mark at its reference (guide amount,
 * cap or amount for the year). role=img with a title and a description that say every figure.
 */
function barChart(id: string, title: string, bars: readonly Bar[], ctx: Ctx): string {
  const width = 760;
  const labelWidth = 290;
  const plotWidth = 380;
  const rowHeight = 34;
  const top = 8;
  const height = top + bars.length * rowHeight + 30;
  let scale = 1n;
  for (const bar of bars) {
    if (bar.requested > scale) scale = bar.requested;
    if (bar.reference !== null && bar.reference > scale) scale = bar.reference;
  }
  const x = (amount: Euros) => labelWidth + Number((amount * BigInt(plotWidth * 10)) / scale) / 10;
  const descriptions = bars.map((bar) =>
    bar.reference === null
      ? t(text.chartBarNoReference, ctx.lang, { label: bar.label, requested: formatEuros(bar.requested, ctx.lang) })
      : t(text.chartBar, ctx.lang, {
          label: bar.label,
          requested: formatEuros(bar.requested, ctx.lang),
          reference: formatEuros(bar.reference, ctx.lang),
          percentage: formatPercent(bar.percentage, ctx.lang),
        }),
  );
  const rows = bars.map((bar, i) => {
    const y = top + i * rowHeight;
    const end = x(bar.requested);
    const mark = bar.reference === null ? '' : `<line class="ref" x1="${x(bar.reference)}" x2="${x(bar.reference)}" y1="${y + 2}" y2="${y + 26}"/>`;
    const value = bar.reference === null ? formatEuros(bar.requested, ctx.lang) : `${formatPercent(bar.percentage, ctx.lang)}${bar.over ? ' ▲' : ''}`;
    return (
      `<g><title>${escapeHtml(descriptions[i]!)}</title>` +
      `<text class="label" x="${labelWidth - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(shorten(bar.label, 36))}</text>` +
      `<rect class="${bar.over ? 'bar over' : 'bar'}" x="${labelWidth}" y="${y + 6}" width="${Math.max(end - labelWidth, 0.5)}" height="16"/>` +
      mark +
      `<text class="value" x="${Math.min(end, labelWidth + plotWidth) + 6}" y="${y + 19}">${escapeHtml(value)}</text></g>`
    );
  });
  const legendY = top + bars.length * rowHeight + 16;
  const legend =
    `<rect class="bar" x="${labelWidth}" y="${legendY - 9}" width="12" height="10"/><text class="legend" x="${labelWidth + 18}" y="${legendY}">${L(ctx, text.legendRequested)}</text>` +
    `<line class="ref" x1="${labelWidth + 120}" x2="${labelWidth + 120}" y1="${legendY - 11}" y2="${legendY + 2}"/><text class="legend" x="${labelWidth + 128}" y="${legendY}">${L(ctx, text.legendReference)}</text>`;
  return (
    `<figure class="chart"><svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(descriptions.join('; '))}</desc>` +
    rows.join('') +
    legend +
    `</svg></figure>`
  );
}

function shorten(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : chars.slice(0, max - 1).join('') + '…';
}

function stampSection(report: RapportReport, ctx: Ctx): string {
  const s = report.stamp;
  const files = t(text.filesLine, ctx.lang, {
    total: s.files.total,
    counted: s.files.counted,
    invalid: s.files.invalid,
    unreadable: s.files.unreadable,
    duplicates: s.files.duplicates,
    review: s.files.additionalReviewLeftOut,
    needReview: report.review.count,
    frame: s.files.frameFiles,
  }) + (s.files.late > 0 ? t(text.filesLate, ctx.lang, { late: s.files.late }) : '');
  const plans = s.modelplannen.map((m) => `<li><code>${escapeHtml(m.id)}</code> ${escapeHtml(m.versie)} (${escapeHtml(m.status)})</li>`).join('');
  return (
    `<section id="stempel" aria-labelledby="stempel-h"><h2 id="stempel-h">${L(ctx, text.stamp)}</h2><dl class="stamp">` +
    `<dt>${L(ctx, text.peildatum)}</dt><dd data-field="peildatum"><time datetime="${escapeHtml(s.peildatum)}">${escapeHtml(s.peildatum)}</time></dd>` +
    `<dt>${L(ctx, text.tool)}</dt><dd data-field="tool">${escapeHtml(s.tool.name)} ${escapeHtml(s.tool.version)}</dd>` +
    `<dt>${L(ctx, text.budgetkader)}</dt><dd data-field="budgetkader"><code>${escapeHtml(s.budgetkader.id)}</code> ${escapeHtml(s.budgetkader.versie)} (${escapeHtml(s.budgetkader.status)})</dd>` +
    `<dt>${L(ctx, text.register)}</dt><dd data-field="register">${s.register ? escapeHtml(t(text.registerValue, ctx.lang, { bestand: s.register.bestand, peildatum: s.register.peildatum, hash: s.register.registerHash })) : L(ctx, text.noRegister)}</dd>` +
    `<dt>${L(ctx, text.files)}</dt><dd data-field="files">${escapeHtml(files)}</dd>` +
    `<dt>${L(ctx, text.modelplannen)} (${s.modelplannen.length})</dt><dd data-field="modelplannen"><ul class="plans">${plans}</ul></dd>` +
    `</dl>${s.excludeAdditionalReview ? `<p class="note">${L(ctx, text.excludeNote)}</p>` : ''}</section>`
  );
}

/** The file's name without its folders; the full path goes in a title (and stays in data-file). */
function shortName(file: string): string {
  return file.split('/').pop() ?? file;
}

const GLANCE_REASONS = 5;
const GLANCE_CUTS = 8;

/**
 * The first page: what the board asks. Requested per theme against its guide amount, how many
 * applications need additional review and why, the invalid ones apart, and who gets less under
 * each scenario. Every figure comes from the report (src/rapport/build.ts); nothing is counted here.
 */
function summarySection(report: RapportReport, ctx: Ctx): string {
  if (report.budget.beoordeeld && report.advice) return assessedSummarySection(report, ctx);
  const o = report.budget.overall;
  const items = [t(text.summaryTotal, ctx.lang, { count: o.count, requested: formatEuros(o.requested, ctx.lang), budget: formatEuros(o.budget, ctx.lang), percentage: formatPercent(o.percentage, ctx.lang) })];
  for (const p of report.budget.plafonds) {
    items.push(t(text.summaryZvw, ctx.lang, { requested: formatEuros(p.requested, ctx.lang), bedrag: formatEuros(p.bedrag, ctx.lang), percentage: formatPercent(p.percentage, ctx.lang) }));
  }
  const over = report.budget.themas.filter((th) => th.subscription === 'over');
  items.push(over.length === 0 ? text.summaryNoneOver[ctx.lang] : t(text.summaryOver, ctx.lang, { themes: over.map((th) => `${th.naam} (${formatPercent(th.percentage, ctx.lang)})`).join(', ') }));
  items.push(...invalidItems(report, ctx));
  const themeRows = report.budget.themas
    .filter((th) => th.count > 0 || th.richtbedrag !== null)
    .map((th) => `<tr data-key="${escapeHtml(th.id)}"><th scope="row">${escapeHtml(themeLabel(th, ctx.lang))}</th>${euroCell(th.richtbedrag, ctx, ' data-field="richtbedrag"')}${euroCell(th.requested, ctx, ' data-field="requested"')}${percentCell(th.percentage, th.subscription === 'over', ctx)}</tr>`)
    .join('');
  const themes = `<table class="glance"><caption>${L(ctx, text.glanceThemes)}</caption><thead><tr>${th(L(ctx, text.thema))}${th(L(ctx, text.richtbedrag), true)}${th(L(ctx, text.requested), true)}${th(L(ctx, text.share), true)}</tr></thead><tbody>${themeRows}</tbody></table>`;
  return (
    `<section id="samenvatting" aria-labelledby="samenvatting-h"><h2 id="samenvatting-h">${L(ctx, text.summary)}</h2><ul class="summary">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` +
    `<div class="glance-grid"><div>${themes}</div><div>${reviewBlock(report, ctx)}</div></div>${cutsTable(report, ctx)}</section>`
  );
}

function invalidItems(report: RapportReport, ctx: Ctx): string[] {
  const inv = report.invalid;
  return inv.count > 0 ? [t(text.summaryInvalid, ctx.lang, { count: inv.count, requested: formatEuros(inv.requested, ctx.lang), withAmount: inv.withAmount, withoutAmount: inv.withoutAmount })] : [];
}

/** How many applications need additional review, and the reasons named most. */
function reviewBlock(report: RapportReport, ctx: Ctx): string {
  const r = report.review;
  return r.count === 0
    ? `<p data-field="review">${L(ctx, text.glanceReviewNone)}</p>`
    : `<p data-field="review"><strong>${L(ctx, text.glanceReview, { count: r.count, total: report.applications.length })}</strong> ${L(ctx, text.glanceReasons)}:</p>` +
        `<ol class="reasons-top">${r.reasons.slice(0, GLANCE_REASONS).map((x) => `<li data-rule="${escapeHtml(x.ruleId)}">${L(ctx, text.glanceReason, { title: x.title, count: x.applications })}</li>`).join('')}</ol>`;
}

/**
 * The first page after assessment (decision files among the inputs): the BO's question. Per theme
 * what both insurers approved against the richtbedrag (over or under, by how much), what is still
 * open, and per scenario in a line who gets less. Every figure comes from the report.
 */
function assessedSummarySection(report: RapportReport, ctx: Ctx): string {
  const view = report.budget.beoordeeld!;
  const advice = report.advice!;
  const o = report.budget.overall;
  const items = [t(text.summaryTotal, ctx.lang, { count: o.count, requested: formatEuros(o.requested, ctx.lang), budget: formatEuros(o.budget, ctx.lang), percentage: formatPercent(o.percentage, ctx.lang) }), ...assessedSummary(view, ctx.lang)];
  for (const p of view.plafonds) {
    items.push(t(text.summaryZvwApproved, ctx.lang, { approved: formatEuros(p.approved, ctx.lang), bedrag: formatEuros(p.bedrag, ctx.lang), percentage: formatPercent(p.percentage, ctx.lang) }));
  }
  items.push(...invalidItems(report, ctx));
  const themeRows = advice
    .map(
      (a) =>
        `<tr data-key="${escapeHtml(a.thema)}"><th scope="row">${escapeHtml(a.naam)}</th>${euroCell(a.richtbedrag, ctx, ' data-field="richtbedrag"')}${euroCell(a.requested, ctx, ' data-field="requested"')}${euroCell(a.approved, ctx, ' data-field="approved"')}${percentCell(a.percentage, a.subscription === 'over', ctx)}${euroCell(a.open, ctx, ' data-field="open"')}<td class="num">${escapeHtml(formatPercent(a.openPercentage, ctx.lang))}</td>${euroCell(a.rejected, ctx, ' data-field="rejected"')}</tr>`,
    )
    .join('');
  const themes =
    `<table class="glance"><caption>${L(ctx, text.glanceAssessed)}</caption><thead><tr>${th(L(ctx, text.thema))}${th(L(ctx, text.richtbedrag), true)}${th(L(ctx, text.requested), true)}${th(L(ctx, text.approved), true)}${th(L(ctx, text.share), true)}${th(L(ctx, text.open), true)}${th(L(ctx, text.openShare), true)}${th(L(ctx, text.rejected), true)}</tr></thead><tbody>${themeRows}</tbody></table>`;
  const noCuts = advice.every((a) => a.scenarios.every((s) => s.less === 0));
  const lines = advice.map((a) => {
    const e = (x: Euros) => formatEuros(x, ctx.lang);
    const head =
      a.richtbedrag === null
        ? t(text.adviceNoReference, ctx.lang, { naam: a.naam, approved: e(a.approved) })
        : a.subscription === 'over'
          ? t(text.adviceOver, ctx.lang, { naam: a.naam, approved: e(a.approved), richtbedrag: e(a.richtbedrag), percentage: formatPercent(a.percentage, ctx.lang), over: e(a.difference!) })
          : t(text.adviceUnder, ctx.lang, { naam: a.naam, approved: e(a.approved), richtbedrag: e(a.richtbedrag), percentage: formatPercent(a.percentage, ctx.lang), room: e(-a.difference!) });
    const open = a.open > 0n && a.richtbedrag !== null ? `<li>${L(ctx, text.adviceOpen, { open: e(a.open), percentage: formatPercent(a.openPercentage, ctx.lang) })}</li>` : '';
    const outside = a.outside > 0n ? `<li>${L(ctx, text.adviceOutside, { outside: e(a.outside) })}</li>` : '';
    // A theme where no scenario cuts anyone gets no scenario lines; that is said once, under the themes.
    const scenarios = a.scenarios.every((s) => s.less === 0)
      ? ''
      : a.scenarios
          .map((s) =>
            s.less === 0
              ? `<li data-scenario="${s.method}">${L(ctx, text.adviceScenarioFull, { scenario: scenarioText[s.method][ctx.lang], allocated: e(s.allocated) })}</li>`
              : `<li data-scenario="${s.method}" data-less="${s.less}" data-cut="${s.cut}">${L(ctx, text.adviceScenarioCut, {
                  scenario: scenarioText[s.method][ctx.lang],
                  allocated: e(s.allocated),
                  less: s.less,
                  cut: e(s.cut),
                  nothing: s.nothing,
                  largest: s.largest.map((x) => t(text.adviceLargest, ctx.lang, { name: shorten(x.titel ?? shortName(x.file), 40), allocated: e(x.allocated), approved: e(x.approved) })).join('; '),
                })}</li>`,
          )
          .join('');
    const details = open + outside + scenarios;
    return `<li data-advice="${escapeHtml(a.thema)}" data-subscription="${a.subscription ?? ''}"><strong>${escapeHtml(head)}</strong>${details === '' ? '' : `<ul>${details}</ul>`}</li>`;
  });
  lines.push(`<li data-field="advice-no-cuts">${L(ctx, noCuts ? text.adviceNoCuts : text.adviceFull)}</li>`);
  return (
    `<section id="samenvatting" aria-labelledby="samenvatting-h"><h2 id="samenvatting-h">${L(ctx, text.summary)}</h2><ul class="summary">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` +
    themes +
    `<div class="glance-grid"><div><h3 id="advies-h">${L(ctx, text.adviceTitle)}</h3><ul class="advice" aria-labelledby="advies-h">${lines.join('')}</ul></div><div>${reviewBlock(report, ctx)}</div></div></section>`
  );
}

/** The BO's totals of the assessments: the same table model as `budget` and `status` (src/format/budget/assessed.ts). */
function assessedSection(report: RapportReport, ctx: Ctx): string {
  const view = report.budget.beoordeeld;
  if (!view) return '';
  const tables = assessedSections(view, ctx.lang, (thema) => themeLabel(thema, ctx.lang)).map((section) => sectionTable(section)).join('');
  return `<section id="beoordeeld" aria-labelledby="beoordeeld-h"><h2 id="beoordeeld-h">${L(ctx, text.assessed)}</h2><p class="note">${L(ctx, text.assessedNote)}</p>${tables}</section>`;
}

/** One section of the shared table model as an HTML table; its notes under it. */
function sectionTable(section: Section): string {
  const head = section.columns.map((c) => th(escapeHtml(c.header), c.align === 'right')).join('');
  const body = section.rows
    .map((row) => {
      const cells = row.cells.map((cell, i) => {
        const cls = [section.columns[i]?.align === 'right' ? 'num' : '', cell.tone === 'over' ? 'over' : cell.tone === 'muted' ? 'muted' : ''].filter(Boolean).join(' ');
        const content = escapeHtml(cell.text);
        return i === 0 ? `<th scope="row"${cls ? ` class="${cls}"` : ''}>${content}</th>` : `<td${cls ? ` class="${cls}"` : ''}>${content}</td>`;
      });
      return `<tr${row.kind ? ` class="${row.kind}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('');
  const notes = section.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  return `<h3>${escapeHtml(section.title)}</h3><div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(section.title)}"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${notes}`;
}

/** The applications that get less in any scenario, the largest cuts first: one row each, a column per scenario. */
function cutsTable(report: RapportReport, ctx: Ctx): string {
  const cuts = report.cuts;
  const all = new Map<string, { file: string; titel: string | null; requested: Euros; largest: Euros }>();
  for (const scenario of cuts) {
    for (const a of scenario.applications) {
      const seen = all.get(a.file);
      if (!seen || a.cut > seen.largest) all.set(a.file, { file: a.file, titel: a.titel, requested: a.requested, largest: a.cut });
    }
  }
  const head = `<h3 id="minder-h">${L(ctx, text.glanceCuts)}</h3>`;
  if (all.size === 0) return `${head}<p data-field="cuts">${L(ctx, text.glanceCutsNone)}</p>`;
  const rows = [...all.values()].sort((a, b) => (a.largest === b.largest ? (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) : a.largest > b.largest ? -1 : 1));
  const shown = rows.slice(0, GLANCE_CUTS);
  const byScenario = cuts.map((c) => new Map(c.applications.map((a) => [a.file, a])));
  const body = shown
    .map((row) => {
      const cells = byScenario
        .map((m, i) => {
          const a = m.get(row.file);
          const method = cuts[i]!.method;
          if (!a) return `<td class="num muted" data-cut-scenario="${method}">${escapeHtml(formatEuros(row.requested, ctx.lang))}</td>`;
          return `<td class="num over" data-cut-scenario="${method}" data-allocated="${a.allocated}">${L(ctx, text.glanceCutCell, { allocated: formatEuros(a.allocated, ctx.lang), cut: formatEuros(a.cut, ctx.lang) })}</td>`;
        })
        .join('');
      const name = row.titel ?? shortName(row.file);
      return `<tr data-cut-file="${escapeHtml(row.file)}"><th scope="row" title="${escapeHtml(row.file)}">${escapeHtml(shorten(name, 48))}</th><td class="num">${escapeHtml(formatEuros(row.requested, ctx.lang))}</td>${cells}</tr>`;
    })
    .join('');
  const heads = cuts.map((c) => th(`${L(ctx, scenarioText[c.method])}<br><span class="muted">${L(ctx, text.glanceCutsCount, { count: c.applications.length })}</span>`, true)).join('');
  const more = rows.length > shown.length ? `<p class="note">${L(ctx, text.glanceCutsMore, { shown: shown.length, more: rows.length - shown.length })}</p>` : '';
  return `${head}<table class="glance cuts" aria-labelledby="minder-h"><thead><tr>${th(L(ctx, text.glanceApplication))}${th(L(ctx, text.requested), true)}${heads}</tr></thead><tbody>${body}</tbody></table>${more}`;
}

function themeSection(report: RapportReport, ctx: Ctx): string {
  const b = report.budget;
  const bars: Bar[] = b.themas.map((th) => ({ label: themeLabel(th, ctx.lang), requested: th.requested, reference: th.richtbedrag, percentage: th.percentage, over: th.subscription === 'over' }));
  const rows = b.themas.map(
    (th) =>
      `<tr data-key="${escapeHtml(th.id)}"><th scope="row">${escapeHtml(themeLabel(th, ctx.lang))}</th>${euroCell(th.richtbedrag, ctx, ' data-field="richtbedrag"')}${countCell(th.count, 'count')}${euroCell(th.requested, ctx, ' data-field="requested"')}<td class="num">${escapeHtml(signedEuros(th.difference, ctx.lang))}</td>${percentCell(th.percentage, th.subscription === 'over', ctx)}</tr>`,
  );
  const o = b.overall;
  rows.push(
    `<tr class="total" data-key="totaal"><th scope="row">${L(ctx, text.total)}</th>${euroCell(o.budget, ctx, ' data-field="richtbedrag"')}${countCell(o.count, 'count')}${euroCell(o.requested, ctx, ' data-field="requested"')}<td class="num">${escapeHtml(signedEuros(o.difference, ctx.lang))}</td>${percentCell(o.percentage, o.subscription === 'over', ctx)}</tr>`,
  );
  return (
    `<section id="themas" aria-labelledby="themas-h"><h2 id="themas-h">${L(ctx, text.themas)}</h2>` +
    barChart('chart-themas', text.chartThemas[ctx.lang], bars, ctx) +
    `<table><caption>${L(ctx, text.themas)}</caption><thead><tr>${th(L(ctx, text.thema))}${th(L(ctx, text.richtbedrag), true)}${th(L(ctx, text.count), true)}${th(L(ctx, text.requested), true)}${th(L(ctx, text.difference), true)}${th(L(ctx, text.share), true)}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `<p class="note">${L(ctx, text.themasNote)}</p>` +
    reservedNotes(b, ctx.lang).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('') +
    '</section>'
  );
}


function plafondSection(report: RapportReport, ctx: Ctx): string {
  const plafonds = report.budget.plafonds;
  if (plafonds.length === 0) return '';
  const bars: Bar[] = plafonds.map((p) => ({ label: p.naam, requested: p.requested, reference: p.bedrag, percentage: p.percentage, over: p.subscription === 'over' }));
  const rows = plafonds.map(
    (p) =>
      `<tr data-key="${escapeHtml(p.id)}"><th scope="row">${escapeHtml(p.naam)}</th>${euroCell(p.bedrag, ctx, ' data-field="bedrag"')}${euroCell(p.requested, ctx, ' data-field="requested"')}<td class="num">${escapeHtml(signedEuros(p.difference, ctx.lang))}</td>${percentCell(p.percentage, p.subscription === 'over', ctx)}${euroCell(p.requestedLater, ctx, ' data-field="requestedLater"')}</tr>`,
  );
  const later = L(ctx, text.requestedLater, { jaar: plafonds[0]!.totEnMet });
  return (
    `<section id="plafonds" aria-labelledby="plafonds-h"><h2 id="plafonds-h">${L(ctx, text.plafonds)}</h2>` +
    barChart('chart-plafond', text.chartPlafond[ctx.lang], bars, ctx) +
    `<table><caption>${L(ctx, text.plafonds)}</caption><thead><tr>${th(L(ctx, text.plafond))}${th(L(ctx, text.plafondBedrag), true)}${th(L(ctx, text.requested), true)}${th(L(ctx, text.difference), true)}${th(L(ctx, text.share), true)}${th(later, true)}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

function yearAmountSections(report: RapportReport, ctx: Ctx): string {
  return report.budget.jaarbedragen
    .map((thema, index) => {
      const id = `jaarbedragen-${index}`;
      const title = t(text.jaarbedragen, ctx.lang, { naam: thema.naam });
      const bars: Bar[] = thema.jaren.map((y) => ({ label: String(y.jaar), requested: y.requested, reference: y.bedrag, percentage: y.percentage, over: y.subscription === 'over' }));
      const rows = thema.jaren.map(
        (y) =>
          `<tr data-key="${y.jaar}"><th scope="row">${y.jaar}</th>${y.bedrag === null ? `<td class="num muted" data-euro="">${L(ctx, text.noYearAmount)}</td>` : euroCell(y.bedrag, ctx, ' data-field="bedrag"')}${euroCell(y.requested, ctx, ' data-field="requested"')}<td class="num">${escapeHtml(signedEuros(y.difference, ctx.lang))}</td>${percentCell(y.percentage, y.subscription === 'over', ctx)}</tr>`,
      );
      return (
        `<section id="${id}" class="jaarbedragen" data-thema="${escapeHtml(thema.thema)}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(title)}</h2>` +
        barChart(`chart-${id}`, t(text.chartJaar, ctx.lang, { naam: thema.naam }), bars, ctx) +
        `<table><caption>${escapeHtml(title)}</caption><thead><tr>${th(L(ctx, text.jaar))}${th(L(ctx, text.jaarbedrag), true)}${th(L(ctx, text.requested), true)}${th(L(ctx, text.difference), true)}${th(L(ctx, text.share), true)}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`
      );
    })
    .join('');
}

function perJaarSection(report: RapportReport, ctx: Ctx): string {
  const years = report.budget.breakdowns.perJaar;
  // Against the earlier cash rhythm where the budgetkader records it (seed 004: €400m in 2027 and
  // 2028), labelled as that rhythm, never as the total for the year.
  const withTotals = years.some((y) => y.eerderKasritme);
  const rows = years.map((y) => {
    const j = y.eerderKasritme;
    const against = !withTotals
      ? ''
      : j
        ? `${euroCell(j.bedrag, ctx, ' data-field="eerder-kasritme"')}<td class="num">${escapeHtml(signedEuros(j.difference, ctx.lang))}</td>${percentCell(j.percentage, j.subscription === 'over', ctx)}`
        : `<td class="num muted" data-euro="">${L(ctx, text.notInEarlierRhythm)}</td><td class="num">${NO_VALUE}</td><td class="num">${NO_VALUE}</td>`;
    return `<tr data-key="${escapeHtml(y.key)}"><th scope="row"${y.inBudgetkader ? '' : ' class="over"'}>${y.inBudgetkader ? escapeHtml(y.label) : L(ctx, text.outsideYears, { jaar: y.label })}</th>${countCell(y.count, 'count')}${euroCell(y.requested, ctx, ' data-field="requested"')}${against}</tr>`;
  });
  const o = report.budget.overall;
  rows.push(`<tr class="total" data-key="totaal"><th scope="row">${L(ctx, text.total)}</th>${countCell(o.count, 'count')}${euroCell(o.requested, ctx, ' data-field="requested"')}${withTotals ? '<td></td><td></td><td></td>' : ''}</tr>`);
  const extra = withTotals ? `${th(L(ctx, text.eerderKasritme), true)}${th(L(ctx, text.difference), true)}${th(L(ctx, text.share), true)}` : '';
  const chart = withTotals
    ? barChart(
        'chart-per-jaar',
        text.chartPerJaar[ctx.lang],
        years.map((y) => ({ label: String(y.label), requested: y.requested, reference: y.eerderKasritme?.bedrag ?? null, percentage: y.eerderKasritme?.percentage ?? null, over: y.eerderKasritme?.subscription === 'over' })),
        ctx,
      )
    : '';
  return `<section id="per-jaar" aria-labelledby="per-jaar-h"><h2 id="per-jaar-h">${L(ctx, text.perJaar)}</h2>${chart}<table><caption>${L(ctx, text.perJaar)}</caption><thead><tr>${th(L(ctx, text.jaar))}${th(L(ctx, text.count), true)}${th(L(ctx, text.requested), true)}${extra}</tr></thead><tbody>${rows.join('')}</tbody></table>${withTotals ? `<p class="note">${L(ctx, text.earlierRhythmNote)}</p>` : ''}</section>`;
}

function decisionSection(report: RapportReport, ctx: Ctx): string {
  const order = [...DECISIONS].reverse();
  const rows = order.map((d) => `<tr data-key="${d}"><th scope="row">${L(ctx, decisionText[d])}</th>${countCell(report.decisions[d], 'count')}</tr>`);
  return `<section id="beoordelingen" aria-labelledby="beoordelingen-h"><h2 id="beoordelingen-h">${L(ctx, text.decisions)}</h2><table><caption>${L(ctx, text.decisions)}</caption><thead><tr>${th(L(ctx, text.decision))}${th(L(ctx, text.number), true)}</tr></thead><tbody>${rows.join('')}</tbody></table><p class="note">${L(ctx, text.decisionsNote)}</p></section>`;
}

/** The round's statuses, when decision files were given: what the BO sees of the insurers' progress. */
function roundSection(report: RapportReport, ctx: Ctx): string {
  const round = report.round;
  if (!round) return '';
  // The statuses in the report's own order (the round's order of statuses).
  const rows = (Object.keys(round.perStatus) as Status[]).map((s) => `<tr data-key="${s}"><th scope="row">${L(ctx, statusName[s])}</th>${countCell(round.perStatus[s], 'count')}</tr>`);
  const foot =
    `<tr data-key="totaal"><th scope="row">${L(ctx, text.roundTotal)}</th>${countCell(round.totaal, 'count')}</tr>` +
    `<tr data-key="buiten-ronde"><th scope="row">${L(ctx, text.roundOutside)}</th>${countCell(round.buitenRonde, 'count')}</tr>` +
    (round.naIndienmoment.length > 0 ? `<tr data-key="na-indienmoment"><th scope="row">${L(ctx, text.roundLate)}: ${round.naIndienmoment.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')}</th>${countCell(round.naIndienmoment.length, 'count')}</tr>` : '');
  return (
    `<section id="ronde" aria-labelledby="ronde-h"><h2 id="ronde-h">${L(ctx, text.round)}</h2>` +
    `<table><caption>${L(ctx, text.round)}</caption><thead><tr>${th(L(ctx, text.roundStatus))}${th(L(ctx, text.number), true)}</tr></thead><tbody>${rows.join('')}</tbody><tfoot>${foot}</tfoot></table>` +
    `<p data-field="toegekend">${L(ctx, text.roundApproved)}: € <span data-euro="${round.toegekend}">${escapeHtml(formatEuros(BigInt(round.toegekend), ctx.lang))}</span></p>` +
    `<p class="note">${L(ctx, text.roundNote)}</p></section>`
  );
}

function invalidSection(report: RapportReport, ctx: Ctx): string {
  const inv = report.invalid;
  const head = `<section id="ongeldig" aria-labelledby="ongeldig-h"><h2 id="ongeldig-h">${L(ctx, text.invalid)}</h2>`;
  if (inv.count === 0) return `${head}<p>${L(ctx, text.invalidNone)}</p></section>`;
  const summary = t(text.summaryInvalid, ctx.lang, { count: inv.count, requested: formatEuros(inv.requested, ctx.lang), withAmount: inv.withAmount, withoutAmount: inv.withoutAmount });
  const rows = inv.entries.map((x) => {
    const where = x.ruleId === null ? '' : `${x.line}:${x.column} `;
    const rule = x.ruleId === null ? '' : ` (${x.ruleId})`;
    const label = x.kind === null ? ` <span class="tag">${L(ctx, text.unreadable)}</span>` : '';
    return `<tr data-file="${escapeHtml(x.file)}"><th scope="row"><code>${escapeHtml(x.file)}</code>${label}</th>${euroCell(x.requested ?? null, ctx, ' data-field="requested"')}<td>${escapeHtml(where + x.message + rule)}</td></tr>`;
  });
  rows.push(`<tr class="total" data-key="totaal"><th scope="row">${L(ctx, text.total)} (${inv.withAmount})</th>${euroCell(inv.requested, ctx, ' data-field="requested"')}<td></td></tr>`);
  return `${head}<p data-field="invalid-summary">${escapeHtml(summary)}</p><table><caption>${L(ctx, text.invalid)}</caption><thead><tr>${th(L(ctx, text.file))}${th(L(ctx, text.requested), true)}${th(L(ctx, text.rule))}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function regionSection(report: RapportReport, ctx: Ctx): string {
  const r = report.regions;
  const rows = r.rows.map(
    (row) =>
      `<tr data-key="${escapeHtml(row.code)}"${row.count === 0 ? ' class="empty"' : ''}><th scope="row"><code>${escapeHtml(row.code)}</code></th><td>${row.naam === null ? '' : escapeHtml(row.naam)}</td>${countCell(row.count, 'count')}${euroCell(row.requested, ctx, ' data-field="requested"')}</tr>`,
  );
  if (r.noRegion.count > 0) rows.push(`<tr data-key="geen"><th scope="row">${L(ctx, text.noRegion)}</th><td></td>${countCell(r.noRegion.count, 'count')}${euroCell(r.noRegion.requested, ctx, ' data-field="requested"')}</tr>`);
  const note = !r.listKnown
    ? `<p class="note" data-field="regions-without">${L(ctx, text.regionsUnknownList)}</p>`
    : r.without.length === 0
      ? `<p data-field="regions-without">${L(ctx, text.regionsAllCovered)}</p>`
      : `<p data-field="regions-without"><strong>${L(ctx, text.regionsWithout, { count: r.without.length, list: r.without.map((x) => `${x.code} ${x.naam}`).join(', ') })}</strong></p>`;
  return `<section id="regios" aria-labelledby="regios-h"><h2 id="regios-h">${L(ctx, text.regions)}</h2>${note}<table><caption>${L(ctx, text.regions)}</caption><thead><tr>${th(L(ctx, text.code))}${th(L(ctx, text.regio))}${th(L(ctx, text.count), true)}${th(L(ctx, text.requested), true)}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function scenarioSection(report: RapportReport, ctx: Ctx): string {
  const scenarios = report.scenarios;
  const byMethod = new Map<ScenarioMethod, Scenario>(scenarios.map((s) => [s.method, s]));
  // The report lists its scenarios in order; the formatter shows what it holds, in that order.
  const methods = scenarios.map((s) => s.method).filter((m) => byMethod.has(m));
  // After assessment the scenarios divide the approved amounts: that column shows what they divide.
  const assessed = report.budget.beoordeeld;
  const head =
    `<tr>${th(L(ctx, text.thema))}${th(L(ctx, text.richtbedrag), true)}${th(L(ctx, assessed ? text.approved : text.requested), true)}` +
    methods.map((m) => th(L(ctx, scenarioText[m]), true)).join('') +
    `</tr>`;
  const divided = (id: string, requested: Euros) => (assessed ? (assessed.themas.find((x) => x.id === id)?.approved ?? 0n) : requested);
  const rows = report.budget.themas.map((thema) => {
    const cells = methods.map((m) => euroCell(byMethod.get(m)!.themas.find((x) => x.id === thema.id)?.allocated ?? 0n, ctx, ` data-scenario="${m}"`)).join('');
    return `<tr data-key="${escapeHtml(thema.id)}"><th scope="row">${escapeHtml(themeLabel(thema, ctx.lang))}</th>${euroCell(thema.richtbedrag, ctx, ' data-field="richtbedrag"')}${euroCell(divided(thema.id, thema.requested), ctx, ' data-field="requested"')}${cells}</tr>`;
  });
  const zvw = scenarios[0]?.zvw;
  if (zvw) {
    const zvwRequested = report.budget.themas.filter((th) => th.financieringsroute === 'zvw').reduce((s, th) => s + divided(th.id, th.requested), 0n);
    rows.push(
      `<tr class="sub" data-key="zvw"><th scope="row">${L(ctx, text.zvwRoute, { bedrag: formatEuros(zvw.plafond, ctx.lang) })}</th>${euroCell(zvw.plafond, ctx, ' data-field="plafond"')}${euroCell(zvwRequested, ctx, ' data-field="requested"')}${methods.map((m) => euroCell(byMethod.get(m)!.zvw!.allocated, ctx, ` data-scenario="${m}"`)).join('')}</tr>`,
    );
  }
  rows.push(
    `<tr class="total" data-key="totaal"><th scope="row">${L(ctx, text.total)}</th>${euroCell(report.budget.overall.budget, ctx, ' data-field="richtbedrag"')}${euroCell(assessed ? assessed.overall.approved : report.budget.overall.requested, ctx, ' data-field="requested"')}${methods.map((m) => euroCell(byMethod.get(m)!.allocated, ctx, ` data-scenario="${m}"`)).join('')}</tr>`,
  );
  const explain = methods.map((m) => `<dt>${L(ctx, scenarioText[m])}</dt><dd>${L(ctx, scenarioExplain[m])}</dd>`).join('');
  return (
    `<section id="scenarios" aria-labelledby="scenarios-h"><h2 id="scenarios-h">${L(ctx, text.scenarios)}</h2>` +
    `<table><caption>${L(ctx, text.scenarios)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>` +
    `<dl class="explain">${explain}</dl><p class="note">${L(ctx, text.scenariosNote)}</p></section>`
  );
}

const scenarioExplain: Record<ScenarioMethod, Localized> = {
  'pro-rata': {
    nl: 'Elk overtekend thema wordt per aanvraag teruggebracht met de factor richtbedrag / gevraagd (grootste-restmethode).',
    en: 'Each over-subscribed theme is scaled back per application by the factor guide amount / requested (largest remainder).',
  },
  rangorde: {
    nl: 'Per overtekend thema krijgen aanvragen in volgorde van score (gelijke score: op pad) hun volle bedrag tot het richtbedrag; de aanvraag die het overschrijdt krijgt de rest.',
    en: 'Per over-subscribed theme, applications in score order (equal scores: by path) get their full amount up to the guide amount; the one that crosses it gets the rest.',
  },
  verschuiven: {
    nl: 'Wat ondertekende Zvw-thema’s overlaten gaat pro rata naar de overtekende Zvw-thema’s (naar hun tekort), binnen het Zvw-plafond; daarna per thema pro rata.',
    en: 'What under-subscribed Zvw themes leave goes pro rata to the over-subscribed Zvw themes (by their shortfall), within the Zvw cap; then pro rata per theme.',
  },
};

const statusText = {
  counted: text.statusCounted,
  invalid: text.statusInvalid,
  duplicate: text.statusDuplicate,
  'additional-review-left-out': text.statusReviewLeftOut,
} satisfies Record<RapportApplication['status'], Localized>;

function applicationSection(report: RapportReport, ctx: Ctx): string {
  const themeNames = new Map(report.budget.themas.map((th) => [th.id, th.naam]));
  // Widths in percent (fixed layout, so the table fits the screen and the landscape page); the
  // scenario columns share what is left.
  const headers: { label: string; numeric: boolean; width?: number }[] = [
    { label: L(ctx, text.file), numeric: false, width: 8 },
    { label: L(ctx, text.titel), numeric: false, width: 9 },
    { label: L(ctx, text.aanvrager), numeric: false, width: 7 },
    { label: L(ctx, text.modelplan), numeric: false, width: 7 },
    { label: L(ctx, text.thema), numeric: false, width: 5 },
    { label: L(ctx, text.regio), numeric: false, width: 4 },
    { label: L(ctx, text.requested), numeric: true, width: 6 },
    { label: L(ctx, text.fte), numeric: true, width: 4 },
    { label: L(ctx, text.euroPerFte), numeric: true, width: 5 },
    { label: L(ctx, text.decision), numeric: false, width: 6 },
    { label: L(ctx, text.reasons), numeric: false, width: 13 },
    { label: L(ctx, text.score), numeric: true, width: 4 },
    { label: L(ctx, text.status), numeric: false, width: 4 },
    ...report.scenarios.map(({ method: m }) => ({ label: `${L(ctx, scenarioText[m])} (€)`, numeric: true })),
  ];
  const head = headers.map((h, i) => `<th scope="col" data-col="${i}" data-type="${h.numeric ? 'num' : 'text'}"${h.numeric ? ' class="num"' : ''}${h.width ? ` style="width:${h.width}%"` : ''}>${h.label}</th>`).join('');
  const opt = (value: string | null) => (value === null ? `<td data-sort="">${NO_VALUE}</td>` : `<td>${escapeHtml(value)}</td>`);
  const rows = report.applications.map((a) => {
    const fte = a.fteBesparing === null ? `<td class="num" data-sort="">${NO_VALUE}</td>` : `<td class="num" data-sort="${a.fteBesparing}">${escapeHtml(new Intl.NumberFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(a.fteBesparing))}</td>`;
    const perFte = a.euroPerFte === null ? `<td class="num" data-sort="">${NO_VALUE}</td>` : euroCell(BigInt(a.euroPerFte), ctx, ' data-field="euroPerFte"');
    const score = a.score === null ? `<td class="num" data-sort="">${NO_VALUE}</td>` : `<td class="num" data-field="score" data-sort="${a.score}">${escapeHtml(a.score.toLocaleString(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }))}</td>`;
    const reasons = a.reasons.length === 0 ? '<td></td>' : `<td class="reasons"><ul>${a.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul></td>`;
    const scenarioCells = report.scenarios.map(({ method: m }) => euroCell(a.allocations?.[m] ?? null, ctx, ` data-scenario="${m}"`)).join('');
    const thema = a.thema === null ? null : (themeNames.get(a.thema) ?? a.thema);
    return (
      `<tr data-file="${escapeHtml(a.file)}" data-decision="${a.decision}" data-status="${a.status}">` +
      `<th scope="row" title="${escapeHtml(a.file)}"><code>${escapeHtml(shortName(a.file))}</code></th>${opt(a.titel)}${opt(a.aanvrager)}${opt(a.modelplan === null ? null : `${a.modelplan.id} ${a.modelplan.versie}`)}${opt(thema)}${opt(a.zorgkantoorregio)}` +
      `${euroCell(a.requested, ctx, ' data-field="requested"')}${fte}${perFte}<td class="decision ${a.decision}">${L(ctx, decisionText[a.decision])}</td>${reasons}${score}<td>${L(ctx, statusText[a.status])}</td>${scenarioCells}</tr>`
    );
  });
  const options = DECISIONS.map((d) => `<option value="${d}">${L(ctx, decisionText[d])}</option>`).join('');
  const controls =
    `<div class="controls" id="aanvragen-filter" hidden><label for="filter-tekst">${L(ctx, text.filter)}</label> <input type="search" id="filter-tekst">` +
    ` <label for="filter-beoordeling">${L(ctx, text.filterDecision)}</label> <select id="filter-beoordeling"><option value="">${L(ctx, text.all)}</option>${options}</select>` +
    ` <output id="filter-aantal" data-template="${L(ctx, text.shown)}" aria-live="polite"></output></div>`;
  return (
    `<section id="aanvragen" aria-labelledby="aanvragen-h"><h2 id="aanvragen-h">${L(ctx, text.applications)} (${report.applications.length})</h2><p class="note">${L(ctx, text.applicationsNote)}</p>${controls}` +
    `<p class="scroll-hint" id="scroll-hint">${L(ctx, text.scrollHint)}</p>` +
    `<div class="scroll" tabindex="0" role="region" aria-labelledby="aanvragen-h" aria-describedby="scroll-hint"><table id="aanvragen-tabel" class="applications"><caption>${L(ctx, text.applications)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`
  );
}

const STYLE = `
:root{--ink:#1a1a1a;--muted:#555;--line:#c8c8c8;--accent:#1f4e8c;--over:#a4161a;--ok:#2b6a30;--band:#f3f5f8}
*{box-sizing:border-box}[hidden]{display:none!important}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#fff;margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}
p.lead{color:var(--muted);margin-top:0}.note{color:var(--muted);font-size:.9rem}
nav ol{columns:3;padding-left:1.4rem;margin:.4rem 0;font-size:.9rem}
a{color:var(--accent)}
dl.stamp{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dl.stamp dt{font-weight:600}dl.stamp dd{margin:0}
ul.plans{display:flex;flex-wrap:wrap;gap:0 1.2rem;list-style:none;margin:0;padding:0;font-size:.8rem}
ul.summary li{margin:.2rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.2rem 0;color:var(--muted);font-size:.85rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--band);border-bottom:2px solid var(--ink)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total th,tr.total td{font-weight:700;border-top:2px solid var(--ink)}tr.sub th,tr.sub td{font-style:italic}
tr.empty td,tr.empty th{color:var(--over)}
.over{color:var(--over)}.muted{color:var(--muted)}.tag{font-size:.8rem;font-weight:600}
td.decision.ongeldig{color:var(--over);font-weight:600}td.decision.aanvullende-beoordeling{color:#7a4b00}
td.reasons ul{margin:0;padding-left:1rem}td.reasons{font-size:.75rem}
.scroll{overflow-x:auto}table.applications{font-size:.78rem}table.applications{table-layout:fixed;min-width:1100px}table.applications th,table.applications td{overflow-wrap:anywhere}table.applications thead th{white-space:normal}
table.applications td.num{overflow-wrap:normal}
.scroll-hint{font-size:.85rem;color:var(--muted);margin:.2rem 0}
.glance-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:0 1.5rem;align-items:start}
table.glance{font-size:.82rem;margin:.2rem 0 .6rem}table.glance th,table.glance td{padding:.15rem .4rem}
table.cuts td.over{font-weight:600}ol.reasons-top{margin:.2rem 0;padding-left:1.4rem;font-size:.9rem}
h3{font-size:1rem;margin:.8rem 0 .3rem}
ul.advice{padding-left:1.2rem;margin:.2rem 0;font-size:.9rem}ul.advice>li{margin:.3rem 0}ul.advice ul{margin:.1rem 0;padding-left:1.2rem}
figure.chart{margin:.5rem 0;max-width:820px}
svg text{font:13px system-ui,"DejaVu Sans",Arial,sans-serif;fill:var(--ink)}svg text.legend{font-size:12px}
svg .bar{fill:var(--accent)}svg .bar.over{fill:var(--over)}svg .ref{stroke:var(--ink);stroke-width:3}
.controls{margin:.5rem 0;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.controls input,.controls select{font:inherit;padding:.2rem .4rem}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:inherit;cursor:pointer;text-align:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
dl.explain dt{font-weight:600}dl.explain dd{margin:0 0 .4rem 1rem}
@page{size:A4;margin:14mm 12mm}
@page wide{size:A4 landscape;margin:10mm}
@media print{
 body{max-width:none;padding:0}
 nav,.controls{display:none!important}
 h2{break-after:avoid;margin-top:1.2rem}
 figure.chart,tr,dl.stamp{break-inside:avoid}
 thead{display:table-header-group}
 section#aanvragen{page:wide;break-before:page}
 .scroll{overflow:visible}.scroll-hint{display:none}
 body{font-size:9pt}h2{margin-top:.8rem}ul.summary{margin:.2rem 0}
 table.applications{font-size:6pt;min-width:0}
 table.applications th,table.applications td{padding:.1rem .15rem;overflow-wrap:anywhere}
 table.applications code{white-space:normal;overflow-wrap:anywhere}
 td.reasons{min-width:0;font-size:5.5pt}
 table.applications th.num,table.applications td.num{white-space:normal}
 a{color:inherit;text-decoration:none}
}`;

/** Only sorting and filtering; it reads the table's cells and holds no data of its own. */
const SCRIPT = `(function(){
var table=document.getElementById('aanvragen-tabel');if(!table)return;
var tbody=table.tBodies[0],rows=Array.prototype.slice.call(tbody.rows),order=rows.slice();
var lang=document.documentElement.lang||'nl';
var box=document.getElementById('aanvragen-filter'),text=document.getElementById('filter-tekst'),choice=document.getElementById('filter-beoordeling'),out=document.getElementById('filter-aantal');
box.hidden=false;
var scroller=table.parentNode,hint=document.getElementById('scroll-hint');
function fits(){if(hint)hint.hidden=scroller.scrollWidth<=scroller.clientWidth+4;}
window.addEventListener('resize',fits);fits();
function apply(){var q=text.value.trim().toLowerCase(),d=choice.value,shown=0;
rows.forEach(function(r){var ok=(!q||r.textContent.toLowerCase().indexOf(q)>=0)&&(!d||r.getAttribute('data-decision')===d);r.hidden=!ok;if(ok)shown++;});
out.textContent=out.getAttribute('data-template').replace('{shown}',shown).replace('{total}',rows.length);}
text.addEventListener('input',apply);choice.addEventListener('change',apply);apply();
var heads=table.tHead.rows[0].cells;
Array.prototype.forEach.call(heads,function(h){var b=document.createElement('button');b.type='button';while(h.firstChild)b.appendChild(h.firstChild);h.appendChild(b);b.addEventListener('click',function(){sort(h);});});
function key(r,c,num){var cell=r.cells[c],v=cell.hasAttribute('data-sort')?cell.getAttribute('data-sort'):cell.textContent.trim();if(!num)return v;return v===''?null:Number(v);}
function sort(h){var c=Number(h.getAttribute('data-col')),num=h.getAttribute('data-type')==='num',dir=h.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
Array.prototype.forEach.call(heads,function(x){x.removeAttribute('aria-sort');});h.setAttribute('aria-sort',dir);var s=dir==='ascending'?1:-1;
rows.sort(function(a,b){var x=key(a,c,num),y=key(b,c,num),r;
if(num){if(x===null&&y===null)r=0;else if(x===null)return 1;else if(y===null)return -1;else r=x-y;}else r=x.localeCompare(y,lang);
return r*s||order.indexOf(a)-order.indexOf(b);});
rows.forEach(function(r){tbody.appendChild(r);});}
})();`;

export const formatRapportHtml: RapportFormatter = (report) => {
  const ctx: Ctx = { lang: report.lang };
  const sections = [
    summarySection(report, ctx),
    stampSection(report, ctx),
    assessedSection(report, ctx),
    themeSection(report, ctx),
    plafondSection(report, ctx),
    yearAmountSections(report, ctx),
    perJaarSection(report, ctx),
    decisionSection(report, ctx),
    roundSection(report, ctx),
    invalidSection(report, ctx),
    regionSection(report, ctx),
    scenarioSection(report, ctx),
    applicationSection(report, ctx),
  ].filter((s) => s !== '');
  const toc = [...sections.join('').matchAll(/<section id="([^"]+)"[^>]*><h2 id="[^"]+">([^<]*)</g)].map(([, id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('');
  return (
    `<!DOCTYPE html>\n<html lang="${report.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="generator" content="${escapeHtml(report.stamp.tool.name)} ${escapeHtml(report.stamp.tool.version)}">\n` +
    `<title>${L(ctx, text.title)} (${escapeHtml(report.stamp.peildatum)})</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header><h1>${L(ctx, text.title)}</h1><p class="lead">${L(ctx, text.subtitle)}</p></header>\n` +
    `<nav aria-label="${L(ctx, text.contents)}"><ol>${toc}</ol></nav>\n<main>\n${sections.join('\n')}\n</main>\n` +
    `<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
};
