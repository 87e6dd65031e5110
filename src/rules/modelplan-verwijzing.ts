import { suggest } from '../validate/suggest.js';
import { defineRule } from './define.js';

export const modelplanVerwijzing = defineRule({
  id: 'modelplan-verwijzing',
  scope: 'aanvraag',
  severity: 'error',
  withoutModelplan: true,
  title: { nl: 'Modelplan bestaat niet in deze versie', en: 'Modelplan does not exist in this version' },
  docs: {
    description: {
      nl: 'Een aanvraag noemt haar modelplan met id en versie. Die moeten samen een modelplan uit de modelplannen-map aanwijzen (de meegeleverde, of --modelplannen). Een ingetrokken modelplan kan niet meer worden gebruikt.',
      en: 'An application names its modelplan by id and version. Together they must point at a modelplan in the modelplannen directory (the bundled one, or --modelplannen). A withdrawn modelplan can no longer be used.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (aanvraag = ingevuld modelplan)',
    example: 'modelplan:\n  id: spraakgestuurd-rapportage   # bedoeld: spraakgestuurd-rapporteren\n  versie: 1.0.0',
  },
  messages: {
    unknownId: { nl: 'modelplan "{id}" bestaat niet; bekende modelplannen: zie modelplan list', en: 'modelplan "{id}" does not exist; known modelplannen: see modelplan list' },
    unknownIdSuggestion: { nl: 'modelplan "{id}" bestaat niet; bedoelde u "{suggestion}"?', en: 'modelplan "{id}" does not exist; did you mean "{suggestion}"?' },
    unknownVersion: { nl: 'modelplan "{id}" heeft geen versie {versie}; beschikbaar: {versions}', en: 'modelplan "{id}" has no version {versie}; available: {versions}' },
    withdrawn: { nl: 'modelplan "{id}" versie {versie} is ingetrokken en kan niet meer worden gebruikt', en: 'modelplan "{id}" version {versie} is withdrawn and can no longer be used' },
  },
  check({ aanvraag, modelplan, frame }) {
    const { id, versie } = aanvraag.modelplan;
    if (modelplan) return modelplan.status === 'ingetrokken' ? [{ pointer: '/modelplan/versie', messageId: 'withdrawn', args: { id, versie } }] : [];
    const versions = frame.modelplannen.filter((m) => m.id === id).map((m) => m.versie);
    if (versions.length > 0) return [{ pointer: '/modelplan/versie', messageId: 'unknownVersion', args: { id, versie, versions: versions.join(', ') } }];
    const suggestion = suggest(id, [...new Set(frame.modelplannen.map((m) => m.id))]);
    return suggestion
      ? [{ pointer: '/modelplan/id', messageId: 'unknownIdSuggestion', args: { id, suggestion } }]
      : [{ pointer: '/modelplan/id', messageId: 'unknownId', args: { id } }];
  },
});
