import { defineRule } from './define.js';

export const aanvragerPenvoerder = defineRule({
  id: 'aanvrager-penvoerder',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Niet precies één penvoerder', en: 'Not exactly one lead party' },
  docs: {
    description: {
      nl: 'Eén partij is penvoerder: zij dient in en is het aanspreekpunt van de zorgverzekeraars of het Rijk. Geen penvoerder, of meer dan één, maakt de aanvraag onduidelijk.',
      en: 'One party is the lead (penvoerder): it submits and is the point of contact for the insurers or the state. No lead, or more than one, makes the application unclear.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (aanvraag door samenwerkingscoalitie of regio)',
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
