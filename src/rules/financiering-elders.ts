import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { findConcept, freeTexts } from './text-signal.js';

const BORGING = new Set(['/borging/omschrijving', '/borging/structurele_financiering']);

export const financieringElders = defineRule({
  id: 'financiering-elders',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Andere financiering alleen beschreven', en: 'Other funding only described' },
  docs: {
    description: {
      nl: 'Geen dubbele financiering: andere financiering voor dezelfde activiteiten hoort gemeld onder andere_financiering (dan meldt andere-financiering het). Beschrijft de vrije tekst (titel, businesscase, begrotingsregels, mijlpalen, regionale invulling, doelgroep) een andere bekostiging (subsidie, transformatiemiddelen, bekostigd, cofinanciering, grant, funded, …; niet na een ontkenning als "geen subsidie") terwijl er niets gemeld is, dan is dat een reden voor aanvullende beoordeling. De borging (waaruit de kosten na de looptijd komen) telt hier niet.',
      en: 'No double funding: other funding for the same activities belongs under andere_financiering (then andere-financiering reports it). If the free text (title, business case, budget lines, milestones, regional elaboration, target group) describes other funding (subsidy, transformatiemiddelen, paid for, co-financing, grant, funded, …; not after a negation such as "no subsidy") while nothing is declared, that is a reason for additional review. The borging (what pays after the term) does not count here.',
    },
    source: 'SPUK IZA Bijlage I (geen dubbele financiering), voortgezet in het kader van de doorbraakmiddelen',
    example: 'businesscase:\n  onderbouwing: "De pilot werd eerder bekostigd uit de IZA-transformatiemiddelen."',
  },
  messages: {
    described: {
      nl: 'de tekst noemt "{gevonden}" maar andere_financiering is leeg; meld andere financiering voor dezelfde activiteiten onder andere_financiering ({bron})',
      en: 'the text says "{gevonden}" but andere_financiering is empty; declare other funding for the same activities under andere_financiering ({bron})',
    },
  },
  check({ aanvraag, frame }) {
    const begrip = frame.referentielijsten?.begrippen.andere_financiering;
    if (!begrip || (aanvraag.andere_financiering?.length ?? 0) > 0) return [];
    const out: RawFinding<'described'>[] = [];
    for (const { pointer, text } of freeTexts(aanvraag)) {
      if (BORGING.has(pointer) || pointer.startsWith('/randvoorwaarden/')) continue;
      const found = findConcept(text, begrip);
      if (found) out.push({ pointer, messageId: 'described', args: { gevonden: found.found, bron: begrip.bron }, reviewReason: true });
    }
    return out;
  },
});
