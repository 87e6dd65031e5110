import { defineRule, type RawFinding } from './define.js';

type Id = 'thema' | 'route';

export const themaRoute = defineRule({
  id: 'thema-route',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Thema of financieringsroute wijkt af van het modelplan', en: 'Theme or financing route differs from the modelplan' },
  docs: {
    description: {
      nl: 'Het thema en de financieringsroute van een aanvraag liggen vast in haar modelplan: AI, digitale en hybride zorg en medische technologie via de Zvw (zorgverzekeraars), het sociaal domein via de SPUK (gemeenten). Een afwijkende opgave wijst op het verkeerde modelplan.',
      en: 'The theme and financing route of an application are fixed by its modelplan: AI, digital and hybrid care and medical technology through the Zvw (insurers), the social domain through the SPUK (municipalities). A different statement points at the wrong modelplan.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1 en §4.3',
    example: 'modelplan: { id: valpreventie, versie: 1.0.0 }\nthema: ai            # het modelplan zegt sociaal-domein\nfinancieringsroute: zvw',
  },
  messages: {
    thema: { nl: 'thema "{gegeven}" wijkt af van het modelplan: dat heeft thema "{verwacht}"', en: 'theme "{gegeven}" differs from the modelplan: it has theme "{verwacht}"' },
    route: { nl: 'financieringsroute "{gegeven}" wijkt af van het modelplan: dat gaat via "{verwacht}"', en: 'financing route "{gegeven}" differs from the modelplan: it goes through "{verwacht}"' },
  },
  check({ aanvraag, modelplan }) {
    const out: RawFinding<Id>[] = [];
    if (!modelplan) return out;
    if (aanvraag.thema !== modelplan.thema) out.push({ pointer: '/thema', messageId: 'thema', args: { gegeven: aanvraag.thema, verwacht: modelplan.thema } });
    if (aanvraag.financieringsroute !== modelplan.financieringsroute) {
      out.push({ pointer: '/financieringsroute', messageId: 'route', args: { gegeven: aanvraag.financieringsroute, verwacht: modelplan.financieringsroute } });
    }
    return out;
  },
});
