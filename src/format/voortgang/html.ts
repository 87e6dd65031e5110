/**
 * The progress page for the BO IZA/AZWA and VWS: one self-contained HTML file (no script, no
 * request: a CSP that allows nothing but its own inline style), printable, accessible (tables with
 * captions and scoped headers). Every figure carries its machine value in a data attribute, so a
 * test can read the page back and compare it with `--format json`.
 */
import { formatDecimal, formatEuros } from '../../i18n/ui.js';
import type { Localized } from '../../report/types.js';
import type { AttentionReason, MilestoneState } from '../../verantwoording/progress.js';
import { escapeHtml } from '../rapport/html.js';
import type { VoortgangFormatter } from './types.js';

const text = {
  title: { nl: 'Voortgang doorbraakprojecten', en: 'Progress of the breakthrough projects' },
  lead: { nl: 'Na goedkeuring: geld, mijlpalen en bespaarde arbeidsinzet uit de verantwoordingen, voor het BO IZA/AZWA en VWS. Eerst de projecten die aandacht vragen.', en: 'After approval: money, milestones and labour saved from the accounts, for the BO IZA/AZWA and VWS. Projects that need attention first.' },
  attention: { nl: 'Projecten, aandacht eerst', en: 'Projects, attention first' },
  money: { nl: 'Geld per thema en jaar', en: 'Money per theme and year' },
  milestones: { nl: 'Mijlpalen', en: 'Milestones' },
  saving: { nl: 'Bespaarde arbeidsinzet per thema en sector', en: 'Labour saved per theme and sector' },
  totals: { nl: 'Totalen', en: 'Totals' },
  project: { nl: 'Project', en: 'Project' },
  theme: { nl: 'Thema', en: 'Theme' },
  sector: { nl: 'Sector', en: 'Sector' },
  year: { nl: 'Jaar', en: 'Year' },
  lastYear: { nl: 'Laatste jaar', en: 'Latest year' },
  reasons: { nl: 'Aandacht', en: 'Attention' },
  none: { nl: 'geen', en: 'none' },
  approved: { nl: 'Goedgekeurd (€)', en: 'Approved (€)' },
  realised: { nl: 'Gerealiseerd (€)', en: 'Realised (€)' },
  plausible: { nl: 'Waarvan plausibel (€)', en: 'Of which plausible (€)' },
  milestone: { nl: 'Mijlpaal', en: 'Milestone' },
  planned: { nl: 'Gepland', en: 'Planned' },
  reached: { nl: 'Bereikt', en: 'Reached' },
  state: { nl: 'Stand', en: 'State' },
  claimed: { nl: 'Beoogd (fte)', en: 'Claimed (fte)' },
  savedFte: { nl: 'Gerealiseerd (fte)', en: 'Realised (fte)' },
  shortfall: { nl: 'Tekort (fte)', en: 'Shortfall (fte)' },
  total: { nl: 'Totaal', en: 'Total' },
  empty: { nl: 'Geen verantwoordingen in deze run.', en: 'No accounts in this run.' },
} satisfies Record<string, Localized>;

const reasonName: Record<AttentionReason, Localized> = {
  fouten: { nl: 'verantwoording met fouten', en: 'account with errors' },
  'niet-plausibel': { nl: 'niet plausibel', en: 'not plausible' },
  ontbreekt: { nl: 'verantwoording ontbreekt', en: 'account missing' },
  'mijlpaal-ontbreekt': { nl: 'mijlpaal niet gehaald', en: 'milestone not reached' },
  'mijlpaal-te-laat': { nl: 'mijlpaal te laat', en: 'milestone late' },
  'minder-besparing': { nl: 'minder besparing dan beoogd', en: 'less saved than claimed' },
};

const stateName: Record<MilestoneState, Localized> = {
  'op-tijd': { nl: 'op tijd', en: 'on time' },
  'te-laat': { nl: 'te laat', en: 'late' },
  ontbreekt: { nl: 'niet gehaald', en: 'not reached' },
  gepland: { nl: 'nog gepland', en: 'still planned' },
};

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1a1a1a;background:#fff;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f4}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.attention{color:#8a1c1c;font-weight:600}.muted{color:#595959}
tr.total th,tr.total td{font-weight:700}
@media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}tr{break-inside:avoid}nav{display:none}}
`;

export const formatVoortgangHtml: VoortgangFormatter = (v) => {
  const lang = v.lang;
  const L = (label: Localized) => escapeHtml(label[lang]);
  const euro = (n: number, field: string) => `<td class="num" data-field="${field}" data-value="${n}">${escapeHtml(formatEuros(n, lang))}</td>`;
  const fte = (n: number, field: string) => `<td class="num" data-field="${field}" data-value="${n}">${escapeHtml(formatDecimal(n, lang))}</td>`;
  const th = (label: Localized, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}>${L(label)}</th>`;
  const table = (id: string, caption: Localized, head: string, rows: string[]) =>
    `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${L(caption)}</h2><table data-table="${id}"><caption>${L(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  const projects = v.projecten.map(
    (p) =>
      `<tr data-key="${escapeHtml(p.aanvraag)}"><th scope="row">${escapeHtml(p.titel)}<br><span class="muted">${escapeHtml(p.aanvraag)}</span></th><td data-field="thema">${escapeHtml(p.thema)}</td><td data-field="sector">${escapeHtml(p.sector)}</td><td class="num" data-field="laatsteJaar" data-value="${p.laatsteJaar}">${p.laatsteJaar}</td>` +
      `<td data-field="redenen" data-value="${escapeHtml(p.redenen.join(' '))}"${p.redenen.length > 0 ? ' class="attention"' : ''}>${p.redenen.length === 0 ? L(text.none) : p.redenen.map((r) => L(reasonName[r])).join(', ')}</td>${fte(p.beoogdFte, 'beoogdFte')}${fte(p.gerealiseerdFte, 'gerealiseerdFte')}</tr>`,
  );
  const money = v.geld.map((g) => `<tr data-key="${escapeHtml(g.thema)} ${g.jaar}"><th scope="row">${escapeHtml(g.thema)}</th><td class="num" data-field="jaar" data-value="${g.jaar}">${g.jaar}</td>${euro(g.goedgekeurd, 'goedgekeurd')}${euro(g.gerealiseerd, 'gerealiseerd')}${euro(g.plausibel, 'plausibel')}</tr>`);
  money.push(`<tr class="total" data-key="totaal"><th scope="row">${L(text.total)}</th><td></td>${euro(v.totaal.goedgekeurd, 'goedgekeurd')}${euro(v.totaal.gerealiseerd, 'gerealiseerd')}${euro(v.totaal.plausibel, 'plausibel')}</tr>`);
  const milestones = v.mijlpalen.rijen.map(
    (m) =>
      `<tr data-key="${escapeHtml(m.aanvraag)} ${escapeHtml(m.mijlpaal)}"><th scope="row">${escapeHtml(m.mijlpaal)}<br><span class="muted">${escapeHtml(m.aanvraag)}</span></th><td data-field="gepland" data-value="${escapeHtml(m.gepland)}"><time datetime="${escapeHtml(m.gepland)}">${escapeHtml(m.gepland)}</time></td>` +
      `<td data-field="bereikt" data-value="${escapeHtml(m.bereikt ?? '')}">${m.bereikt === null ? '—' : `<time datetime="${escapeHtml(m.bereikt)}">${escapeHtml(m.bereikt)}</time>`}</td><td data-field="stand" data-value="${m.stand}"${m.stand === 'ontbreekt' || m.stand === 'te-laat' ? ' class="attention"' : ''}>${L(stateName[m.stand])}</td></tr>`,
  );
  const saving = v.besparing.map((b) => `<tr data-key="${escapeHtml(b.thema)} ${escapeHtml(b.sector)}"><th scope="row">${escapeHtml(b.thema)}</th><td data-field="sector">${escapeHtml(b.sector)}</td>${fte(b.beoogd, 'beoogd')}${fte(b.gerealiseerd, 'gerealiseerd')}${fte(b.tekort, 'tekort')}</tr>`);
  const counts = (Object.keys(v.mijlpalen.perStand) as MilestoneState[]).map((s) => `<li data-field="${s}" data-value="${v.mijlpalen.perStand[s]}">${L(stateName[s])}: ${v.mijlpalen.perStand[s]}</li>`).join('');
  const body =
    v.projecten.length === 0
      ? `<p>${L(text.empty)}</p>`
      : [
          table('projecten', text.attention, [th(text.project), th(text.theme), th(text.sector), th(text.lastYear, true), th(text.reasons), th(text.claimed, true), th(text.savedFte, true)].join(''), projects),
          table('geld', text.money, [th(text.theme), th(text.year, true), th(text.approved, true), th(text.realised, true), th(text.plausible, true)].join(''), money),
          table('mijlpalen', text.milestones, [th(text.milestone), th(text.planned), th(text.reached), th(text.state)].join(''), milestones).replace('</h2>', `</h2><ul class="counts" data-list="perStand">${counts}</ul>`),
          table('besparing', text.saving, [th(text.theme), th(text.sector), th(text.claimed, true), th(text.savedFte, true), th(text.shortfall, true)].join(''), saving),
        ].join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<title>${L(text.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<header><h1>${L(text.title)}</h1><p>${L(text.lead)}</p></header>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  );
};
