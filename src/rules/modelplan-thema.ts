import { defineRule } from './define.js';

export const modelplanThema = defineRule({
  id: 'modelplan-thema',
  scope: 'modelplan',
  severity: 'error',
  title: { nl: 'Thema van het modelplan past niet bij het budgetkader', en: 'Modelplan theme does not fit the budget frame' },
  docs: {
    description: {
      nl: 'Het thema van een modelplan moet in het budgetkader staan, anders tellen zijn aanvragen nergens mee; en de financieringsroute van het modelplan moet die van het thema zijn (Zvw of SPUK).',
      en: 'A modelplan’s theme must be in the budget frame, otherwise its applications count nowhere; and the modelplan’s financing route must be the theme’s (Zvw or SPUK).',
    },
    source: 'Nota VWS 26 maart 2026, §4.1 (thema’s en richtbedragen) en §4.3',
    example: 'thema: robotica   # geen thema in het budgetkader',
  },
  messages: {
    unknown: { nl: 'thema "{thema}" staat niet in het budgetkader; bekend: {themas}', en: 'theme "{thema}" is not in the budget frame; known: {themas}' },
    route: { nl: 'financieringsroute "{route}" wijkt af van die van thema "{thema}" ("{verwacht}")', en: 'financing route "{route}" differs from that of theme "{thema}" ("{verwacht}")' },
  },
  check({ modelplan, frame }) {
    const thema = frame.budgetkader.themas.find((t) => t.id === modelplan.thema);
    if (!thema) return [{ pointer: '/thema', messageId: 'unknown', args: { thema: modelplan.thema, themas: frame.budgetkader.themas.map((t) => t.id).join(', ') } }];
    if (thema.financieringsroute !== modelplan.financieringsroute) {
      return [{ pointer: '/financieringsroute', messageId: 'route', args: { route: modelplan.financieringsroute, thema: thema.id, verwacht: thema.financieringsroute } }];
    }
    return [];
  },
});
