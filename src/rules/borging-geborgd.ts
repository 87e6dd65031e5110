import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { findConcept, tokenize } from './text-signal.js';

type Id = 'uncertain' | 'noCommitment';

export const borgingGeborgd = defineRule({
  id: 'borging-geborgd',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Structurele financiering niet aantoonbaar geborgd', en: 'Structural financing not shown to be secured' },
  docs: {
    description: {
      nl: 'Seed 004 vraagt dat de structurele financiering geborgd is wanneer de middelen worden ingezet; een aangevinkt vakje is dat niet. De tekst van borging.structurele_financiering en de toelichting bij de randvoorwaarde structurele-financiering worden gelezen op begrippen (referentielijsten.yaml): staat er onzekerheid in (nog niet, verkennen, zoeken, hopen, in gesprek, explore, pending, …) of een vervolg uit dezelfde middelen (vervolgaanvraag, doorbraakmiddelen), of noemt de tekst geen vastgelegde dekking (besluit, begroting, overeenkomst, convenant, agreed, signed, budget, …), dan is dat een reden voor aanvullende beoordeling.',
      en: 'Seed 004 asks that structural financing is secured when the money is used; a ticked box is not that. The text of borging.structurele_financiering and the explanation of the precondition structurele-financiering are read for concepts (referentielijsten.yaml): uncertainty (not yet, explore, seek, hope, in talks, pending, …), a follow-up from the same money (vervolgaanvraag, doorbraakmiddelen), or no recorded cover at all (decision, budget, agreement, covenant, agreed, signed, …) is a reason for additional review.',
    },
    source: 'Beleidskeuzes doorbraakmiddelen (seed 004): "structurele financiering geborgd"',
    example: 'borging:\n  structurele_financiering: "Na afloop zoeken we een passende financiering"',
  },
  messages: {
    uncertain: {
      nl: 'de structurele financiering is niet geborgd: de tekst noemt "{gevonden}" ({bron}); beschrijf de vastgelegde dekking na de looptijd (besluit, begroting of overeenkomst)',
      en: 'the structural financing is not secured: the text says "{gevonden}" ({bron}); describe the recorded cover after the term (decision, budget or agreement)',
    },
    noCommitment: {
      nl: 'de structurele financiering noemt geen vastgelegde dekking ({bron}); beschrijf waaruit de kosten na de looptijd komen en waar dat is vastgelegd',
      en: 'the structural financing names no recorded cover ({bron}); describe what pays the costs after the term and where that is recorded',
    },
  },
  check({ aanvraag, frame }) {
    const begrippen = frame.referentielijsten?.begrippen;
    if (!begrippen) return [];
    const texts = [{ pointer: '/borging/structurele_financiering', text: aanvraag.borging.structurele_financiering }];
    aanvraag.randvoorwaarden.forEach((r, i) => {
      if (r.id === 'structurele-financiering' && r.toelichting !== undefined) texts.push({ pointer: `/randvoorwaarden/${i}/toelichting`, text: r.toelichting });
    });
    const out: RawFinding<Id>[] = [];
    for (const { pointer, text } of texts) {
      const tokens = tokenize(text);
      const uncertain = findConcept(tokens, begrippen.onzeker);
      if (uncertain) out.push({ pointer, messageId: 'uncertain', args: { gevonden: uncertain.found, bron: begrippen.onzeker.bron }, reviewReason: true });
      else if (!findConcept(tokens, begrippen.toezegging)) out.push({ pointer, messageId: 'noCommitment', args: { bron: begrippen.toezegging.bron }, reviewReason: true });
    }
    return out;
  },
});
