import { defineRule } from './define.js';

export const sectorToegestaan = defineRule({
  id: 'sector-toegestaan',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Sector past niet bij het modelplan', en: 'Sector does not fit the modelplan' },
  docs: {
    description: {
      nl: 'Elk toepassingsgebied is in de nota aan sectoren gekoppeld (bijvoorbeeld capaciteitsplanning: msz en vvt). Elk lid van de aanvrager noemt zijn sector; de sectoren van de aanvraag volgen uit de leden, zodat een aanvraag meer sectoren kan omvatten (mentaal schakelpunt: ggz en huisartsenzorg). De sector van elk lid dat geld ontvangt moet een sector van het modelplan zijn; een partner die niets ontvangt (een verwijzende huisartsenpraktijk bij een msz-zorgpad) mag uit een andere sector komen.',
      en: 'The note ties every application area to sectors (for example capacity planning: msz and vvt). Every member of the applicant states its sector; the application’s sectors follow from its members, so an application can span sectors (mentaal schakelpunt: ggz and huisartsenzorg). The sector of every member that receives money must be one of the modelplan’s sectors; a partner that receives nothing (a referring GP practice in an msz care pathway) may be of another sector.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1.1–§4.1.3',
    example: 'modelplan: { id: capaciteitsplanning, versie: 1.0.0 }\naanvrager:\n  leden:\n    - { naam: GGZ Voorbeeld, soort: zorgaanbieder, sector: ggz }   # toegestaan: msz, vvt',
  },
  messages: {
    notAllowed: { nl: 'sector "{sector}" van dit lid is niet toegestaan in dit modelplan; kies uit: {toegestaan}', en: 'this member’s sector "{sector}" is not allowed in this modelplan; choose from: {toegestaan}' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    // The sectors the money goes to: a partner that receives nothing (a referring GP) may be of another sector.
    const receiving = new Set(aanvraag.begroting.map((r) => r.ontvanger));
    return aanvraag.aanvrager.leden.flatMap((lid, i) =>
      (modelplan.sectoren as string[]).includes(lid.sector) || ![lid.agb, lid.kvk, lid.gemeentecode].some((id) => id !== undefined && receiving.has(id))
        ? []
        : [{ pointer: `/aanvrager/leden/${i}/sector`, messageId: 'notAllowed' as const, args: { sector: lid.sector, toegestaan: modelplan.sectoren.join(', ') } }],
    );
  },
});
