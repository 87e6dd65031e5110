import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { findConcept, freeTexts, tokenize } from './text-signal.js';

export const afwijkingBeschreven = defineRule({
  id: 'afwijking-beschreven',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Afwijking alleen in de vrije tekst', en: 'Deviation only in the free text' },
  docs: {
    description: {
      nl: 'Een afwijking van het normatieve kader vraagt aanvullende beoordeling (nota §4.2), ook als de aanvrager haar alleen beschrijft. De vrije tekst wordt gelezen op het begrip afwijking (afwijken, afwijkend, wijken … af, uitzondering, deviate, exception, …) en op een tegenstelling met het kader (in plaats van, anders dan, niet conform, instead of, … gevolgd door modelplan, norm, kader, voorgeschreven, …). Elke plaats is een reden voor aanvullende beoordeling; meld de afwijking onder afwijkingen met een motivering. De motivering van een gemelde afwijking telt niet.',
      en: 'A deviation from the normative frame calls for additional review (note §4.2), also when the applicant only describes it. The free text is read for the concept of deviation (deviate, exception, and the Dutch afwijken, wijken … af, …) and for a contrast with the frame (instead of, other than, not in line, … followed by modelplan, norm, framework, prescribed, …). Each place is a reason for additional review; declare the deviation under afwijkingen with a motivation. The motivation of a declared deviation does not count.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2: aanvullende inhoudelijke beoordeling "waar van het normatieve kader wordt afgeweken"',
    example: 'businesscase:\n  onderbouwing: "Op de kostenverdeling wijken wij af van het modelplan."',
  },
  messages: {
    described: {
      nl: 'de tekst beschrijft een afwijking van het kader ("{gevonden}"); meld haar onder afwijkingen met onderdeel en motivering ({bron})',
      en: 'the text describes a deviation from the frame ("{gevonden}"); declare it under afwijkingen with its part and motivation ({bron})',
    },
  },
  check({ aanvraag, frame }) {
    const begrippen = frame.referentielijsten?.begrippen;
    if (!begrippen) return [];
    const out: RawFinding<'described'>[] = [];
    for (const { pointer, text } of freeTexts(aanvraag)) {
      const tokens = tokenize(text);
      const direct = findConcept(tokens, begrippen.afwijking);
      const contrast = direct ? undefined : findConcept(tokens, begrippen.tegen_kader);
      const frameWord = contrast && findConcept(tokens, begrippen.kader);
      const gevonden = direct?.found ?? (frameWord ? `${contrast!.found} … ${frameWord.found}` : undefined);
      if (gevonden !== undefined) out.push({ pointer, messageId: 'described', args: { gevonden, bron: begrippen.afwijking.bron }, reviewReason: true });
    }
    return out;
  },
});
