import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { findConcept } from './text-signal.js';

export const zorgdomeinSignaal = defineRule({
  id: 'zorgdomein-signaal',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Zorg van een andere wet onder een Zvw-label', en: 'Care under another law with a Zvw label' },
  docs: {
    description: {
      nl: 'Op de Zvw-route telt zorg als bedoeld in art. 11 lid 1 onder a Zvw (nota §3), naar wat de zorg is en niet naar het label zorgdomein. De naam van elk lid, de titel, de doelgroep en elke begrotingsregel worden gelezen op het begrip zorg buiten de Zvw (verpleeghuis, woonzorgcentrum, intramuraal, dagbesteding, huishoudelijke hulp, welzijn, jeugdhulp, nursing home, long-term care, social prescribing, …; samenstellingen en Engels inbegrepen). Elke plaats is een reden voor aanvullende beoordeling. Dat Wlz, Wmo en Jeugdwet buiten art. 11 lid 1 a vallen is een afleiding van deze tool, geen tekst van de nota; het sociaal domein loopt via de SPUK (§4.3).',
      en: 'On the Zvw route what counts is care as meant in art. 11(1)(a) Zvw (note §3), by what the care is and not by the zorgdomein label. Every member’s name, the title, the target group and every budget line are read for the concept of care outside the Zvw (nursing home, residential care, day care, domestic help, welfare, youth care, social prescribing, …; compounds and Dutch included). Each place is a reason for additional review. That Wlz, Wmo and Jeugdwet fall outside art. 11(1)(a) is this tool’s inference, not text of the note; the social domain runs through the SPUK (§4.3).',
    },
    source: 'Nota VWS 26 maart 2026, §3 (art. 11 lid 1 onder a Zvw) en §4.3 (sociaal domein via de SPUK); afleiding van deze tool',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: "Uitrol naar de verpleeghuisafdelingen", ontvanger: "73730101", jaar: 2028, bedrag: 520000 }',
  },
  messages: {
    outsideZvw: {
      nl: '"{tekst}" noemt "{gevonden}": op de Zvw-route telt alleen zorg onder art. 11 lid 1 a Zvw, naar wat de zorg is ({bron}); laat zorg van de Wlz, Wmo of Jeugdwet en het sociaal domein buiten deze aanvraag',
      en: '"{tekst}" says "{gevonden}": on the Zvw route only care under art. 11(1)(a) Zvw counts, by what the care is ({bron}); keep Wlz, Wmo, Jeugdwet and social-domain care out of this application',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    const begrip = frame.referentielijsten?.begrippen.zorg_buiten_zvw;
    if (!begrip || !modelplan || modelplan.financieringsroute !== 'zvw') return [];
    const texts = [
      { pointer: '/titel', text: aanvraag.titel },
      ...aanvraag.aanvrager.leden.map((l, i) => ({ pointer: `/aanvrager/leden/${i}/naam`, text: l.naam })),
      ...(aanvraag.inhoud?.doelgroep === undefined ? [] : [{ pointer: '/inhoud/doelgroep', text: aanvraag.inhoud.doelgroep }]),
      ...aanvraag.begroting.map((r, i) => ({ pointer: `/begroting/${i}/omschrijving`, text: r.omschrijving })),
    ];
    const out: RawFinding<'outsideZvw'>[] = [];
    for (const { pointer, text } of texts) {
      const found = findConcept(text, begrip);
      if (found) out.push({ pointer, messageId: 'outsideZvw', args: { tekst: text, gevonden: found.found, bron: begrip.bron }, reviewReason: true });
    }
    return out;
  },
});
