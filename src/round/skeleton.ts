/**
 * A decision skeleton (`modelplan init-beoordeling`): the application's fingerprint, the insurer
 * the application names for the role, and one response per review reason, with placeholders
 * (<VUL IN: …>) where the assessor decides, so an untouched skeleton never passes `check`.
 * `refreshDecision` brings an existing decision to the application's current content: the new
 * fingerprint, answers kept for the reasons that remain, placeholders for new ones.
 */
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { formatEuros, t } from '../i18n/ui.js';
import type { Lang, Localized } from '../report/types.js';
import { placeholderText } from '../validate/placeholders.js';
import { UITKOMSTEN, type Rol, type Uitkomst } from './types.js';

export interface SkeletonInput {
  file: string;
  fingerprint: string;
  rol: Rol;
  verzekeraar: { naam: string; uzovi: string };
  datum: string;
  uitkomst?: Uitkomst;
  gevraagd: number;
  bovengrens?: number;
  reasons: { ruleId: string; pointer: string; message: string }[];
  lang: Lang;
}

const T = {
  header: { nl: 'Beoordeling van {file} door de {rol} zorgverzekeraar (modelplan init-beoordeling).', en: 'Decision on {file} by the {rol} insurer (modelplan init-beoordeling).' },
  coordinerend: { nl: 'coördinerende', en: 'coordinating' },
  tweede: { nl: 'tweede', en: 'second' },
  howto: { nl: 'Vul elke <VUL IN: …> in en controleer samen met de aanvraag: modelplan check {file} <dit bestand>', en: 'Fill in every <FILL IN: …> and check together with the application: modelplan check {file} <this file>' },
  uitkomst: { nl: 'een van {allowed}', en: 'one of {allowed}' },
  motivering: { nl: 'waarom deze uitkomst', en: 'why this outcome' },
  reactie: { nl: 'uw afweging bij deze reden', en: 'your assessment of this reason' },
  reason: { nl: 'Reden: {message}', en: 'Reason: {message}' },
  amount: { nl: 'Gevraagd € {gevraagd}; bovengrens € {bovengrens}. Minder dan gevraagd? Geef dan per_ontvanger (AGB, KvK of gemeentecode uit de begroting), opgeteld gelijk aan bedrag.', en: 'Requested € {gevraagd}; upper limit € {bovengrens}. Less than requested? Then give per_ontvanger (AGB, KvK or gemeentecode from the begroting), adding up to bedrag.' },
  voorwaarden: { nl: 'Bij akkoord-onder-voorwaarden: minstens één voorwaarde.', en: 'With akkoord-onder-voorwaarden: at least one condition.' },
  voorwaarde: { nl: 'een voorwaarde bij het akkoord', en: 'a condition of the approval' },
} satisfies Record<string, Localized>;

function responses(reasons: SkeletonInput['reasons'], lang: Lang, kept: Map<string, string> = new Map()) {
  return reasons.map((r) => ({ regel: r.ruleId, pointer: r.pointer, motivering: kept.get(`${r.ruleId}\u0000${r.pointer}`) ?? placeholderText(t(T.reactie, lang), lang) }));
}

export function decisionSkeleton(input: SkeletonInput): string {
  const { lang } = input;
  const data = {
    soort: 'beoordeling',
    aanvraag: { bestand: input.file, fingerprint: input.fingerprint },
    rol: input.rol,
    verzekeraar: { naam: input.verzekeraar.naam, uzovi: input.verzekeraar.uzovi },
    datum: input.datum,
    uitkomst: input.uitkomst ?? placeholderText(t(T.uitkomst, lang, { allowed: UITKOMSTEN.join(', ') }), lang),
    motivering: placeholderText(t(T.motivering, lang), lang),
    reacties: responses(input.reasons, lang),
  };
  // An amount only where the outcome may approve one; conditions only where they may be set.
  const approves = input.uitkomst === undefined || input.uitkomst === 'akkoord' || input.uitkomst === 'akkoord-onder-voorwaarden';
  if (approves) Object.assign(data, { toegekend: { bedrag: input.gevraagd } });
  if (input.uitkomst === undefined || input.uitkomst === 'akkoord-onder-voorwaarden') {
    Object.assign(data, { voorwaarden: input.uitkomst === undefined ? [] : [placeholderText(t(T.voorwaarde, lang), lang)] });
  }
  const doc = new Document(data);
  doc.commentBefore = ` ${t(T.header, lang, { file: input.file, rol: t(T[input.rol], lang) })}\n ${t(T.howto, lang, { file: input.file })}`;
  const reacties = doc.get('reacties', true) as unknown as { items: { commentBefore?: string }[] } | undefined;
  reacties?.items.forEach((item, i) => (item.commentBefore = ` ${t(T.reason, lang, { message: input.reasons[i]!.message })}`));
  const toegekend = doc.get('toegekend', true) as unknown as { commentBefore?: string } | undefined;
  const bovengrens = input.bovengrens === undefined ? '?' : formatEuros(input.bovengrens, lang);
  if (toegekend) toegekend.commentBefore = ` ${t(T.amount, lang, { gevraagd: formatEuros(input.gevraagd, lang), bovengrens })}`;
  const voorwaarden = doc.get('voorwaarden', true) as unknown as { commentBefore?: string } | undefined;
  if (voorwaarden) voorwaarden.commentBefore = ` ${t(T.voorwaarden, lang)}`;
  return doc.toString({ lineWidth: 0 });
}

/** The existing decision text brought to the application's current fingerprint and reasons; comments and the rest kept. */
export function refreshDecision(text: string, input: SkeletonInput): string {
  const doc = parseDocument(text);
  doc.setIn(['aanvraag', 'fingerprint'], input.fingerprint);
  doc.setIn(['aanvraag', 'bestand'], input.file);
  const old = doc.get('reacties', true);
  const existing = isSeq(old) ? old.items.filter(isMap) : [];
  const key = (regel: unknown, pointer: unknown) => `${String(regel)}\u0000${String(pointer)}`;
  const seq = new YAMLSeq();
  for (const [i, response] of responses(input.reasons, input.lang).entries()) {
    // An answer to a reason that remains is kept as it is, comments and all; a new reason gets a placeholder.
    const kept = existing.find((item) => key(item.get('regel'), item.get('pointer')) === key(response.regel, response.pointer));
    const node = kept ?? doc.createNode(response);
    if (!kept) node.commentBefore = ` ${t(T.reason, input.lang, { message: input.reasons[i]!.message })}`;
    seq.items.push(node);
  }
  // `yaml` keeps the comment above the first item on the list itself.
  if (isSeq(old) && existing[0] !== undefined && seq.items[0] === existing[0]) seq.commentBefore = old.commentBefore;
  doc.set('reacties', seq);
  return doc.toString({ lineWidth: 0 });
}
