import { defineAanvraagRule } from './define.js';

export const sectorToegestaan = defineAanvraagRule({
  id: 'sector-toegestaan',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Sector past niet bij het modelplan', en: 'Sector does not fit the modelplan' },
  docs: {
    description: {
      nl: 'Elk toepassingsgebied is in de nota aan sectoren gekoppeld (bijvoorbeeld capaciteitsplanning: msz en vvt). De sector van de aanvraag moet een van de sectoren van het modelplan zijn.',
      en: 'The note ties every application area to sectors (for example capacity planning: msz and vvt). The application’s sector must be one of the modelplan’s sectors.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1.1–§4.1.3',
    example: 'modelplan: { id: capaciteitsplanning, versie: 1.0.0 }\nsector: ggz   # toegestaan: msz, vvt',
  },
  messages: {
    notAllowed: { nl: 'sector "{sector}" is niet toegestaan in dit modelplan; toegestaan: {toegestaan}', en: 'sector "{sector}" is not allowed in this modelplan; allowed: {toegestaan}' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan || modelplan.sectoren.includes(aanvraag.sector)) return [];
    return [{ pointer: '/sector', messageId: 'notAllowed', args: { sector: aanvraag.sector, toegestaan: modelplan.sectoren.join(', ') } }];
  },
});
