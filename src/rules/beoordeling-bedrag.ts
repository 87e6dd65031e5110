import { matchDecision } from '../round/match.js';
import { defineRule, type FileRawFinding } from './define.js';

type Id = 'aboveRequested' | 'aboveBovengrens' | 'splitMissing' | 'splitSum' | 'unknownReceiver' | 'receiverAboveRequested' | 'receiverTwice';

export const beoordelingBedrag = defineRule({
  id: 'beoordeling-bedrag',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Toegekend bedrag past niet bij de aanvraag', en: 'Approved amount does not fit the application' },
  docs: {
    description: {
      nl: "Het toegekende bedrag is niet meer dan gevraagd en niet meer dan de bovengrens van het modelplan. Is het minder dan gevraagd, dan staat per ontvangende partij (AGB, KvK of gemeentecode uit de begroting) wat zij krijgt, niet meer dan zij vroeg, en dat telt precies op tot het toegekende bedrag. Alles in hele euro's, exact.",
      en: 'The approved amount is no more than requested and no more than the modelplan’s upper limit. When it is less than requested, the decision says per receiving party (AGB, KvK or gemeentecode from the begroting) what it gets, no more than it asked, adding up exactly to the approved amount. All in whole euros, exact.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (bovengrens per doorbraakproject; uitbetaling aan zorgaanbieders); SPUK IZA Bijlage I (verdeling over partijen zichtbaar)',
    example: 'toegekend:\n  bedrag: 2000000  # gevraagd 2.400.000, maar geen per_ontvanger',
  },
  messages: {
    aboveRequested: { nl: 'toegekend € {toegekend:euro} is meer dan gevraagd (€ {gevraagd:euro})', en: 'approved € {toegekend:euro} is more than requested (€ {gevraagd:euro})' },
    aboveBovengrens: { nl: 'toegekend € {toegekend:euro} is meer dan de bovengrens van het modelplan (€ {bovengrens:euro})', en: 'approved € {toegekend:euro} is more than the modelplan’s upper limit (€ {bovengrens:euro})' },
    splitMissing: { nl: 'toegekend € {toegekend:euro} is minder dan gevraagd (€ {gevraagd:euro}): geef per_ontvanger', en: 'approved € {toegekend:euro} is less than requested (€ {gevraagd:euro}): give per_ontvanger' },
    splitSum: { nl: 'per_ontvanger telt op tot € {som:euro}, niet tot het toegekende € {toegekend:euro}', en: 'per_ontvanger adds up to € {som:euro}, not to the approved € {toegekend:euro}' },
    unknownReceiver: { nl: '{ontvanger} ontvangt niets in de begroting van de aanvraag', en: '{ontvanger} receives nothing in the application’s begroting' },
    receiverAboveRequested: { nl: '{ontvanger} krijgt € {toegekend:euro}, meer dan gevraagd (€ {gevraagd:euro})', en: '{ontvanger} gets € {toegekend:euro}, more than requested (€ {gevraagd:euro})' },
    receiverTwice: { nl: '{ontvanger} staat meer dan eens in per_ontvanger', en: '{ontvanger} is in per_ontvanger more than once' },
  },
  check({ aanvragen, beoordelingen }) {
    return beoordelingen.flatMap((d): FileRawFinding<Id>[] => {
      const toegekend = d.beoordeling.toegekend;
      if (!toegekend) return [];
      const out: FileRawFinding<Id>[] = [];
      const split = toegekend.per_ontvanger;
      if (split) {
        const som = split.reduce((s, p) => s + p.bedrag, 0);
        if (som !== toegekend.bedrag) out.push({ file: d.file, pointer: '/toegekend/per_ontvanger', messageId: 'splitSum', args: { som, toegekend: toegekend.bedrag } });
      }
      const match = matchDecision(d, aanvragen);
      if (match.kind !== 'actueel') return out;
      const app = match.application;
      if (toegekend.bedrag > app.totaal) out.push({ file: d.file, pointer: '/toegekend/bedrag', messageId: 'aboveRequested', args: { toegekend: toegekend.bedrag, gevraagd: app.totaal } });
      if (app.bovengrens !== undefined && toegekend.bedrag > app.bovengrens) out.push({ file: d.file, pointer: '/toegekend/bedrag', messageId: 'aboveBovengrens', args: { toegekend: toegekend.bedrag, bovengrens: app.bovengrens } });
      if (toegekend.bedrag < app.totaal && !split) out.push({ file: d.file, pointer: '/toegekend/bedrag', messageId: 'splitMissing', args: { toegekend: toegekend.bedrag, gevraagd: app.totaal } });
      const seen = new Set<string>();
      (split ?? []).forEach((p, i) => {
        const asked = app.perOntvanger.find((r) => r.id === p.ontvanger);
        if (seen.has(p.ontvanger)) out.push({ file: d.file, pointer: `/toegekend/per_ontvanger/${i}/ontvanger`, messageId: 'receiverTwice', args: { ontvanger: p.ontvanger } });
        seen.add(p.ontvanger);
        if (!asked) out.push({ file: d.file, pointer: `/toegekend/per_ontvanger/${i}/ontvanger`, messageId: 'unknownReceiver', args: { ontvanger: p.ontvanger } });
        else if (p.bedrag > asked.bedrag) out.push({ file: d.file, pointer: `/toegekend/per_ontvanger/${i}/bedrag`, messageId: 'receiverAboveRequested', args: { ontvanger: p.ontvanger, toegekend: p.bedrag, gevraagd: asked.bedrag } });
      });
      return out;
    });
  },
});
