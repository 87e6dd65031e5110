/**
 * Skeletons after approval. `init-verantwoording`: an account for one year started from what was
 * approved (the NZa request): per provider the year's begroting lines of the application, scaled
 * to the approved amount (largest remainder, adding up exactly), the milestones due that year, and
 * placeholders (<VUL IN: …>) where the penvoerder reports what really happened, so an untouched
 * skeleton never passes `check`. `init-plausibiliteit`: a judgement on one account with its
 * fingerprint and a response per finding.
 */
import { Document } from 'yaml';
import { t } from '../i18n/ui.js';
import type { Aanvraag } from '../domain/types.js';
import type { Lang, Localized } from '../report/types.js';
import { split } from '../budget/money.js';
import type { NzaRequest } from '../round/types.js';
import { placeholderText } from '../validate/placeholders.js';
import { PLAUSIBILITEIT_UITKOMSTEN } from './types.js';

const T = {
  header: { nl: 'Verantwoording {jaar} van {titel} (modelplan init-verantwoording), gestart met de goedgekeurde bedragen.', en: 'Account {jaar} of {titel} (modelplan init-verantwoording), started from the approved amounts.' },
  howto: { nl: 'Vervang de bedragen door wat werkelijk is besteed, vul elke <VUL IN: …> in en controleer: modelplan check <dit bestand>', en: 'Replace the amounts by what was really spent, fill in every <FILL IN: …> and check: modelplan check <this file>' },
  penvoerder: { nl: 'naam van de penvoerder', en: 'name of the penvoerder' },
  mijlpaal: { nl: 'de bereikte mijlpaal waaraan dit geld is gebonden: {ids}', en: 'the reached milestone this money is tied to: {ids}' },
  datum: { nl: 'datum waarop de mijlpaal is bereikt (gepland {datum})', en: 'date the milestone was reached (planned {datum})' },
  bewijs: { nl: 'waaruit blijkt dat de mijlpaal is bereikt', en: 'what shows the milestone was reached' },
  fte: { nl: 'gerealiseerde besparing in fte (beoogd {fte})', en: 'realised saving in fte (claimed {fte})' },
  meetmethode: { nl: 'hoe de besparing is gemeten', en: 'how the saving was measured' },
  jheader: { nl: 'Plausibiliteitstoets van {file} (modelplan init-plausibiliteit).', en: 'Plausibility test of {file} (modelplan init-plausibiliteit).' },
  jhowto: { nl: 'Vul elke <VUL IN: …> in en controleer samen met de verantwoording: modelplan check {file} <dit bestand>', en: 'Fill in every <FILL IN: …> and check together with the account: modelplan check {file} <this file>' },
  uitkomst: { nl: 'een van {allowed}', en: 'one of {allowed}' },
  motivering: { nl: 'waarom dit oordeel', en: 'why this judgement' },
  reactie: { nl: 'uw afweging bij deze bevinding', en: 'your assessment of this finding' },
  finding: { nl: 'Bevinding: {message}', en: 'Finding: {message}' },
} satisfies Record<string, Localized>;

export interface AccountSkeletonInput {
  request: NzaRequest;
  aanvraag: Aanvraag;
  geldAanMijlpalen: boolean;
  jaar: number;
  /** Paths as the account will name them (relative to its folder). */
  nzaPath: string;
  aanvraagPath: string;
  lang: Lang;
}

export function accountSkeleton(input: AccountSkeletonInput): string {
  const { request, aanvraag, jaar, lang } = input;
  const due = aanvraag.mijlpalen.filter((m) => m.datum.startsWith(`${jaar}-`));
  const ids = aanvraag.mijlpalen.map((m) => m.id).join(', ');
  const kosten = request.zorgaanbieders.flatMap((p) => {
    const approved = p.perJaar.find((y) => y.jaar === jaar)?.bedrag ?? 0;
    const lines = aanvraag.begroting.filter((l) => l.ontvanger === p.ontvanger && l.jaar === jaar);
    const scaled = split(lines.map((l, i) => ({ key: i, amount: l.bedrag })), approved);
    return lines.map((l, i) => ({
      categorie: l.categorie,
      ontvanger: l.ontvanger,
      jaar,
      bedrag: scaled.get(i) ?? 0,
      omschrijving: l.omschrijving,
      ...(input.geldAanMijlpalen ? { mijlpaal: placeholderText(t(T.mijlpaal, lang, { ids }), lang) } : {}),
    }));
  });
  const member = aanvraag.aanvrager.leden.find((l) => l.penvoerder);
  const data = {
    soort: 'verantwoording',
    jaar,
    nza_aanvraag: input.nzaPath,
    aanvraag: { bestand: input.aanvraagPath, fingerprint: request.aanvraag.fingerprint },
    penvoerder: { naam: member?.naam ?? placeholderText(t(T.penvoerder, lang), lang), ...(member?.agb ? { agb: member.agb } : {}) },
    kosten,
    mijlpalen: due.map((m) => ({ id: m.id, datum: placeholderText(t(T.datum, lang, { datum: m.datum }), lang), bewijs: placeholderText(t(T.bewijs, lang), lang) })),
    besparing: {
      fte: placeholderText(t(T.fte, lang, { fte: String(aanvraag.businesscase.fte_besparing) }), lang),
      meetmethode: placeholderText(t(T.meetmethode, lang), lang),
      peiljaar: aanvraag.businesscase.peiljaar,
    },
  };
  const doc = new Document(data);
  doc.commentBefore = ` ${t(T.header, lang, { jaar: String(jaar), titel: request.aanvraag.titel })}\n ${t(T.howto, lang)}`;
  return doc.toString({ lineWidth: 0 });
}

export interface JudgementSkeletonInput {
  file: string;
  fingerprint: string;
  verzekeraar: { naam: string; uzovi: string };
  datum: string;
  findings: { ruleId: string; pointer: string; message: string }[];
  lang: Lang;
}

export function judgementSkeleton(input: JudgementSkeletonInput): string {
  const { lang } = input;
  const data = {
    soort: 'plausibiliteit',
    verantwoording: { bestand: input.file, fingerprint: input.fingerprint },
    verzekeraar: input.verzekeraar,
    datum: input.datum,
    uitkomst: placeholderText(t(T.uitkomst, lang, { allowed: PLAUSIBILITEIT_UITKOMSTEN.join(', ') }), lang),
    motivering: placeholderText(t(T.motivering, lang), lang),
    reacties: input.findings.map((f) => ({ regel: f.ruleId, pointer: f.pointer, motivering: placeholderText(t(T.reactie, lang), lang) })),
  };
  const doc = new Document(data);
  doc.commentBefore = ` ${t(T.jheader, lang, { file: input.file })}\n ${t(T.jhowto, lang, { file: input.file })}`;
  const reacties = doc.get('reacties', true) as unknown as { items: { commentBefore?: string }[] } | undefined;
  reacties?.items.forEach((item, i) => (item.commentBefore = ` ${t(T.finding, lang, { message: input.findings[i]!.message })}`));
  return doc.toString({ lineWidth: 0 });
}
