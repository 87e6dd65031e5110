/**
 * Where the modelplan meets the form: which fields it fixes, which choices it offers and which of
 * its norms stand beside which field. This is the one table that ties frame data to pointer
 * templates; the norms themselves are read from the modelplan (data), never written here.
 */
import type { TemplateArgs } from '../i18n/template.js';
import { t } from '../i18n/ui.js';
import type { Modelplan } from '../domain/types.js';
import { formatEuros } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';
import { allNodes, type FormNode, type FormOption } from './model.js';
import { assumedMark, categoryNorm, deadlineNorm, NORM_TEXT, shareNorm } from '../i18n/norms.js';

interface Link {
  fixed?: (m: Modelplan) => string | number | boolean | undefined;
  /** Items of a list the modelplan requires, by id: the form offers no way to remove them. */
  mandatory?: (m: Modelplan) => string[];
  options?: (m: Modelplan, lang: Lang) => FormOption[];
  norms?: (m: Modelplan, lang: Lang) => string[];
}

const T = {
  bovengrens: { nl: 'Bovengrens per project: € {a}{mark}', en: 'Upper limit per project: € {a}{mark}' },
  looptijd: { nl: 'Looptijd: {van}–{tot}', en: 'Term: {van}–{tot}' },
  categorie: { nl: '{id}: {titel}{norm}', en: '{id}: {titel}{norm}' },
  minFte: { nl: 'Minimaal {n} fte besparing{mark}', en: 'At least {n} FTE saved{mark}' },
  perFte: { nl: 'Norm: hooguit € {a} gevraagd per bespaarde fte{mark}', en: 'Norm: at most € {a} requested per FTE saved{mark}' },
  mijlpaal: { nl: '{titel}: {datum}{mark}', en: '{titel}: {datum}{mark}' },
  mijlpaalGeld: { nl: 'Het geld hangt aan de mijlpalen: hun bedragen tellen op tot het totaal van de begroting.', en: 'The money is tied to the milestones: their amounts add up to the budget total.' },
  randvoorwaarde: { nl: '{titel}{toelichting}{mark}', en: '{titel}{toelichting}{mark}' },
  zorgpadGeen: { nl: 'Dit modelplan kent geen zorgpaden: laat leeg.', en: 'This modelplan has no care pathways: leave empty.' },
  geenZvw: { nl: 'Alleen bij de Zvw-route; dit modelplan gaat via {route}: laat leeg.', en: 'Zvw route only; this modelplan goes through {route}: leave empty.' },
} satisfies Record<string, Localized>;

function say(key: keyof typeof T, lang: Lang, args: TemplateArgs = {}): string {
  return t(T[key], lang, args);
}

/** The norm prose is written once (src/i18n/norms.ts): an assumed norm is marked as one wherever the form shows it. */
const mark = assumedMark;
const share = shareNorm;

const LINKS: Record<string, Link> = {
  '/modelplan/id': { fixed: (m) => m.id },
  '/modelplan/versie': { fixed: (m) => m.versie },
  '/thema': { fixed: (m) => m.thema },
  '/financieringsroute': { fixed: (m) => m.financieringsroute },
  '/aanvrager/leden/*/sector': { options: (m) => m.sectoren.map((s) => ({ value: s, label: s })) },
  '/zorgpad': {
    options: (m) => (m.zorgpaden ?? []).map((z) => ({ value: z.id, label: `${z.id}: ${z.naam}` })),
    norms: (m, lang) => (m.zorgpaden?.length ? [] : [say('zorgpadGeen', lang)]),
  },
  '/zorgverzekeraars': { norms: (m, lang) => (m.financieringsroute === 'zvw' ? [] : [say('geenZvw', lang, { route: m.financieringsroute })]) },
  '/businesscase': { norms: (m, lang) => [say('perFte', lang, { a: formatEuros(m.businesscase.maximaal_bedrag_per_fte.bedrag, lang), mark: mark(m.businesscase.maximaal_bedrag_per_fte.bron, lang) })] },
  '/businesscase/fte_besparing': { norms: (m, lang) => [say('minFte', lang, { n: m.businesscase.minimale_fte_besparing.waarde, mark: mark(m.businesscase.minimale_fte_besparing.bron, lang) })] },
  '/begroting': {
    norms: (m, lang) => [
      say('bovengrens', lang, { a: formatEuros(m.bovengrens.bedrag, lang), mark: mark(m.bovengrens.bron, lang) }),
      say('looptijd', lang, { van: m.looptijd.van, tot: m.looptijd.tot_en_met }),
      ...m.kostencategorieen.map((c) => say('categorie', lang, { id: c.id, titel: c.titel, norm: categoryNorm(c, lang) })),
    ],
  },
  '/begroting/*/categorie': {
    options: (m, lang) => m.kostencategorieen.filter((c) => c.financierbaar).map((c) => ({ value: c.id, label: `${c.titel}${share(c, lang)}` })),
  },
  '/begroting/*/jaar': { norms: (m, lang) => [say('looptijd', lang, { van: m.looptijd.van, tot: m.looptijd.tot_en_met })] },
  '/randvoorwaarden': {
    mandatory: (m) => m.randvoorwaarden.map((r) => r.id),
    norms: (m, lang) => m.randvoorwaarden.map((r) => say('randvoorwaarde', lang, { titel: r.titel, toelichting: r.toelichting_verplicht ? ` (${t(NORM_TEXT.toelichtingVerplicht, lang)})` : '', mark: mark(r.bron, lang) })),
  },
  '/randvoorwaarden/*/id': { options: (m) => m.randvoorwaarden.map((r) => ({ value: r.id, label: r.titel })) },
  '/mijlpalen': {
    mandatory: (m) => m.mijlpalen.map((p) => p.id),
    norms: (m, lang) => [...m.mijlpalen.map((p) => say('mijlpaal', lang, { titel: p.titel, datum: deadlineNorm(p.uiterlijk, lang), mark: mark(p.bron, lang) })), ...(m.geld_aan_mijlpalen ? [say('mijlpaalGeld', lang)] : [])],
  },
  '/mijlpalen/*/id': { options: (m, lang) => m.mijlpalen.map((p) => ({ value: p.id, label: say('mijlpaal', lang, { titel: p.titel, datum: deadlineNorm(p.uiterlijk, lang), mark: mark(p.bron, lang) }) })) },
  '/regionale_invulling/*/id': { options: (m) => m.regionale_invulling.map((r) => ({ value: r.id, label: r.titel })) },
};

/** Templates the table names; a test checks each is still a field of the schema. */
export const LINKED_TEMPLATES: readonly string[] = Object.keys(LINKS);

/** The form model with the modelplan's fixed values, choices and norms applied (a copy). */
export function applyModelplan(model: FormNode, modelplan: Modelplan, lang: Lang): FormNode {
  const copy = structuredClone(model);
  for (const node of allNodes(copy)) {
    const link = LINKS[node.template];
    if (!link) continue;
    const fixed = link.fixed?.(modelplan);
    if (fixed !== undefined) {
      node.fixed = fixed;
      node.type = 'const';
      delete node.options;
    }
    if (link.options && node.type !== 'const') {
      node.type = 'select';
      node.options = link.options(modelplan, lang);
    }
    const mandatory = link.mandatory?.(modelplan);
    if (mandatory?.length) node.mandatoryIds = mandatory;
    const norms = link.norms?.(modelplan, lang) ?? [];
    if (norms.length) node.norms = norms;
  }
  return copy;
}
