import { defineRule } from './define.js';

export const aanvragerPenvoerder = defineRule({
  id: 'aanvrager-penvoerder',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Niet precies één penvoerder', en: 'Not exactly one lead party' },
  docs: {
    description: {
      nl: 'Eén partij is penvoerder: zij dient in en is het aanspreekpunt van de zorgverzekeraars of het Rijk. Geen penvoerder, of meer dan één, maakt de aanvraag onduidelijk. Dat er precies één penvoerder is, is een afleiding van deze tool: de nota (§4.2) noemt een samenwerkingscoalitie of een individuele regio als aanvrager, geen penvoerder.',
      en: 'One party is the lead (penvoerder): it submits and is the point of contact for the insurers or the state. No lead, or more than one, makes the application unclear. That there is exactly one lead is this tool’s inference: the note (§4.2) names a coalition or an individual region as the applicant, not a lead.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (aanvraag door samenwerkingscoalitie of regio); één penvoerder is een afleiding van deze tool',
    example: 'leden:\n  - { naam: A, soort: zorgaanbieder, agb: "01010101" }\n  - { naam: B, soort: zorgaanbieder, agb: "02020202" }   # geen penvoerder',
  },
  messages: {
    none: { nl: 'geen penvoerder: zet penvoerder: true bij precies één lid', en: 'no lead party: set penvoerder: true on exactly one member' },
    several: { nl: '{aantal} penvoerders; er is er precies één', en: '{aantal} lead parties; there is exactly one' },
  },
  check({ aanvraag }) {
    const leads = aanvraag.aanvrager.leden.map((l, i) => (l.penvoerder === true ? i : -1)).filter((i) => i >= 0);
    if (leads.length === 0) return [{ pointer: '/aanvrager/leden', messageId: 'none' }];
    if (leads.length > 1) return [{ pointer: `/aanvrager/leden/${leads[1]}/penvoerder`, messageId: 'several', args: { aantal: leads.length } }];
    return [];
  },
});
