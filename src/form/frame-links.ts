/**
 * Where the modelplan meets the form: which fields it fixes, which choices it offers and which of
 * its norms stand beside which field. This is the one table that ties frame data to pointer
 * templates; the norms themselves are read from the modelplan (data), never written here.
 */
import type { TemplateArgs } from '../i18n/template.js';
import { t } from '../i18n/ui.js';
import type { Modelplan } from '../domain/types.js';
import type { Lang, Localized } from '../report/types.js';
import { allNodes, type FormNode, type FormOption } from './model.js';
import { bovengrensNorm, categoryLine, looptijdNorm, milestoneLine, milestoneMoneyNorm, minFteNorm, normLine, perFteNorm, preconditionLine, shareNorm } from '../i18n/norms.js';

interface Link {
  fixed?: (m: Modelplan) => string | number | boolean | undefined;
  /** Items of a list the modelplan requires, by id: the form offers no way to remove them. */
  mandatory?: (m: Modelplan) => string[];
  options?: (m: Modelplan, lang: Lang) => FormOption[];
  norms?: (m: Modelplan, lang: Lang) => string[];
}

const T = {
  zorgpadGeen: { nl: 'Dit modelplan kent geen zorgpaden: laat leeg.', en: 'This modelplan has no care pathways: leave empty.' },
  geenZvw: { nl: 'Alleen bij de Zvw-route; dit modelplan gaat via {route}: laat leeg.', en: 'Zvw route only; this modelplan goes through {route}: leave empty.' },
} satisfies Record<string, Localized>;

function say(key: keyof typeof T, lang: Lang, args: TemplateArgs = {}): string {
  return t(T[key], lang, args);
}

// The norm prose is written once (src/i18n/norms.ts), in the words of init and the hover: an
// assumed norm is marked as one wherever the form shows it.
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
  '/businesscase': { norms: (m, lang) => [normLine(perFteNorm(m, lang), lang)] },
  '/businesscase/fte_besparing': { norms: (m, lang) => [normLine(minFteNorm(m, lang), lang)] },
  '/begroting': { norms: (m, lang) => [bovengrensNorm(m, lang), looptijdNorm(m, lang), ...m.kostencategorieen.map((c) => categoryLine(c, lang))] },
  '/begroting/*/categorie': {
    options: (m, lang) => m.kostencategorieen.filter((c) => c.financierbaar).map((c) => ({ value: c.id, label: `${c.titel}${shareNorm(c, lang)}` })),
  },
  '/begroting/*/jaar': { norms: (m, lang) => [looptijdNorm(m, lang)] },
  '/randvoorwaarden': {
    mandatory: (m) => m.randvoorwaarden.map((r) => r.id),
    norms: (m, lang) => m.randvoorwaarden.map((r) => preconditionLine(r, lang)),
  },
  '/randvoorwaarden/*/id': { options: (m) => m.randvoorwaarden.map((r) => ({ value: r.id, label: r.titel })) },
  '/mijlpalen': {
    mandatory: (m) => m.mijlpalen.map((p) => p.id),
    norms: (m, lang) => [...m.mijlpalen.map((p) => milestoneLine(p, lang)), ...[milestoneMoneyNorm(m, lang)].filter((x) => x !== undefined)],
  },
  '/mijlpalen/*/id': { options: (m, lang) => m.mijlpalen.map((p) => ({ value: p.id, label: milestoneLine(p, lang) })) },
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
