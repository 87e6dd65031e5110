import { compareVersions } from '../domain/compare.js';
import { defineRule } from './define.js';

export const modelplanNieuwereVersie = defineRule({
  id: 'modelplan-nieuwere-versie',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Er is een nieuwere versie van het modelplan', en: 'A newer version of the modelplan exists' },
  docs: {
    description: {
      nl: 'De aanvraag vult een oudere versie van het modelplan in terwijl er een nieuwere is. Dat mag, maar de aanvrager moet het weten: normen kunnen veranderd zijn. Dat modelplannen in versies verschijnen, is een afleiding van deze tool: de nota (§3) zegt alleen dat ze in werkgroepen met experts worden ontwikkeld.',
      en: 'The application fills in an older version of the modelplan while a newer one exists. That is allowed, but the applicant should know: norms may have changed. That modelplannen appear in versions is this tool’s inference: the note (§3) only says they are being developed in working groups with experts.',
    },
    source: 'Nota VWS 26 maart 2026, §3 (modelplannen worden in werkgroepen met experts ontwikkeld); dat er nieuwere versies komen is een afleiding van deze tool',
    example: 'modelplan:\n  id: spraakgestuurd-rapporteren\n  versie: 1.0.0   # terwijl 1.1.0 bestaat',
  },
  messages: {
    newer: { nl: 'modelplan "{id}" heeft een nieuwere versie {nieuwste} (deze aanvraag: {versie})', en: 'modelplan "{id}" has a newer version {nieuwste} (this application: {versie})' },
  },
  check({ aanvraag, frame }) {
    const { id, versie } = aanvraag.modelplan;
    const newest = frame.modelplannen
      .filter((m) => m.id === id && m.status !== 'ingetrokken')
      .map((m) => m.versie)
      .sort(compareVersions)
      .at(-1);
    return newest !== undefined && compareVersions(newest, versie) > 0
      ? [{ pointer: '/modelplan/versie', messageId: 'newer', args: { id, versie, nieuwste: newest } }]
      : [];
  },
});
