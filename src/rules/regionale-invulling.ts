import { defineRule, type RawFinding } from './define.js';

type Id = 'filledIn' | 'notOffered' | 'requiredMissing';

export const regionaleInvulling = defineRule({
  id: 'regionale-invulling',
  scope: 'aanvraag',
  severity: 'info',
  title: { nl: 'Regionale invulling: aanvullende beoordeling', en: 'Regional elaboration: additional review' },
  docs: {
    description: {
      nl: 'Alleen waar regionale of lokale nadere invulling nodig is, of waar van het normatieve kader wordt afgeweken, volgt een aanvullende inhoudelijke beoordeling. Elk regionaal ingevuld onderdeel is daarom een reden voor aanvullende beoordeling. Een onderdeel dat het modelplan niet regionaal laat invullen, is een fout; een onderdeel dat het modelplan verplicht stelt (verplicht: true) en dat niet is ingevuld, ook.',
      en: 'Only where regional or local elaboration is needed, or where the application deviates from the normative frame, does an additional substantive review follow. Every regionally filled-in part is therefore a reason for additional review. A part the modelplan does not leave to the region is an error; so is a part the modelplan makes required (verplicht: true) that is not filled in.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (aanvullende inhoudelijke beoordeling)',
    example: 'regionale_invulling:\n  - id: implementatieregio\n    invulling: Start in de Westfriese huisartsenposten',
  },
  messages: {
    filledIn: { nl: 'regionale invulling: {titel}', en: 'regional elaboration: {titel}' },
    requiredMissing: { nl: 'het modelplan vraagt een regionale invulling van "{id}" ({titel}); vul die in onder regionale_invulling', en: 'the modelplan requires a regional elaboration of "{id}" ({titel}); fill it in under regionale_invulling' },
    notOffered: { nl: 'onderdeel "{id}" mag in dit modelplan niet regionaal worden ingevuld; wel: {ids}', en: 'part "{id}" may not be filled in regionally in this modelplan; these may: {ids}' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const given = aanvraag.regionale_invulling ?? [];
    const missing = modelplan.regionale_invulling
      .filter((r) => r.verplicht === true && !given.some((g) => g.id === r.id && g.invulling.trim() !== ''))
      .map((r): RawFinding<Id> => ({ pointer: given.length > 0 ? '/regionale_invulling' : '', messageId: 'requiredMissing', args: { id: r.id, titel: r.titel }, severity: 'error' }));
    return [...missing, ...given.map((deel, i): RawFinding<Id> => {
      const offered = modelplan.regionale_invulling.find((r) => r.id === deel.id);
      return offered
        ? { pointer: `/regionale_invulling/${i}`, messageId: 'filledIn', args: { id: deel.id, titel: offered.titel }, reviewReason: true }
        : {
            pointer: `/regionale_invulling/${i}/id`,
            messageId: 'notOffered',
            args: { id: deel.id, ids: modelplan.regionale_invulling.map((r) => r.id).join(', ') || '-' },
            severity: 'error',
          };
    })];
  },
});
