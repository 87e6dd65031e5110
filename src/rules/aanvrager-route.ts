import { defineRule } from './define.js';

export const aanvragerRoute = defineRule({
  id: 'aanvrager-route',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Aanvrager past niet bij de financieringsroute', en: 'Applicant does not fit the financing route' },
  docs: {
    description: {
      nl: 'Op de Zvw-route dient een samenwerkingscoalitie of een regio in; een gemeente kan daar niet alleen aanvragen. Op de SPUK-route (sociaal domein) gaat het geld naar gemeenten: de aanvrager is een gemeente en de penvoerder is een gemeente met een CBS-gemeentecode.',
      en: 'On the Zvw route a coalition or a region applies; a municipality cannot apply alone there. On the SPUK route (social domain) the money goes to municipalities: the applicant is a municipality and the lead party is a municipality with a CBS code.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 en §4.3; AZWA voetnoot 33',
    example: 'financieringsroute: zvw\naanvrager:\n  vorm: gemeente   # niet op de Zvw-route',
  },
  messages: {
    zvwGemeente: { nl: 'op de Zvw-route kan een gemeente niet alleen aanvragen; dien in als coalitie of regio met zorgaanbieders', en: 'on the Zvw route a municipality cannot apply alone; apply as a coalition or region with care providers' },
    spukVorm: { nl: 'op de SPUK-route (sociaal domein) is de aanvrager een gemeente; gevonden vorm "{vorm}"', en: 'on the SPUK route (social domain) the applicant is a municipality; found form "{vorm}"' },
    spukPenvoerder: { nl: 'op de SPUK-route is de penvoerder een gemeente met een CBS-gemeentecode', en: 'on the SPUK route the lead party is a municipality with a CBS municipality code' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const { aanvrager } = aanvraag;
    if (modelplan.financieringsroute === 'zvw') {
      const onlyGemeenten = aanvrager.leden.every((l) => l.soort === 'gemeente');
      return aanvrager.vorm === 'gemeente' || onlyGemeenten ? [{ pointer: aanvrager.vorm === 'gemeente' ? '/aanvrager/vorm' : '/aanvrager/leden', messageId: 'zvwGemeente' }] : [];
    }
    if (aanvrager.vorm !== 'gemeente') return [{ pointer: '/aanvrager/vorm', messageId: 'spukVorm', args: { vorm: aanvrager.vorm } }];
    const index = aanvrager.leden.findIndex((l) => l.penvoerder === true);
    const penvoerder = aanvrager.leden[index];
    if (penvoerder && (penvoerder.soort !== 'gemeente' || penvoerder.gemeentecode === undefined)) {
      return [{ pointer: `/aanvrager/leden/${index}`, messageId: 'spukPenvoerder' }];
    }
    return [];
  },
});
