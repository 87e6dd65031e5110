/**
 * Hover and completion from the normative frame: what a value in an application refers to in its
 * modelplan (cost category, milestone, precondition, sector, zorgpad, regional part, the
 * modelplan itself). Pure functions of the text, an offset and the frame. The place in the
 * document is read from the lines around the cursor, so it works on text that does not parse yet
 * (the usual state while typing).
 */
import { parse } from 'yaml';
import type { Frame, Modelplan } from '../domain/types.js';
import { t } from '../i18n/ui.js';
import { bovengrensNorm, deadlineNorm, explanationNorm, fundabilityNorm, looptijdNorm, normLine } from '../i18n/norms.js';
import type { Lang, Localized } from '../report/types.js';
import { resolveModelplan } from '../domain/aanvraag.js';

export type FrameKind = 'kostencategorie' | 'mijlpaal' | 'randvoorwaarde' | 'sector' | 'zorgpad' | 'regionale-invulling' | 'modelplan';

/** A value the cursor is on (or being typed), what it refers to, and its span in the text. */
export interface FrameSlot {
  kind: FrameKind;
  word: string;
  start: number;
  end: number;
}

export interface FrameEntry {
  id: string;
  title: string;
  /** Markdown: title, norm and source. */
  markdown: string;
}

const kindName: Record<FrameKind, { nl: string; en: string }> = {
  kostencategorie: { nl: 'Kostencategorie', en: 'Cost category' },
  mijlpaal: { nl: 'Mijlpaal', en: 'Milestone' },
  randvoorwaarde: { nl: 'Randvoorwaarde', en: 'Precondition' },
  sector: { nl: 'Sector', en: 'Sector' },
  zorgpad: { nl: 'Zorgpad', en: 'Care pathway' },
  'regionale-invulling': { nl: 'Regionale invulling', en: 'Regional part' },
  modelplan: { nl: 'Modelplan', en: 'Modelplan' },
};

const words = {
  bron: { nl: 'Bron', en: 'Source' },
  sectorAllowed: { nl: 'toegestaan in dit modelplan (sectoren: {list})', en: 'allowed in this modelplan (sectors: {list})' },
  sectorNotAllowed: { nl: 'niet toegestaan in dit modelplan (sectoren: {list})', en: 'not allowed in this modelplan (sectors: {list})' },
  inModelplan: { nl: 'uit modelplan {titel} ({id} {versie})', en: 'from modelplan {titel} ({id} {versie})' },
  plan: { nl: 'versie {versie}, {status}; thema {thema}, route {route}', en: 'version {versie}, {status}; theme {thema}, route {route}' },
};

/** The one template filler (src/i18n/template.ts), under the name this module used. */
const fill = (text: Localized, lang: Lang, args: Record<string, string | number>): string => t(text, lang, args);

const WORD = /[\w.-]/;
/** `key: value` keys (block or flow style) and the kind of value they hold. */
const KEY_KINDS: Record<string, FrameKind | { under: Record<string, FrameKind> }> = {
  categorie: 'kostencategorie',
  sector: 'sector',
  zorgpad: 'zorgpad',
  id: { under: { mijlpalen: 'mijlpaal', randvoorwaarden: 'randvoorwaarde', regionale_invulling: 'regionale-invulling', modelplan: 'modelplan' } },
};

/** The frame value at `offset`: on it (hover) or just after it (completion, `atEnd`). */
export function slotAt(text: string, offset: number): FrameSlot | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let start = offset;
  while (start > lineStart && WORD.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end]!)) end++;
  const before = text.slice(lineStart, start);
  // The key right before the value: `categorie: ` or `{ id: "` (a quote may open the value).
  const key = /(?:^|[\s{,-])([A-Za-z_][\w-]*)\s*:\s*["']?$/.exec(before);
  if (!key) return undefined;
  const name = key[1]!;
  const entry = KEY_KINDS[name];
  if (!entry) return undefined;
  const word = text.slice(start, end);
  if (typeof entry === 'string') return { kind: entry, word, start, end };
  const keyColumn = key.index + key[0].indexOf(name);
  const parent = parentKey(text, lineStart, keyColumn);
  const kind = parent === undefined ? undefined : entry.under[parent];
  return kind ? { kind, word, start, end } : undefined;
}

/** The nearest line above with a plain `key:` indented less than `column`: the parent mapping's key. */
function parentKey(text: string, lineStart: number, column: number): string | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const match = /^( *)([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (match && match[1]!.length < column) return match[2];
    end = start - 1;
  }
  return undefined;
}

/** The modelplan an application refers to, read leniently from text that may not parse. */
export function modelplanOf(text: string, frame: Frame): Modelplan | undefined {
  let ref: { id?: unknown; versie?: unknown } | undefined;
  try {
    const data = parse(text, { maxAliasCount: 100 }) as { modelplan?: { id?: unknown; versie?: unknown } } | null;
    ref = data?.modelplan ?? undefined;
  } catch {
    const block = /^modelplan\s*:(.*(?:\n[ \t]+.*)*)/m.exec(text)?.[1] ?? '';
    ref = { id: /\bid\s*:\s*["']?([\w.-]+)/.exec(block)?.[1], versie: /\bversie\s*:\s*["']?([\w.-]+)/.exec(block)?.[1] };
  }
  if (typeof ref?.id !== 'string') return undefined;
  const exact = resolveModelplan(frame, { id: ref.id, versie: String(ref.versie ?? '') });
  return exact ?? frame.modelplannen.find((m) => m.id === ref.id);
}

function planLine(modelplan: Modelplan, lang: Lang): string {
  return fill(words.inModelplan, lang, { titel: modelplan.titel, id: modelplan.id, versie: modelplan.versie });
}

/** Every id the frame offers for a kind, with its hover text. */
export function entries(kind: FrameKind, modelplan: Modelplan | undefined, frame: Frame, lang: Lang): FrameEntry[] {
  const head = (id: string, title: string) => `**${kindName[kind][lang]} \`${id}\`**: ${title}`;
  const block = (...lines: (string | undefined)[]) => lines.filter((l) => l !== undefined).join('\n\n');
  if (kind === 'modelplan') {
    return frame.modelplannen.map((m) => ({
      id: m.id,
      title: m.titel,
      markdown: block(
        head(m.id, m.titel),
        fill(words.plan, lang, { versie: m.versie, status: m.status, thema: m.thema, route: m.financieringsroute }),
        // The norms in the words of init and the form (src/i18n/norms.ts).
        bovengrensNorm(m, lang),
        `${words.bron[lang]}: ${m.bovengrens.bron}`,
        looptijdNorm(m, lang),
      ),
    }));
  }
  if (!modelplan) return [];
  const from = planLine(modelplan, lang);
  switch (kind) {
    case 'kostencategorie':
      return modelplan.kostencategorieen.map((c) => {
        // The norms in the words of init and the form (src/i18n/norms.ts).
        return { id: c.id, title: c.titel, markdown: block(head(c.id, c.titel), normLine(fundabilityNorm(c, lang), lang), `${words.bron[lang]}: ${c.bron}`, from) };
      });
    case 'mijlpaal':
      return modelplan.mijlpalen.map((m) => ({
        id: m.id,
        title: m.titel,
        markdown: block(head(m.id, m.titel), normLine(deadlineNorm(m, lang), lang), `${words.bron[lang]}: ${m.bron}`, from),
      }));
    case 'randvoorwaarde':
      return modelplan.randvoorwaarden.map((r) => ({
        id: r.id,
        title: r.titel,
        markdown: block(head(r.id, r.titel), normLine(explanationNorm(r, lang), lang), `${words.bron[lang]}: ${r.bron}`, from),
      }));
    case 'sector':
      return modelplan.sectoren.map((s) => ({
        id: s,
        title: s,
        markdown: block(head(s, fill(words.sectorAllowed, lang, { list: modelplan.sectoren.join(', ') })), `${words.bron[lang]}: ${modelplan.toepassingsgebied}`, from),
      }));
    case 'zorgpad':
      return (modelplan.zorgpaden ?? []).map((z) => ({ id: z.id, title: z.naam, markdown: block(head(z.id, z.naam), from) }));
    case 'regionale-invulling':
      return modelplan.regionale_invulling.map((r) => ({ id: r.id, title: r.titel, markdown: block(head(r.id, r.titel), from) }));
  }
}

/** Hover text for the value at `offset`, or undefined when it is not a frame value. */
export function frameHover(text: string, offset: number, frame: Frame, lang: Lang): { markdown: string; start: number; end: number } | undefined {
  const slot = slotAt(text, offset);
  if (!slot || slot.word === '') return undefined;
  const modelplan = modelplanOf(text, frame);
  const entry = entries(slot.kind, modelplan, frame, lang).find((e) => e.id === slot.word);
  if (entry) return { markdown: entry.markdown, start: slot.start, end: slot.end };
  // A sector the modelplan does not allow: say so, with the sectors it does allow.
  if (slot.kind === 'sector' && modelplan) {
    const markdown = `**${kindName.sector[lang]} \`${slot.word}\`**: ${fill(words.sectorNotAllowed, lang, { list: modelplan.sectoren.join(', ') })}\n\n${planLine(modelplan, lang)}`;
    return { markdown, start: slot.start, end: slot.end };
  }
  return undefined;
}

/** Completion: the modelplan's own ids for the value being typed at `offset`. */
export function frameCompletion(text: string, offset: number, frame: Frame, lang: Lang): { slot: FrameSlot; entries: FrameEntry[] } | undefined {
  const slot = slotAt(text, offset);
  if (!slot) return undefined;
  return { slot, entries: entries(slot.kind, modelplanOf(text, frame), frame, lang) };
}
