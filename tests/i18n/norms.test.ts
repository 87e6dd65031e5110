/**
 * The norm prose of a modelplan, written once (src/i18n/norms.ts) and read by init, the form and
 * the hover alike (issue 28.3d): every modelplan's norms rendered through all three give the same
 * phrases, and no phrase template of norms.ts is written a second time anywhere in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Modelplan } from '../../src/domain/types.js';
import { applyModelplan } from '../../src/form/frame-links.js';
import { allNodes, formModel } from '../../src/form/model.js';
import { loadFrame } from '../../src/frame/load.js';
import {
  assumedMark,
  assumedNote,
  bovengrensNorm,
  categoryLine,
  categoryNorm,
  deadlineNorm,
  explanationNorm,
  fundabilityNorm,
  looptijdNorm,
  milestoneLine,
  milestoneMoneyNorm,
  minFteNorm,
  NORM_TEXT,
  normLine,
  perFteNorm,
  preconditionLine,
  shareNorm,
} from '../../src/i18n/norms.js';
import { buildSkeleton } from '../../src/init/skeleton.js';
import { entries } from '../../src/lsp/frame-info.js';
import type { Lang } from '../../src/report/types.js';
import { ROOT } from '../helpers/cli.js';

const cat = (over: object) => ({ id: 'c', titel: 'C', financierbaar: true, bron: 'nota §4.2', ...over }) as Parameters<typeof shareNorm>[0];
const mp = (over: object) => ({ id: 'm', titel: 'M', uiterlijk: '2027-06-30', bron: 'nota §4.2', ...over }) as Parameters<typeof deadlineNorm>[0];
const rv = (over: object) => ({ id: 'r', titel: 'R', toelichting_verplicht: false, bron: 'nota §4.2', ...over }) as Parameters<typeof preconditionLine>[0];

let frame: Frame;
beforeAll(async () => {
  frame = await loadFrame(join(ROOT, 'modelplannen'), ROOT);
});

describe('norm prose', () => {
  it('shares, fundability, an assumed norm, a deadline and a precondition, in both languages', () => {
    expect(shareNorm(cat({ min_aandeel: 30, max_aandeel: 70 }), 'nl')).toBe(' (≥ 30%, ≤ 70%)');
    expect(shareNorm(cat({ max_aandeel: 15, bron: 'aanname: x' }), 'en')).toBe(' (≤ 15%, assumption)');
    expect(shareNorm(cat({}), 'nl')).toBe('');
    expect(categoryNorm(cat({ financierbaar: false, max_aandeel: 10 }), 'nl')).toBe(' (niet financierbaar)');
    expect(categoryNorm(cat({ financierbaar: false }), 'en')).toBe(' (not fundable)');
    expect([fundabilityNorm(cat({ max_aandeel: 40 }), 'nl'), fundabilityNorm(cat({ financierbaar: false }), 'en')]).toEqual(['financierbaar (≤ 40%)', 'not fundable']);
    expect(categoryLine(cat({ max_aandeel: 40, bron: 'aanname: x' }), 'nl')).toBe('c: C (≤ 40%, aanname)');
    expect([assumedMark('aanname: x', 'nl'), assumedMark('nota §4.2', 'nl')]).toEqual([' (aanname)', '']);
    expect([deadlineNorm(mp({}), 'nl'), deadlineNorm(mp({ bron: 'aanname: x' }), 'en')]).toEqual(['uiterlijk 2027-06-30', 'by 2027-06-30 (assumption)']);
    expect(milestoneLine(mp({ bron: 'aanname: x' }), 'nl')).toBe('M, uiterlijk 2027-06-30 (aanname)');
    expect([preconditionLine(rv({}), 'nl'), preconditionLine(rv({ toelichting_verplicht: true }), 'nl'), preconditionLine(rv({ toelichting_verplicht: true, bron: 'aanname: x' }), 'en')]).toEqual([
      'R',
      'R (toelichting verplicht)',
      'R (explanation required, assumption)',
    ]);
    expect([explanationNorm(rv({}), 'nl'), explanationNorm(rv({ toelichting_verplicht: true, bron: 'aanname: x' }), 'en')]).toEqual(['toelichting niet verplicht', 'explanation required (assumption)']);
  });

  it('the plan-wide norms of one modelplan, exactly', () => {
    const m = frame.modelplannen.find((x) => x.id === 'digitale-triage')!;
    expect(bovengrensNorm(m, 'nl')).toBe('Bovengrens per project: € 2.000.000 (aanname)');
    expect(bovengrensNorm(m, 'en')).toBe('Upper limit per project: € 2,000,000 (assumption)');
    expect(looptijdNorm(m, 'nl')).toBe('Looptijd: 2027–2029');
    expect(minFteNorm(m, 'nl')).toBe('minstens 3 fte (aanname)');
    expect(perFteNorm(m, 'en')).toBe('at most € 175,000 requested per FTE saved (assumption)');
    expect(milestoneMoneyNorm(m, 'nl')).toBe('Het geld hangt aan de mijlpalen: hun bedragen tellen op tot het totaal van de begroting (aanname).');
    expect(normLine(minFteNorm(m, 'nl'), 'nl')).toBe('Norm: minstens 3 fte (aanname)');
  });
});

/** Every norm of a modelplan as init, the form and the hover show it. */
function rendered(m: Modelplan, lang: Lang) {
  const init = buildSkeleton(m, { lang, schemaRef: 'aanvraag.schema.json' }, 'aanvraag.yaml');
  const form = allNodes(applyModelplan(formModel(lang), m, lang)).flatMap((n) => [...(n.norms ?? []), ...(n.options ?? []).map((o) => o.label)]);
  const hover = (['modelplan', 'kostencategorie', 'mijlpaal', 'randvoorwaarde'] as const).flatMap((kind) =>
    entries(kind, m, frame, lang)
      .filter((e) => kind !== 'modelplan' || e.id === m.id)
      .flatMap((e) => e.markdown.split('\n\n')),
  );
  return { init, form, hover };
}

describe('init, the form and the hover render one modelplan’s norms in the same words', () => {
  const cases = () => frame.modelplannen.flatMap((m) => (['nl', 'en'] as const).map((lang) => ({ m, lang })));

  it('for every bundled modelplan, in both languages', () => {
    expect(frame.modelplannen.length).toBe(17);
    for (const { m, lang } of cases()) {
      const { init, form, hover } = rendered(m, lang);
      const initLines = init.split('\n');
      const missing: string[] = [];
      const inInit = (phrase: string) => init.includes(phrase) || missing.push(`init: ${phrase}`);
      const inForm = (phrase: string) => form.includes(phrase) || missing.push(`form: ${phrase}`);
      const inHover = (phrase: string) => hover.includes(phrase) || missing.push(`hover: ${phrase}`);
      // The upper limit and the term: init's first comment lines, the form beside the budget, the hover of the modelplan.
      for (const phrase of [bovengrensNorm(m, lang), looptijdNorm(m, lang)]) {
        inInit(phrase);
        inForm(phrase);
        inHover(phrase);
      }
      // The fte norms: init's comment and the form beside the business case.
      for (const phrase of [minFteNorm(m, lang), perFteNorm(m, lang)]) {
        inInit(phrase);
        inForm(normLine(phrase, lang));
      }
      for (const c of m.kostencategorieen) {
        if (!initLines.includes(`#   ${categoryLine(c, lang)}`)) missing.push(`init: ${categoryLine(c, lang)}`);
        inForm(categoryLine(c, lang));
        inHover(normLine(fundabilityNorm(c, lang), lang));
      }
      for (const p of m.mijlpalen) {
        if (!initLines.includes(`#   ${p.id}: ${milestoneLine(p, lang)}`)) missing.push(`init: ${milestoneLine(p, lang)}`);
        inForm(milestoneLine(p, lang));
        inHover(normLine(deadlineNorm(p, lang), lang));
      }
      const money = milestoneMoneyNorm(m, lang);
      if (money) {
        inInit(money);
        inForm(money);
      }
      for (const r of m.randvoorwaarden) {
        if (!initLines.includes(`#   ${r.id}: ${preconditionLine(r, lang)}`)) missing.push(`init: ${preconditionLine(r, lang)}`);
        inForm(preconditionLine(r, lang));
        inHover(normLine(explanationNorm(r, lang), lang));
      }
      expect({ plan: m.id, lang, missing }).toEqual({ plan: m.id, lang, missing: [] });
    }
  });

  it('an assumed norm is marked in all three, a sourced one in none', () => {
    const m = frame.modelplannen.find((x) => x.id === 'digitale-triage')!;
    const { init, form, hover } = rendered(m, 'nl');
    expect(init).toContain(`# ${assumedNote('nl')}`);
    // The bovengrens of digitale-triage is assumed, its term is not.
    expect([init.includes('Bovengrens per project: € 2.000.000 (aanname)'), form.includes('Bovengrens per project: € 2.000.000 (aanname)'), hover.includes('Bovengrens per project: € 2.000.000 (aanname)')]).toEqual([true, true, true]);
    expect([init, form.join('\n'), hover.join('\n')].map((text) => text.includes('Looptijd: 2027–2029 (aanname)'))).toEqual([false, false, false]);
  });
});

describe('the phrase templates exist once', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  }
  const files = sources(join(ROOT, 'src')).map((path) => ({ file: relative(join(ROOT, 'src'), path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

  it('each template of NORM_TEXT is written in src/i18n/norms.ts only', () => {
    // Shapes ('{titel}{norm}') and single words ('financierbaar') are not phrases; every template of
    // two words or more is checked. Rule messages (src/rules/) are findings with their own words,
    // kept with their rule by the house rules; they are no norm prose of init, the form or the hover.
    const templates = Object.values(NORM_TEXT)
      .flatMap((text) => [text.nl, text.en])
      .filter((template) => /[a-z]+ [a-z]+/i.test(template.replace(/\{\w+(?::\w+)?\}/g, '')));
    expect(templates.length).toBe(15);
    const elsewhere = templates.flatMap((template) => files.filter((f) => f.text.includes(template) && f.file !== 'i18n/norms.ts' && !f.file.startsWith('rules/')).map((f) => `${f.file}: ${template}`));
    expect(elsewhere).toEqual([]);
  });

  it('the words of the norms, in any template shape, are written nowhere else (init, form and hover kept no copy)', () => {
    const words = ['Bovengrens per project', 'Upper limit per project', 'gevraagd per bespaarde fte', 'requested per FTE saved', 'Het geld hangt aan de mijlpalen', 'The money is tied to the milestones', 'toelichting verplicht', 'explanation required', 'niet financierbaar', 'not fundable', 'een aanname van deze tool, geen norm uit de nota'];
    const elsewhere = words.flatMap((w) => files.filter((f) => ['init/', 'form/', 'lsp/', 'format/list.ts', 'commands/'].some((p) => f.file.startsWith(p)) && f.text.includes(w)).map((f) => `${f.file}: ${w}`));
    expect(elsewhere).toEqual([]);
  });

  it('the check sees a copy (the scanner works)', () => {
    expect(files.find((f) => f.file === 'i18n/norms.ts')!.text.includes(NORM_TEXT.perFte.nl)).toBe(true);
  });
});
