import { defineRule } from './define.js';

export const zorgverzekeraars = defineRule({
  id: 'zorgverzekeraars',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Coördinerende en tweede zorgverzekeraar', en: 'Coordinating and second insurer' },
  docs: {
    description: {
      nl: 'Op de Zvw-route beoordelen de coördinerende en een tweede zorgverzekeraar de aanvraag. Beide staan in de aanvraag, met verschillende UZOVI-codes. Op de SPUK-route spelen zorgverzekeraars geen rol.',
      en: 'On the Zvw route the coordinating and a second insurer assess the application. Both are in the application, with different UZOVI codes. On the SPUK route insurers play no part.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2',
    example: 'zorgverzekeraars:\n  coordinerend: { naam: A, uzovi: "3358" }\n  tweede: { naam: B, uzovi: "3358" }   # dezelfde verzekeraar',
  },
  messages: {
    missing: { nl: 'op de Zvw-route ontbreken de zorgverzekeraars (coördinerend en tweede)', en: 'on the Zvw route the insurers (coordinating and second) are missing' },
    same: { nl: 'de tweede zorgverzekeraar is dezelfde als de coördinerende (UZOVI {uzovi}); kies een andere', en: 'the second insurer is the same as the coordinating one (UZOVI {uzovi}); choose another' },
    notOnSpuk: { nl: 'op de SPUK-route beoordelen geen zorgverzekeraars; laat zorgverzekeraars weg', en: 'on the SPUK route no insurers assess; leave out zorgverzekeraars' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const zv = aanvraag.zorgverzekeraars;
    if (modelplan.financieringsroute === 'spuk') return zv ? [{ pointer: '/zorgverzekeraars', messageId: 'notOnSpuk', severity: 'warning' }] : [];
    if (!zv) return [{ pointer: '', messageId: 'missing' }];
    return zv.coordinerend.uzovi === zv.tweede.uzovi ? [{ pointer: '/zorgverzekeraars/tweede/uzovi', messageId: 'same', args: { uzovi: zv.tweede.uzovi } }] : [];
  },
});
