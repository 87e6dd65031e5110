import { suggest } from '../validate/suggest.js';
import { defineRule } from './define.js';

export const zorgpadKeuze = defineRule({
  id: 'zorgpad-keuze',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Zorgpad ontbreekt of is onbekend', en: 'Care pathway missing or unknown' },
  docs: {
    description: {
      nl: 'Een modelplan met zorgpaden (de zes digitale en hybride zorgpaden in de msz) vraagt de aanvraag er precies één te kiezen, zodat elk zorgpad apart geteld kan worden. Een modelplan zonder zorgpaden kent geen zorgpad.',
      en: 'A modelplan with care pathways (the six digital and hybrid pathways in msz) asks the application to choose exactly one, so each pathway can be counted. A modelplan without pathways has none.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1.2',
    example: 'modelplan: { id: digitale-hybride-zorgpaden, versie: 1.0.0 }\nzorgpad: copd-thuis   # kies uit copd, hartfalen, diabetes, astma, hypertensie-zwangeren, ibd',
  },
  messages: {
    missing: { nl: 'kies een zorgpad; dit modelplan kent: {zorgpaden}', en: 'choose a care pathway; this modelplan has: {zorgpaden}' },
    unknown: { nl: 'zorgpad "{zorgpad}" bestaat niet in dit modelplan; kies uit: {zorgpaden}', en: 'care pathway "{zorgpad}" does not exist in this modelplan; choose from: {zorgpaden}' },
    unknownSuggestion: { nl: 'zorgpad "{zorgpad}" bestaat niet in dit modelplan; bedoelde u "{suggestion}"?', en: 'care pathway "{zorgpad}" does not exist in this modelplan; did you mean "{suggestion}"?' },
    notApplicable: { nl: 'dit modelplan kent geen zorgpaden; laat zorgpad weg', en: 'this modelplan has no care pathways; leave out zorgpad' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const paden = (modelplan.zorgpaden ?? []).map((z) => z.id);
    if (paden.length === 0) return aanvraag.zorgpad === undefined ? [] : [{ pointer: '/zorgpad', messageId: 'notApplicable' }];
    if (aanvraag.zorgpad === undefined) return [{ pointer: '', messageId: 'missing', args: { zorgpaden: paden.join(', ') } }];
    if (paden.includes(aanvraag.zorgpad)) return [];
    const suggestion = suggest(aanvraag.zorgpad, paden);
    return suggestion
      ? [{ pointer: '/zorgpad', messageId: 'unknownSuggestion', args: { zorgpad: aanvraag.zorgpad, suggestion } }]
      : [{ pointer: '/zorgpad', messageId: 'unknown', args: { zorgpad: aanvraag.zorgpad, zorgpaden: paden.join(', ') } }];
  },
});
